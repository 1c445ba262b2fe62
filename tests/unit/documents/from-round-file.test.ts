import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadSheetCatalog } from '../../../renderer/src/domain/criteria/registry';
import { documentsFromRoundFile } from '../../../renderer/src/domain/documents/from-round-file';
import { minutesDocument } from '../../../renderer/src/domain/documents/minutes';
import { parseRoundFileText } from '../../../renderer/src/domain/round-file/parse';
import { tallyRound } from '../../../renderer/src/domain/round-file/tally';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import { pdfFlowText, savePdf } from './pdf-tools';
import { docWords } from '../../../renderer/src/documents/words';

// Each test renders real PDFs; on 2 cores shared with other suites that can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const example = new URL('../../fixtures/rounds/example-round.json', import.meta.url);

describe('documents from a round file', () => {
  it('carry the same results as the auditor tally, both passes, and one sheet per submitted score', async () => {
    const catalog = await loadSheetCatalog();
    const parsed = parseRoundFileText(readFileSync(example, 'utf8'), catalog);
    if (!parsed.ok) throw new Error('the example round file is valid');
    const file = parsed.value;
    const docs = documentsFromRoundFile(file, catalog, {
      issuingBody: { parent: 'UBND Tỉnh Mẫu', name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP Tỉnh Mẫu' },
      recognisingAuthority: 'Ủy ban nhân dân Tỉnh Mẫu',
    });
    const tally = tallyRound(file, catalog);
    expect(docs.minutes.map((m) => m.passResults.at(-1)?.stars)).toEqual(
      tally.products.map((p) => p.result.stars),
    );
    expect(docs.summary.rows.map((r) => r.result.outcome)).toEqual(
      tally.products.map((p) => p.result.outcome),
    );
    expect(docs.sheets).toHaveLength(file.scores.length);
    const rescored = docs.minutes.find((m) => m.passResults.length > 1);
    if (rescored === undefined) throw new Error('the example has a re-scored product');
    const pdf = await nodeRenderer().render(minutesDocument(rescored, docWords('vi')));
    const flow = pdfFlowText(savePdf(pdf.bytes));
    expect(flow).toContain(`Tên sản phẩm: ${rescored.product.name}`);
    expect(flow).toContain('Lần 2 (chấm lại)');
    expect(flow).toContain('Nguyễn Văn An');
    expect(flow).toContain('Phó Chủ tịch UBND tỉnh, UBND tỉnh');
    // The decision cited in full, the place without "Tỉnh", no blank date (issue 11).
    expect(flow).toContain(
      'Căn cứ Quyết định số 1234/QĐ-UBND ngày 15 tháng 10 năm 2026 của Chủ tịch UBND tỉnh',
    );
    expect(flow).toContain('Mẫu, ngày 27 tháng 11 năm 2026');
    expect(flow).not.toMatch(/Tỉnh Mẫu, ngày|ngày \/\/|ngày ……/u);
  });

  it('leave the decision line out when the file records none', async () => {
    const catalog = await loadSheetCatalog();
    const raw: unknown = JSON.parse(readFileSync(example, 'utf8'));
    if (typeof raw !== 'object' || raw === null || !('round' in raw)) throw new Error('not a round file');
    const { decision: _none, ...round } = raw.round as Record<string, unknown>;
    const parsed = parseRoundFileText(JSON.stringify({ ...raw, round }), catalog);
    if (!parsed.ok) throw new Error('still a valid round file without its decision');
    const docs = documentsFromRoundFile(parsed.value, catalog, {
      issuingBody: { name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP Tỉnh Mẫu' },
      recognisingAuthority: 'Ủy ban nhân dân Tỉnh Mẫu',
    });
    const first = docs.minutes[0];
    if (first === undefined) throw new Error('no minutes');
    const flow = pdfFlowText(
      savePdf((await nodeRenderer().render(minutesDocument(first, docWords('vi')))).bytes),
    );
    expect(flow).not.toMatch(/Căn cứ Quyết định số|ngày \/\/|về việc thành lập/u);
    expect(flow).toContain('Căn cứ Bộ tiêu chí');
  });
});
