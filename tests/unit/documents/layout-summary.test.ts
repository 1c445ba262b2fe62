import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SummaryInput } from '../../../renderer/src/domain/documents/types';
import { summaryDocument } from '../../../renderer/src/domain/documents/summary';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import { minutesInputFor, product, roundInfo, sampleRoundPlans } from '../../fixtures/documents/round';
import { keepPdf, layoutProblems, pdfLayout, type PdfPage } from './layout-check';
import { pdfFlowText } from './pdf-tools';
import { docWords } from '../../../renderer/src/documents/words';

/** The round summary with and without plan targets, and with 141 products (issue 11). */
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const rendered = new Map<string, { pages: PdfPage[]; flow: string }>();

beforeAll(async () => {
  const plans = sampleRoundPlans();
  const minutes = await Promise.all(plans.map((plan) => minutesInputFor(plan)));
  const rows = minutes.map((m) => {
    const result = m.passResults.at(-1);
    if (result === undefined) throw new Error('result expected');
    return { product: m.product, sheetNo: m.sheet.sheetNo, result };
  });
  // 141 products: the sample's results repeated under new names (a province's yearly plan).
  const many = Array.from({ length: 141 }, (_, i) => {
    const row = rows[i % rows.length];
    if (row === undefined) throw new Error('rows');
    return { ...row, product: product(i + 1, `${row.product.name} ${i + 1}`) };
  });
  const { targets: _none, ...noTargets } = roundInfo();
  const inputs: Record<string, SummaryInput> = {
    'with-targets': { round: roundInfo(), name: 'Đợt 2 năm 2026', rows },
    'without-targets': { round: noTargets, name: 'Đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2026', rows },
    'products-141': { round: roundInfo(), name: 'Năm 2026', rows: many },
  };
  await Promise.all(
    Object.entries(inputs).map(async ([name, input]) => {
      const doc = await nodeRenderer().render(summaryDocument(input, docWords('vi')));
      const path = keepPdf(doc.bytes, `summary-${name}.pdf`);
      rendered.set(name, { pages: pdfLayout(path), flow: pdfFlowText(path) });
    }),
  );
});

function get(name: string): { pages: PdfPage[]; flow: string } {
  const r = rendered.get(name);
  if (r === undefined) throw new Error(`${name} not rendered`);
  return r;
}

describe.each(['with-targets', 'without-targets', 'products-141'])('summary "%s"', (name) => {
  it('holds its layout, with its own number symbol and signatures beside the last lines of the body', () => {
    const { pages, flow } = get(name);
    expect(
      layoutProblems(pages, {
        headings: ['Số sản phẩm theo hạng sao', 'Đối chiếu chỉ tiêu kế hoạch', /^(TT )?Tên sản phẩm/u],
        signatures: [
          { title: 'THƯ KÝ', name: 'Lê Hoàng Phúc' },
          { title: 'CHỦ TỊCH HỘI ĐỒNG', name: 'Nguyễn Văn Thắng' },
        ],
      }),
    ).toEqual([]);
    expect(flow).toContain('/BTH-HĐ');
    expect(flow).not.toContain('/BB-');
    // The decision and the meeting day written out.
    expect(flow).toContain('Quyết định số 2456/QĐ-UBND ngày 15 tháng 10 năm 2026');
    expect(flow).toContain('họp ngày 28 tháng 11 năm 2026');
    // Forwarded products counted apart from the 3–4★ the province recognises.
    expect(flow).toContain('Tiềm năng 5 sao (đề nghị Bộ)');
  });
});

it('the plan section only when the round has targets', () => {
  expect(get('with-targets').flow).toContain('Đối chiếu chỉ tiêu kế hoạch');
  expect(get('without-targets').flow).not.toContain('Đối chiếu chỉ tiêu kế hoạch');
});

it('a title that does not repeat itself: a round named after the evaluation is its own subject line', () => {
  const { flow } = get('without-targets');
  expect(flow.match(/Đánh giá, phân hạng sản phẩm OCOP/gu)?.length).toBe(1);
  expect(get('with-targets').flow).toContain('Đánh giá, phân hạng sản phẩm OCOP - Đợt 2 năm 2026');
});

it('141 products: the table header repeats on every page it runs over', () => {
  const { pages } = get('products-141');
  expect(pages.length).toBeGreaterThan(5);
  const withRows = pages.filter((p) => p.lines.some((l) => /72-25459-\d{3}-2026/u.test(l.text)));
  for (const page of withRows.slice(1))
    expect(page.lines.some((l) => /^(TT )?Tên sản phẩm/u.test(l.text))).toBe(true);
});
