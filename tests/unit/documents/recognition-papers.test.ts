import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  certificatesDocument,
  type CertificateInput,
} from '../../../renderer/src/domain/documents/certificate';
import { officialPdf } from '../../../renderer/src/domain/documents/official';
import {
  forwardingList,
  recognitionDecision,
  type PaperProduct,
  type RecognitionPapersInput,
} from '../../../renderer/src/domain/documents/recognition-papers';
import { certificateNumber } from '../../../renderer/src/domain/register/register';
import { officialDocx } from '../../../renderer/src/documents/docx';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import { docWords } from '../../../renderer/src/documents/words';
import { keepPdf, layoutProblems, pdfLayout, type PdfPage } from './layout-check';
import { pdfFlowText, pdfPageCount, pdfPageSizes, pdfText, savePdf } from './pdf-tools';

/**
 * The register's documents (issue 12): the draft decision lists exactly the products the
 * register recognises (3–4★ at province level), the forwarding list exactly those at 90 points
 * or more with their minutes, the .docx holds the same rows as the PDF, and a batch of N
 * certificates is N pages numbered in order.
 */
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const { t } = docWords('vi');

function product(
  order: number,
  name: string,
  stars: number | null,
  outcome: PaperProduct['outcome'],
): PaperProduct {
  return {
    order,
    code: `72-25459-${String(order).padStart(3, '0')}-2026`,
    name,
    producerName: `Hợp tác xã Nông nghiệp số ${order}`,
    address: `Ấp ${order}, xã Hòa Thành`,
    sheetNo: order % 2 === 0 ? 1 : 14,
    stars,
    outcome,
    average: stars === null ? null : String(40 + (stars ?? 0) * 10),
    minutes: { ...(order === 5 ? { number: '05/BB-HĐ' } : {}), date: '2026-11-28', signed: order === 5 },
  };
}

const products: PaperProduct[] = [
  product(1, 'Mật ong hoa nhãn', 4, 'recognise'),
  product(2, 'Bánh tráng phơi sương', 3, 'recognise'),
  product(3, 'Muối tôm Tây Ninh', 2, 'not-recognised'),
  product(4, 'Trà mãng cầu', 4, 'recognise'),
  product(5, 'Rượu nếp cẩm Hòa Thành', 5, 'forward-5-star'),
  product(6, 'Nước mắm cá linh', null, 'disqualified'),
  product(7, 'Khô bò một nắng', 3, 'recognise'),
];
const recognised = ['Mật ong hoa nhãn', 'Trà mãng cầu', 'Bánh tráng phơi sương', 'Khô bò một nắng'];
const recognisedCodes = ['001', '004', '002', '007'].map((n) => `72-25459-${n}-2026`);
const others = ['Muối tôm Tây Ninh', 'Rượu nếp cẩm Hòa Thành', 'Nước mắm cá linh'];

const input: RecognitionPapersInput = {
  place: 'Tây Ninh',
  province: 'tỉnh Tây Ninh',
  roundName: 'Đợt 2 năm 2026',
  ruleSet: { id: '26/2026/QĐ-TTg', date: '2026-05-22' },
  councilDecision: { number: '2456/QĐ-UBND', date: '2026-10-15', signer: '' },
  meetingDates: ['2026-11-27', '2026-11-28'],
  products,
};

interface Made {
  readonly path: string;
  readonly pages: PdfPage[];
  readonly flow: string;
  readonly signatureAreas: number;
}
const made = new Map<string, Made>();
let docxXml = '';
let forwardingXml = '';

async function make(name: string, doc: ReturnType<typeof officialPdf>): Promise<void> {
  const rendered = await nodeRenderer().render(doc);
  const path = keepPdf(rendered.bytes, `${name}.pdf`);
  made.set(name, {
    path,
    pages: pdfLayout(path),
    flow: pdfFlowText(path),
    signatureAreas: rendered.signatureAreas.length,
  });
}

function get(name: string): Made {
  const m = made.get(name);
  if (m === undefined) throw new Error(`${name} not made`);
  return m;
}

beforeAll(async () => {
  await make('decision-draft', officialPdf(recognitionDecision(input, t), t));
  await make(
    'decision-recorded',
    officialPdf(
      recognitionDecision({ ...input, decision: { number: '125/QĐ-UBND', date: '2026-12-15' } }, t),
      t,
    ),
  );
  await make('forwarding', officialPdf(forwardingList(input, t), t));
  const bytes = await officialDocx(recognitionDecision(input, t), t);
  const path = savePdf(bytes, 'decision.docx');
  const forwardingPath = savePdf(await officialDocx(forwardingList(input, t), t), 'forwarding.docx');
  forwardingXml = execFileSync('unzip', ['-p', forwardingPath, 'word/document.xml'], { encoding: 'utf8' });
  docxXml = execFileSync('unzip', ['-p', path, 'word/document.xml'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
});

/** The annex's rows as pdftotext reads them: the names in the order printed. */
function namesInOrder(flow: string, names: readonly string[]): string[] {
  return names
    .map((n) => ({ n, at: flow.lastIndexOf(n) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.n);
}

describe('draft recognition decision', () => {
  it('lists exactly the recognised products, 4★ before 3★, and none of the others', () => {
    const { flow } = get('decision-draft');
    const annex = flow.slice(flow.indexOf('PHỤ LỤC'));
    expect(namesInOrder(annex, [...recognised, ...others])).toEqual(recognised);
    expect(annex.match(/72-25459-\d{3}-2026/gu)).toEqual(recognisedCodes);
    for (const name of others) expect(flow).not.toContain(name);
    expect(annex).toContain('72-25459-001-2026');
    expect(annex).toContain('Hợp tác xã Nông nghiệp số 4');
    expect(annex).toContain('Ấp 7, xã Hòa Thành');
    expect(annex.match(/\d sao/gu)).toEqual(['4 sao', '4 sao', '3 sao', '3 sao']);
  });

  it('is in Decree 30 form: motto, number, the Chairman, the bases, three articles, recipients', () => {
    const { flow } = get('decision-draft');
    for (const text of [
      'DỰ THẢO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:',
      '/QĐ-UBND',
      'QUYẾT ĐỊNH',
      'Về việc công nhận sản phẩm OCOP tỉnh Tây Ninh (Đợt 2 năm 2026)',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH',
      'Căn cứ Quyết định số 26/2026/QĐ-TTg ngày 22 tháng 5 năm 2026',
      'Căn cứ Quyết định số 2456/QĐ-UBND ngày 15 tháng 10 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh',
      'biên bản họp ngày 27/11/2026, 28/11/2026',
      'Điều 1. Công nhận 04 sản phẩm đạt chuẩn OCOP tỉnh Tây Ninh, gồm: 02 sản phẩm đạt 4 sao, 02 sản phẩm đạt 3 sao',
      'Điều 2.',
      'Điều 3.',
      'Nơi nhận:',
      '- Lưu: VT.',
    ])
      expect(flow.replace(/\s+/gu, ' ')).toContain(text.replace(/\s+/gu, ' '));
  });

  it("holds its layout and has the signer's box (signable like the minutes)", () => {
    const { pages, signatureAreas } = get('decision-draft');
    expect(layoutProblems(pages, { headings: [/^PHỤ LỤC/u] })).toEqual([]);
    expect(signatureAreas).toBe(1);
    // The annex starts its own page.
    const annexPage = pages.findIndex((p) => p.lines.some((l) => l.text.startsWith('PHỤ LỤC')));
    expect(annexPage).toBeGreaterThan(0);
    expect(pages[annexPage - 1]?.lines.some((l) => l.text.includes('Nơi nhận'))).toBe(true);
  });

  it('carries the decision number and date once the register recorded them', () => {
    const { flow, pages } = get('decision-recorded');
    expect(flow).toContain('Số: 125/QĐ-UBND');
    expect(flow).toContain('Tây Ninh, ngày 15 tháng 12 năm 2026');
    expect(flow).toContain('(Kèm theo Quyết định số 125/QĐ-UBND ngày 15 tháng 12 năm 2026');
    expect(layoutProblems(pages, {})).toEqual([]);
  });

  it('the .docx is built from the same model: the same rows, none of the others', () => {
    const text = docxXml.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
    const rows = [...docxXml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/gu)].map((m) =>
      m[0]
        .replace(/<[^>]+>/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim(),
    );
    const annexRows = rows.filter((r) => /^\d+ 72-25459-/u.test(r));
    expect(annexRows.map((r) => recognised.find((n) => r.includes(n)))).toEqual(recognised);
    expect(annexRows.map((r) => /72-25459-\d{3}-2026/u.exec(r)?.[0])).toEqual(recognisedCodes);
    expect(annexRows.map((r) => /\d sao/u.exec(r)?.[0])).toEqual(['4 sao', '4 sao', '3 sao', '3 sao']);
    for (const name of others) expect(text).not.toContain(name);
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH');
    expect(text).toContain('Điều 1.');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    // Landscape annex in its own section, as in the PDF.
    expect(docxXml).toContain('w:orient="landscape"');
  });
});

describe('forwarding list (≥ 90 points, to the Ministry)', () => {
  it('lists exactly the forwarded product, with its minutes cited', () => {
    const { flow, pages } = get('forwarding');
    expect(flow).toContain('Rượu nếp cẩm Hòa Thành');
    for (const name of [...recognised, 'Muối tôm Tây Ninh', 'Nước mắm cá linh'])
      expect(flow).not.toContain(name);
    expect(flow).toContain('Kính gửi: Bộ Nông nghiệp và Môi trường.');
    expect(flow).toContain('Biên bản số 05/BB-HĐ ngày 28/11/2026 (đã ký số)');
    expect(flow).toContain('đối với 01 sản phẩm tiềm năng 5 sao');
    // The same rows in the .docx.
    const text = forwardingXml.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
    expect(text).toContain('Rượu nếp cẩm Hòa Thành');
    expect(text).toContain('Biên bản số 05/BB-HĐ ngày 28/11/2026 (đã ký số)');
    for (const name of [...recognised, 'Muối tôm Tây Ninh', 'Nước mắm cá linh'])
      expect(text).not.toContain(name);
    expect(layoutProblems(pages, {})).toEqual([]);
  });
});

describe('certificates', () => {
  const layout = {
    issuingBody: 'Ủy ban nhân dân tỉnh Tây Ninh',
    signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
    signerName: 'Nguyễn Văn Thắng',
    lines: ['Chương trình Mỗi xã một sản phẩm'],
    place: 'Tây Ninh',
  };
  const certs: CertificateInput[] = Array.from({ length: 7 }, (_, i) => ({
    certificateNo: certificateNumber(i + 12, 2026),
    stars: i % 2 === 0 ? 4 : 3,
    code: `72-25459-${String(i + 1).padStart(3, '0')}-2026`,
    name: `Sản phẩm có tên khá dài để xem dòng xuống hàng số ${i + 1}`,
    producerName: `Hợp tác xã số ${i + 1}`,
    address: 'Ấp Long Mỹ, xã Long Thành Bắc, tỉnh Tây Ninh',
    decisionNumber: '125/QĐ-UBND',
    decisionDate: '2026-12-15',
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh',
  }));

  it('a batch of N is N landscape pages, one certificate each, numbers in order', async () => {
    const rendered = await nodeRenderer().render(certificatesDocument(certs, layout, t));
    const path = keepPdf(rendered.bytes, 'certificates.pdf');
    expect(pdfPageCount(path)).toBe(7);
    expect(pdfPageSizes(path).every((s) => s.width > s.height)).toBe(true);
    for (const [i, c] of certs.entries()) {
      const page = pdfText(path, i + 1);
      expect(page.match(/\d{4}\/2026\/GCN-OCOP/gu)).toEqual([c.certificateNo]);
      expect(page).toContain(c.name);
      expect(page).toContain(`SẢN PHẨM OCOP ĐẠT ${c.stars} SAO`);
      expect(page).toContain('★'.repeat(c.stars));
    }
    const first = pdfFlowText(path);
    expect(first).toContain(
      'Được công nhận theo Quyết định số 125/QĐ-UBND ngày 15/12/2026 của Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh.',
    );
    // 36 months: valid until the day before 15/12/2029.
    expect(first).toContain('có giá trị 36 tháng kể từ ngày 15/12/2026 (đến hết ngày 14/12/2029)');
    expect(first).toContain('PHÓ CHỦ TỊCH');
    expect(first).toContain('Chương trình Mỗi xã một sản phẩm');
  });
});
