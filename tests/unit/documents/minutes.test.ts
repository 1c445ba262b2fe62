import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CouncilResult } from '../../../renderer/src/domain/council/council-result';
import { minutesDocument } from '../../../renderer/src/domain/documents/minutes';
import type { MinutesInput } from '../../../renderer/src/domain/documents/types';
import { displayAverage } from '../../../renderer/src/domain/scoring/bands';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import { signatureArea, type RenderedDocument } from '../../../renderer/src/documents/render-core';
import { members, minutesInputFor, product, qualities } from '../../fixtures/documents/round';
import { pdfFlowText, pdfFonts, pdfPageCount, pdfText, savePdf, squeeze } from './pdf-tools';
import { bodyLines, pdfLayout } from './layout-check';
import { docWords } from '../../../renderer/src/documents/words';

// Each test renders real PDFs; on 2 cores shared with other suites that can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const renderer = nodeRenderer();

interface Rendered {
  input: MinutesInput;
  result: CouncilResult;
  doc: RenderedDocument;
  path: string;
  text: string;
  /** Reading order, whitespace collapsed: for sentences that wrap. */
  flow: string;
}

async function render(input: MinutesInput, language: 'vi' | 'en' = 'vi'): Promise<Rendered> {
  const doc = await renderer.render(minutesDocument(input, docWords(language)));
  const path = savePdf(doc.bytes);
  const result = input.passResults.at(-1);
  if (result === undefined) throw new Error('no result');
  return { input, result, doc, path, text: squeeze(pdfText(path)), flow: pdfFlowText(path) };
}

const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? id;

describe('minutes of a product ranked 4★ because a 5★ minimum is not met', () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render(
      await minutesInputFor({
        product: product(1, 'Mật ong hoa nhãn'),
        sheetNo: 1,
        passes: [qualities(0.9, 0.02, ['m9'])],
        recused: { memberId: 'm9', reason: 'có quan hệ gia đình với chủ thể' },
        forced: [{ criterion: '1.5', index: 2, members: ['m1', 'm2', 'm3', 'm4', 'm5'] }],
        opinions: { m4: 'Bao bì cần bổ sung thông tin truy xuất nguồn gốc.' },
      }),
    );
  });

  it('the engine ranks it as the test intends (band 5, minimums 4 → 4★)', () => {
    expect(r.result.band).toBe(5);
    expect(r.result.stars).toBe(4);
    expect(r.result.outcome).toBe('recognise');
  });

  it('carries the national title, motto, issuing body, title, place and date', () => {
    expect(r.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(r.text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(r.text).toContain('UBND TỈNH TÂY NINH');
    expect(r.text).toContain('BIÊN BẢN');
    expect(r.text).toContain('Đánh giá, phân hạng sản phẩm OCOP');
    expect(r.text).toContain('Tây Ninh, ngày 28 tháng 11 năm 2026');
    expect(r.flow).toContain('Quyết định số 2456/QĐ-UBND ngày 15 tháng 10 năm 2026');
  });

  it('lists every member with diacritics and attendance, and the quorum', () => {
    for (const m of members) expect(r.text).toContain(m.name);
    expect(r.text).toContain('Vắng mặt');
    expect(r.flow).toContain('không chấm sản phẩm này');
    expect(r.flow).toContain('Số thành viên có mặt: 8/9 (yêu cầu tối thiểu 3/4 tổng số thành viên Hội đồng)');
    expect(r.flow).toContain('Cuộc họp đủ điều kiện tiến hành theo quy định.');
  });

  it("prints each scoring member's A/B/C/total and the averages rounded down by the engine", () => {
    for (const m of r.result.memberScores) {
      const { A, B, C } = m.score.parts;
      expect(r.text).toMatch(new RegExp(`${nameOf(m.memberId)} Lần 1 ${A} ${B} ${C} ${m.score.total}\\b`));
    }
    const avg = r.result.average;
    if (avg === null) throw new Error('no average');
    const shown = displayAverage(avg.total, 2, 'vi');
    expect(r.flow).toContain(`Tổng điểm trung bình: ${shown} điểm`);
    expect(r.flow).toContain(
      `Chênh lệch tổng điểm giữa thành viên cao nhất và thấp nhất: ${r.result.spread} điểm`,
    );
  });

  it('names the unmet 5★ minimum with its member count, the rank in stars and words, the proposal', () => {
    expect(r.flow).toContain('Tiêu chí 1.5 (Liên kết sản xuất): 2/7');
    expect(r.text).toContain('★★★★ (4 sao - bốn sao)');
    expect(r.text).not.toContain('★★★★★');
    expect(r.flow).toContain('Đề nghị Ủy ban nhân dân tỉnh Tây Ninh công nhận sản phẩm đạt OCOP 4 sao.');
    expect(r.flow).toContain('Phạm Thị Hương: Bao bì cần bổ sung thông tin truy xuất nguồn gốc.');
  });

  it('embeds every font (Tinos for text, DejaVu Sans for the stars)', () => {
    const fonts = pdfFonts(r.path);
    expect(fonts.map((f) => f.name.split('+')[1])).toEqual(
      expect.arrayContaining(['Tinos-Regular', 'Tinos-Bold', 'Tinos-Italic', 'DejaVuSans']),
    );
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it('reports the chair and secretary signature boxes on the page that carries their names', () => {
    const areas = r.doc.signatureAreas;
    expect(signatureArea(r.doc, 'chair')?.rect.x).toBeGreaterThan(
      signatureArea(r.doc, 'secretary')?.rect.x ?? Infinity,
    );
    expect(areas.map((a) => a.role).sort()).toEqual(['chair', 'secretary']);
    expect(r.doc.pageCount).toBe(pdfPageCount(r.path));
    for (const area of areas) {
      const page = squeeze(pdfText(r.path, area.pageIndex + 1));
      expect(page).toContain('CHỦ TỊCH HỘI ĐỒNG');
      expect(page).toContain('Nguyễn Văn Thắng');
      expect(area.rect.x).toBeGreaterThan(0);
      expect(area.rect.x + area.rect.width).toBeLessThan(595.28);
      expect(area.rect.y).toBeGreaterThan(0);
    }
    const [a, b] = areas;
    if (a === undefined || b === undefined) throw new Error('two areas expected');
    const overlap =
      a.rect.x < b.rect.x + b.rect.width && b.rect.x < a.rect.x + a.rect.width && a.pageIndex === b.pageIndex;
    expect(overlap).toBe(false);
  });
});

describe('minutes whose signature group moves to page 3 as a whole', () => {
  // Laid out alone, the closing line would end page 2 and the signers open page 3; the group
  // moves as one, and each box must be reported where it is drawn: under its signer's name.
  it('reports each box on page 3, centred just under its printed name', async () => {
    const r = await render(
      await minutesInputFor({
        product: product(12, 'Mật ong hoa nhãn 12'),
        sheetNo: 12,
        passes: [qualities(0.87, 0.03)],
      }),
    );
    const page = pdfLayout(r.path)[2];
    if (page === undefined) throw new Error('three pages expected');
    expect(bodyLines(page)[0]?.text).toMatch(/^Cuộc họp kết thúc/);
    const names = { chair: 'Nguyễn Văn Thắng', secretary: 'Lê Hoàng Phúc' } as const;
    for (const role of ['chair', 'secretary'] as const) {
      const area = signatureArea(r.doc, role);
      if (area === undefined) throw new Error(`no ${role} box`);
      expect(area.pageIndex).toBe(2);
      const name = page.lines.find((l) => l.text === names[role]);
      if (name === undefined) throw new Error(`${names[role]} not printed on page 3`);
      const boxTop = page.height - area.rect.y - area.rect.height;
      expect(boxTop - name.yMax).toBeGreaterThan(0);
      expect(boxTop - name.yMax).toBeLessThan(8);
      expect(Math.abs(area.rect.x + area.rect.width / 2 - (name.xMin + name.xMax) / 2)).toBeLessThan(1);
    }
  });
});

describe('minutes of a re-scored product', () => {
  it('shows both passes, the re-scoring event and the final average', async () => {
    const r = await render(
      await minutesInputFor({
        product: product(2, 'Nước mắm cá cơm'),
        sheetNo: 11,
        passes: [qualities(0.8, 0.08), { m1: 0.8, m4: 0.8, m8: 0.8, m3: 0.8, m6: 0.8 }],
      }),
    );
    const [first, final] = r.input.passResults;
    if (first === undefined || final === undefined) throw new Error('two passes expected');
    expect(first.spreadExceeded).toBe(true);
    expect(final.spreadExceeded).toBe(false);
    for (const m of first.memberScores)
      expect(r.text).toMatch(new RegExp(`${nameOf(m.memberId)} Lần 1 (\\d+ ){3}${m.score.total}\\b`));
    for (const m of final.memberScores) {
      const label = m.pass === 2 ? 'Lần 2 \\(chấm lại\\)' : 'Lần 2 \\(giữ nguyên\\)';
      expect(r.text).toMatch(new RegExp(`${label} (\\d+ ){3}${m.score.total}\\b`));
    }
    expect(r.flow).toContain(`Kết quả chấm lần 1 có chênh lệch ${first.spread} điểm, vượt giới hạn 10 điểm`);
    expect(r.text).toContain('Trung bình lần 1');
    if (first.average === null || final.average === null) throw new Error('averages expected');
    expect(r.text).toContain(displayAverage(first.average.total, 2, 'vi'));
    expect(r.flow).toContain(`Tổng điểm trung bình: ${displayAverage(final.average.total, 2, 'vi')} điểm`);
  });
});

describe('minutes of a disqualified product', () => {
  it('states the reason and gives no star', async () => {
    const reason = 'Sản phẩm chưa có giấy chứng nhận đủ điều kiện an toàn thực phẩm còn hiệu lực.';
    const r = await render(
      await minutesInputFor({
        product: product(3, 'Bánh tráng phơi sương'),
        sheetNo: 5,
        passes: [qualities(0.7)],
        disqualified: reason,
      }),
    );
    expect(r.result.stars).toBeNull();
    expect(r.flow).toContain('Hội đồng thống nhất loại hồ sơ sản phẩm, không đánh giá, phân hạng sao.');
    expect(r.flow).toContain(reason);
    expect(r.flow).toContain('Không công nhận sản phẩm OCOP: hồ sơ sản phẩm bị loại.');
    expect(r.text).not.toContain('★');
  });
});

describe('minutes closed with the spread above the limit', () => {
  it("records the chair's written reason", async () => {
    const reason = 'Các thành viên đã thảo luận và giữ nguyên ý kiến độc lập của mình.';
    const r = await render(
      await minutesInputFor({
        product: product(4, 'Homestay Suối Đá'),
        sheetNo: 26,
        passes: [qualities(0.7, 0.08)],
        spreadOverrideReason: reason,
      }),
    );
    expect(r.result.spreadExceeded).toBe(true);
    expect(r.flow).toContain('Chủ tịch Hội đồng kết luận giữ kết quả với lý do:');
    expect(r.flow).toContain(reason);
  });
});

describe('minutes in English', () => {
  it('uses the English texts of the same catalog', async () => {
    const r = await render(
      await minutesInputFor({
        product: product(5, 'Mật ong hoa nhãn'),
        sheetNo: 1,
        passes: [qualities(0.95)],
      }),
      'en',
    );
    expect(r.text).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(r.text).toContain('MINUTES');
    expect(r.flow).toContain('a potential 5-star product');
    expect(r.text).toContain('Mật ong hoa nhãn');
  });
});

describe('minutes of a central council', () => {
  it.each([
    [
      0.95,
      'recognise-5-star',
      'Đề nghị Bộ trưởng Bộ Nông nghiệp và Môi trường công nhận sản phẩm OCOP 5 sao.',
    ],
    [
      0.7,
      'return-to-province',
      'Sản phẩm chưa đạt hạng 5 sao (đạt 3 sao): trả kết quả về Ủy ban nhân dân cấp tỉnh để xem xét công nhận theo kết quả này.',
    ],
  ])('quality %d → %s, worded for the central level', async (quality, outcome, words) => {
    const r = await render(
      await minutesInputFor(
        { product: product(6, 'Mật ong hoa nhãn'), sheetNo: 1, passes: [qualities(quality)] },
        { level: 'central' },
      ),
    );
    expect(r.result.outcome).toBe(outcome);
    expect(r.flow).toContain(words);
    expect(r.flow).toContain('phân hạng sản phẩm OCOP cấp trung ương');
  });
});

describe('minutes of a meeting without its quorum', () => {
  it('says so in bold words, with the count and the absent chair', async () => {
    const absentChair = members.map((m, i) => (i < 3 ? { ...m, present: false } : m));
    const r = await render(
      await minutesInputFor(
        {
          product: product(8, 'Trà mãng cầu'),
          sheetNo: 1,
          passes: [qualities(0.6, 0.02, ['m1', 'm2', 'm3', 'm7'])],
        },
        {},
        absentChair,
      ),
    );
    expect(r.input.quorum.met).toBe(false);
    expect(r.flow).toContain('Số thành viên có mặt: 5/9');
    expect(r.flow).toContain('Chủ tịch Hội đồng vắng mặt');
    expect(r.flow).toContain('Cuộc họp KHÔNG đủ điều kiện tiến hành theo quy định.');
  });
});

describe('minutes of a council whose secretary does not score, with an excused member', () => {
  it('labels the secretary, writes the excused absence and counts the quorum of scoring members (OCOP-RULES §4 items 7–8)', async () => {
    const list = members.map((m) =>
      m.id === 'm3'
        ? { ...m, nonVoting: true as const }
        : m.id === 'm7'
          ? { ...m, excused: true as const }
          : m,
    );
    const r = await render(
      await minutesInputFor(
        { product: product(9, 'Bánh tráng phơi sương'), sheetNo: 1, passes: [qualities(0.8, 0.02, ['m3'])] },
        {},
        list,
      ),
    );
    // the role cell wraps in the table: its two lines
    expect(r.flow).toContain('Lê Hoàng Phúc Chuyên viên Văn phòng điều Thư ký Hội đồng');
    expect(r.flow).toContain('(không chấm điểm)');
    expect(r.flow).toContain('Vắng có lý do');
    expect(r.input.quorum).toMatchObject({ present: 7, total: 8, met: true });
    expect(r.flow).toContain(
      'Số thành viên chấm điểm có mặt: 7/8 (yêu cầu tối thiểu 3/4 tổng số thành viên chấm điểm; Thư ký Hội đồng không chấm điểm)',
    );
    expect(r.flow).toContain('Số thành viên chấm điểm sản phẩm: 7.');
    expect(r.result.memberScores.map((m) => m.memberId)).not.toContain('m3');
  });
});
