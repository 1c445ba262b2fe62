import { describe, expect, it, vi } from 'vitest';
import { hasCases } from '../../../renderer/src/domain/criteria/star-marks';
import { loadSheet } from '../../../renderer/src/domain/criteria/registry';
import type { CriteriaSheet } from '../../../renderer/src/domain/criteria/types';
import {
  blankSheetDocument,
  scoringSheetDocument,
} from '../../../renderer/src/domain/documents/scoring-sheet';
import { criteriaOf } from '../../../renderer/src/domain/scoring/answers';
import { scoreSheet } from '../../../renderer/src/domain/scoring/member-sheet';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import { answersOf, product, roundInfo, RULE_SET } from '../../fixtures/documents/round';
import { pdfFlowText, pdfFonts, pdfText, savePdf, squeeze } from './pdf-tools';
import { docWords } from '../../../renderer/src/documents/words';

// Each test renders real PDFs; on 2 cores shared with other suites that can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const renderer = nodeRenderer();
const count = (text: string, glyph: string) => text.split(glyph).length - 1;
const criteria = (sheet: CriteriaSheet) => criteriaOf(sheet).map((e) => e.criterion);

async function filled(
  sheetNo: number,
  none: readonly string[] = [],
  rescore?: { readonly pass: number; readonly previous: boolean },
) {
  const round = roundInfo();
  const sheet = await loadSheet(RULE_SET, sheetNo);
  const given = answersOf(sheet, 0.7, none);
  const score = scoreSheet(sheet, round.bands, given);
  const before = scoreSheet(sheet, round.bands, answersOf(sheet, 0.4, []));
  const doc = await renderer.render(
    scoringSheetDocument(
      {
        round,
        sheet,
        product: product(7, 'Mật ong hoa nhãn'),
        member: { name: 'Trần Thị Ngọc Ánh' },
        answers: { ...given, pass: rescore?.pass ?? 1, opinion: 'Cần hoàn thiện nhãn phụ tiếng Việt.' },
        score,
        ...(rescore?.previous === true && { previous: { pass: rescore.pass - 1, score: before } }),
      },
      docWords('vi'),
    ),
  );
  const path = savePdf(doc.bytes);
  return { sheet, score, before, path, text: squeeze(pdfText(path)), flow: pdfFlowText(path) };
}

describe("a member's filled scoring sheet", () => {
  it('ticks one option per criterion, prints the points the engine gave, the totals and the signature line', async () => {
    const first = criteria(await loadSheet(RULE_SET, 1))[0];
    if (first === undefined) throw new Error('sheet 1 has criteria');
    const r = await filled(1, [first.code]);
    expect(r.score.complete).toBe(true);
    expect(r.flow).toContain('Tên sản phẩm: Mật ong hoa nhãn');
    expect(r.flow).toContain('Mã số sản phẩm: 72-25459-007-2026');
    expect(r.flow).toContain('Tên chủ thể sản xuất: Hợp tác xã Nông nghiệp Thạnh Đức');
    expect(r.flow).toContain('Số điện thoại: 0276 3822 456');
    // One ☑ per criterion (the "none" answer is ticked on its own visible line).
    expect(count(r.text, '☑')).toBe(criteria(r.sheet).length);
    expect(r.flow).toContain('Không đạt phương án nào được in trên phiếu (0 điểm)');
    expect(count(r.text, '☐')).toBe(
      criteria(r.sheet).reduce((n, c) => n + c.options.length, 0) - (criteria(r.sheet).length - 1),
    );
    for (const part of r.sheet.parts)
      expect(r.text).toMatch(
        new RegExp(`Tổng điểm Phần ${part.code} ${part.max} ${r.score.parts[part.code]}\\b`),
      );
    expect(r.text).toMatch(new RegExp(`TỔNG ĐIỂM \\(A \\+ B \\+ C\\) 100 ${r.score.total}\\b`));
    expect(r.text).toContain('*****');
    expect(r.flow).toContain('Ý kiến của người đánh giá: Cần hoàn thiện nhãn phụ tiếng Việt.');
    expect(r.text).toContain('Tây Ninh, ngày 28 tháng 11 năm 2026');
    expect(r.text).toContain('NGƯỜI ĐÁNH GIÁ');
    expect(r.text).toContain('(Ký và ghi rõ họ tên)');
    expect(r.text).toContain('Trần Thị Ngọc Ánh');
    expect(pdfFonts(r.path).every((f) => f.embedded)).toBe(true);
  });

  it('a pass-1 sheet says nothing of re-scoring', async () => {
    const r = await filled(3);
    expect(r.flow).not.toContain('Chấm lại');
    expect(r.flow).not.toContain('Điểm lần');
  });

  it("a pass-2 sheet says 'Chấm lại lần 2' and prints the member's pass-1 totals beside the new ones", async () => {
    const r = await filled(3, [], { pass: 2, previous: true });
    expect(r.before.total).not.toBe(r.score.total);
    expect(r.flow).toContain('Chấm lại lần 2');
    const { A, B, C } = r.before.parts;
    expect(r.flow).toContain(
      `Điểm lần 1 của người đánh giá: Phần A ${A}; Phần B ${B}; Phần C ${C}; tổng ${r.before.total} điểm`,
    );
    // The new pass's own totals are still the ones in the table.
    expect(r.text).toMatch(new RegExp(`TỔNG ĐIỂM \\(A \\+ B \\+ C\\) 100 ${r.score.total}\\b`));
  });

  it('a pass-3 sheet of a member who had no earlier sheet still says it is a re-score', async () => {
    const r = await filled(3, [], { pass: 3, previous: false });
    expect(r.flow).toContain('Chấm lại lần 3');
    expect(r.flow).not.toContain('Điểm lần');
  });

  it('on sheet 26 ticks the chosen case and an option within it', async () => {
    const r = await filled(26);
    const withCases = criteria(r.sheet).filter(hasCases);
    expect(withCases.length).toBeGreaterThan(0);
    expect(count(r.text, '☑')).toBe(criteria(r.sheet).length + withCases.length);
    expect(r.flow).toContain('Trường hợp 1: Dịch vụ du lịch do cộng đồng cung cấp');
    expect(r.flow).toContain('Chọn một trường hợp phù hợp');
  });
});

describe('the blank sheet of every set', () => {
  it.each(Array.from({ length: 26 }, (_, i) => i + 1))(
    'sheet %i renders with its printed header and empty boxes',
    async (sheetNo) => {
      const sheet = await loadSheet(RULE_SET, sheetNo);
      const doc = await renderer.render(blankSheetDocument({ sheet, ruleSet: RULE_SET }, docWords('vi')));
      const path = savePdf(doc.bytes);
      const text = squeeze(pdfText(path));
      const flow = pdfFlowText(path);
      expect(flow).toContain(`Bộ tiêu chí số ${sheetNo}: ${sheet.name}`);
      expect(flow).toContain('Tên sản phẩm:');
      expect(text).not.toContain('☑');
      const cases = criteria(sheet).reduce(
        (n, c) => n + (hasCases(c) ? new Set(c.options.map((o) => o.variant)).size : 0),
        0,
      );
      expect(count(text, '☐')).toBe(criteria(sheet).reduce((n, c) => n + c.options.length, 0) + cases);
      expect(text).toMatch(/TỔNG ĐIỂM \(A \+ B \+ C\) 100/);
      expect(text).toContain('(Ký và ghi rõ họ tên)');
      expect(pdfFonts(path).every((f) => f.embedded)).toBe(true);
    },
  );
});
