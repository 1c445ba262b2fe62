import { beforeAll, describe, expect, it, vi } from 'vitest';
import { minutesDocument, suggestedConclusion } from '../../../renderer/src/domain/documents/minutes';
import type { DocumentMember, MinutesInput } from '../../../renderer/src/domain/documents/types';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import {
  members,
  minutesInputFor,
  product,
  qualities,
  type ProductPlan,
} from '../../fixtures/documents/round';
import { keepPdf, layoutProblems, pdfLayout, type PdfPage } from './layout-check';
import { pdfFlowText } from './pdf-tools';
import { docWords } from '../../../renderer/src/documents/words';

/**
 * Every variant of the minutes (issue 11), rendered in Node and read back from the PDF:
 * wording per outcome, and the layout an office would accept (no stranded heading, signatures
 * whole and never alone, no empty page, nothing in the margins, no blank where a value belongs).
 */

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const renderer = nodeRenderer();

/** What the secretary fills in before signing: every required field. */
function finished(input: MinutesInput, number: number): MinutesInput {
  return {
    ...input,
    documentNumber: `${String(number).padStart(2, '0')}/BB-HĐOCOP`,
    presiding: input.round.signers.chair,
    recorder: input.round.signers.secretary,
    conclusion: suggestedConclusion(input, docWords('vi').t),
    otherOpinions: 'Đề nghị chủ thể hoàn thiện hồ sơ truy xuất nguồn gốc trước khi công nhận.',
  };
}

const fifteen: DocumentMember[] = [
  ...members,
  ...[
    'Trịnh Văn Khải',
    'Lâm Thị Bích Ngọc',
    'Hồ Minh Quân',
    'Tạ Thị Thu Trang',
    'Châu Văn Lộc',
    'Mai Thị Kim Liên',
  ].map((name, i) => ({
    id: `x${i + 1}`,
    name,
    role: 'member' as const,
    position: 'Chuyên viên Sở Nông nghiệp và Môi trường tỉnh Tây Ninh',
    present: true,
  })),
];

interface Variant {
  readonly name: string;
  readonly plan: ProductPlan;
  readonly round?: Parameters<typeof minutesInputFor>[1];
  readonly members?: DocumentMember[];
}

const longName =
  'Trà túi lọc hoa sen Tây Ninh hữu cơ thượng hạng sấy lạnh đóng hộp giấy kraft dùng làm quà biếu cao cấp dịp lễ Tết cổ truyền';
const longProducer =
  'Hợp tác xã Dịch vụ Nông nghiệp Tổng hợp Sản xuất, Chế biến và Tiêu thụ Sản phẩm Hữu cơ Thạnh Đức - Gò Dầu - Tây Ninh';

const variants: Variant[] = [
  {
    name: 'forwarded-5',
    plan: { product: product(1, 'Mật ong hoa nhãn'), sheetNo: 1, passes: [qualities(0.97, 0.01)] },
  },
  {
    name: 'four-stars',
    plan: {
      product: product(2, 'Bánh tráng phơi sương'),
      sheetNo: 1,
      passes: [qualities(0.9, 0.02)],
      forced: [{ criterion: '1.5', index: 2, members: ['m1', 'm2', 'm3', 'm4', 'm5'] }],
    },
  },
  {
    name: 'three-stars',
    plan: { product: product(3, 'Muối tôm Tây Ninh'), sheetNo: 1, passes: [qualities(0.5)] },
  },
  {
    name: 'not-recognised',
    plan: { product: product(4, 'Rượu nếp Hòa Thành'), sheetNo: 1, passes: [qualities(0.2)] },
  },
  {
    name: 'disqualified',
    plan: {
      product: product(5, 'Mãng cầu Bà Đen'),
      sheetNo: 1,
      passes: [qualities(0.7)],
      disqualified: {
        reason:
          'Ghi chú: Không đánh giá những sản phẩm có tính phổ biến của nhóm sản phẩm chủ lực cấp quốc gia, cấp tỉnh mà không có sự nổi trội về chất lượng và đặc sắc.',
        criterion: '2.1',
      },
    },
  },
  {
    name: 'rescored',
    plan: {
      product: product(6, 'Nước mắm cá cơm', { kind: 'upgrade' }),
      sheetNo: 11,
      passes: [qualities(0.8, 0.08), { m1: 0.8, m4: 0.8, m8: 0.8, m3: 0.8, m6: 0.8 }],
    },
  },
  {
    name: 'fifteen-members',
    plan: {
      product: product(7, 'Homestay Suối Đá', { kind: 're-evaluation' }),
      sheetNo: 26,
      passes: [
        Object.fromEntries(fifteen.filter((m) => m.present).map((m, i) => [m.id, 0.7 + (i % 3) * 0.02])),
      ],
    },
    members: fifteen,
  },
  {
    name: 'long-names',
    plan: {
      product: product(8, longName, {
        producer: {
          name: longProducer,
          phone: '0276 3822 456',
          address: 'Ấp Thạnh Hiệp, xã Thạnh Đức, tỉnh Tây Ninh',
        },
      }),
      sheetNo: 1,
      passes: [qualities(0.8)],
    },
  },
  {
    name: 'central',
    plan: { product: product(9, 'Cà phê Arabica Cầu Đất'), sheetNo: 1, passes: [qualities(0.95, 0.01)] },
    round: {
      level: 'central',
      issuingBody: {
        parent: 'Bộ Nông nghiệp và Môi trường',
        name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp quốc gia',
      },
      recognisingAuthority: 'Bộ Nông nghiệp và Môi trường',
      decision: {
        number: '123/QĐ-BNNMT',
        date: '2026-06-01',
        signer: 'Bộ trưởng Bộ Nông nghiệp và Môi trường',
      },
    },
  },
];

interface Rendered {
  readonly input: MinutesInput;
  readonly pages: PdfPage[];
  readonly flow: string;
}

const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  await Promise.all(
    variants.map(async (v, i) => {
      const input = finished(await minutesInputFor(v.plan, v.round ?? {}, v.members ?? members), i + 1);
      const doc = await renderer.render(minutesDocument(input, docWords('vi')));
      const path = keepPdf(doc.bytes, `minutes-${v.name}.pdf`);
      rendered.set(v.name, { input, pages: pdfLayout(path), flow: pdfFlowText(path) });
    }),
  );
});

function get(name: string): Rendered {
  const r = rendered.get(name);
  if (r === undefined) throw new Error(`variant ${name} not rendered`);
  return r;
}

describe.each(variants.map((v) => v.name))('minutes "%s"', (name) => {
  it('holds its layout: no stranded heading, signatures whole and not alone, no empty page, margins kept, no blanks', () => {
    const { input, pages } = get(name);
    expect(
      layoutProblems(pages, {
        headings: [/^[IVX]+\. [A-ZĐÀ-Ỹ]/u, 'Nơi nhận:'],
        signatures: [
          { title: 'THƯ KÝ', name: input.round.signers.secretary },
          { title: 'CHỦ TỊCH HỘI ĐỒNG', name: input.round.signers.chair },
        ],
        finished: true,
      }),
    ).toEqual([]);
  });

  it('carries the number, times, presiding and recording lines, the end mark and the recipients', () => {
    const { flow, pages } = get(name);
    expect(flow).toMatch(/Số: \d{2}\/BB-HĐOCOP/u);
    expect(flow).toContain('vào hồi 08 giờ 00');
    expect(flow).toContain('kết thúc vào hồi 11 giờ 30');
    expect(flow).toContain('Chủ trì:');
    expect(flow).toContain('Thư ký/Người ghi biên bản:');
    expect(flow).toContain('thông qua./.');
    expect(flow).toContain('Nơi nhận:');
    // Page numbers from page 2 on, none on page 1.
    pages.forEach((page, i) => {
      const top = page.lines.filter((l) => l.yMax < 50).map((l) => l.text);
      expect(top).toEqual(i === 0 ? [] : [String(i + 1)]);
    });
  });
});

describe('wording per outcome (Decision 26/2026)', () => {
  it('≥ 90 at province level: forwarded to the Ministry as a potential 5-star product, never "5 sao cấp tỉnh"', () => {
    const { input, flow } = get('forwarded-5');
    expect(input.passResults.at(-1)?.outcome).toBe('forward-5-star');
    expect(flow).toContain(
      'đạt từ 90 điểm — đề nghị Bộ Nông nghiệp và Môi trường xem xét, công nhận sản phẩm 5 sao',
    );
    expect(flow).toContain('sản phẩm tiềm năng 5 sao');
    expect(flow).not.toMatch(/5 sao cấp tỉnh|đạt hạng:? ?★/u);
  });

  it('4★ and 3★ are proposed to the provincial committee; 1–2★ not recognised', () => {
    expect(get('four-stars').input.passResults.at(-1)?.stars).toBe(4);
    expect(get('four-stars').flow).toContain(
      'Đề nghị Ủy ban nhân dân tỉnh Tây Ninh công nhận sản phẩm đạt OCOP 4 sao.',
    );
    expect(get('three-stars').input.passResults.at(-1)?.stars).toBe(3);
    expect(get('three-stars').flow).toContain('công nhận sản phẩm đạt OCOP 3 sao');
    expect(get('not-recognised').input.passResults.at(-1)?.outcome).toBe('not-recognised');
    expect(get('not-recognised').flow).toContain('không đủ điều kiện công nhận');
  });

  it('disqualified: the knock-out line and the decision, without scores, member counts or the minimum policy', () => {
    const { flow } = get('disqualified');
    expect(flow).toContain('Hồ sơ sản phẩm bị loại theo tiêu chí 2.1');
    expect(flow).toContain('Không đánh giá những sản phẩm có tính phổ biến');
    expect(flow).toContain('Hội đồng thống nhất loại hồ sơ sản phẩm');
    expect(flow).not.toContain('KẾT QUẢ CHẤM ĐIỂM');
    expect(flow).not.toContain('Số thành viên chấm điểm');
    expect(flow).not.toContain('YÊU CẦU TỐI THIỂU');
    expect(flow).not.toContain('quá nửa số thành viên');
    expect(flow).not.toContain('Tổng điểm trung bình');
  });

  it('re-scored: both passes and the re-scoring event', () => {
    const { flow } = get('rescored');
    expect(flow).toContain('Lần 2 (chấm lại)');
    expect(flow).toContain('Trung bình lần 1');
  });

  it('the decision is cited with its date written out and the authority as titled', () => {
    expect(get('four-stars').flow).toContain(
      'Căn cứ Quyết định số 2456/QĐ-UBND ngày 15 tháng 10 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh về việc thành lập',
    );
    expect(get('central').flow.replace(/\/ /gu, '/').replace(/- /gu, '-')).toContain(
      'Quyết định số 123/QĐ-BNNMT ngày 01 tháng 6 năm 2026 của Bộ trưởng',
    );
  });

  it('central level: recognised 5★ by the Minister', () => {
    const { input, flow } = get('central');
    expect(input.passResults.at(-1)?.outcome).toBe('recognise-5-star');
    expect(flow).toContain('công nhận sản phẩm OCOP 5 sao');
  });

  it('no decision recorded: the line is left out, with no blank and no meeting date standing in', async () => {
    const { decision: _none, ...round } = (await minutesInputFor(variants[1]?.plan ?? variants[0]!.plan))
      .round;
    const input = finished({ ...(await minutesInputFor(variants[1]!.plan)), round }, 40);
    const doc = await renderer.render(minutesDocument(input, docWords('vi')));
    const flow = pdfFlowText(keepPdf(doc.bytes, 'minutes-no-decision.pdf'));
    expect(flow).not.toContain('Căn cứ Quyết định số 2456');
    expect(flow).not.toMatch(/ngày \/\/|về việc thành lập/u);
    expect(flow).toContain('Căn cứ Bộ tiêu chí');
  });
});
