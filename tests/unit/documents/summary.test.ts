import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SummaryInput } from '../../../renderer/src/domain/documents/types';
import { summaryDocument } from '../../../renderer/src/domain/documents/summary';
import { displayAverage } from '../../../renderer/src/domain/scoring/bands';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import { minutesInputFor, roundInfo, sampleRoundPlans } from '../../fixtures/documents/round';
import { pdfFlowText, pdfFonts, pdfText, savePdf, squeeze } from './pdf-tools';
import { docWords } from '../../../renderer/src/documents/words';

// Each test renders real PDFs; on 2 cores shared with other suites that can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

describe('round summary', () => {
  let input: SummaryInput;
  let text: string;
  let flow: string;
  let path: string;
  beforeAll(async () => {
    const minutes = await Promise.all(sampleRoundPlans().map((plan) => minutesInputFor(plan)));
    input = {
      round: roundInfo(),
      name: 'Đợt 2 năm 2026',
      rows: minutes.map((m) => {
        const result = m.passResults.at(-1);
        if (result === undefined) throw new Error('result expected');
        return { product: m.product, sheetNo: m.sheet.sheetNo, result };
      }),
    };
    const doc = await nodeRenderer().render(summaryDocument(input, docWords('vi')));
    path = savePdf(doc.bytes, 'summary.pdf');
    text = squeeze(pdfText(path));
    flow = pdfFlowText(path);
  });

  it('covers every outcome the test intends', () => {
    expect(input.rows.map((r) => r.result.outcome)).toEqual([
      'forward-5-star',
      'recognise',
      'recognise',
      'recognise',
      'not-recognised',
      'disqualified',
      'pending',
    ]);
  });

  it('lists every product with its averages (rounded down), spread, stars and proposal', () => {
    expect(text).toContain('BẢNG TỔNG HỢP KẾT QUẢ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    for (const row of input.rows) {
      // Names may wrap inside their cell: the code (never wrapped) and the name's start are on the row.
      expect(text).toMatch(
        new RegExp(
          `${row.product.order} ${row.product.name.split(' ').slice(0, 2).join(' ')}.* ${row.product.code} `,
        ),
      );
      const avg = row.result.average;
      if (avg !== null) expect(text).toContain(displayAverage(avg.total, 2, 'vi'));
    }
    // A province awards no 5★: the product at ≥ 90 is a potential 5-star one, forwarded.
    expect(text).not.toContain('★★★★★');
    expect(flow).toContain('Tiềm năng 5 sao');
    // (the cell wraps beside the stars column: read it in two pieces)
    expect(flow).toContain('Đạt từ 90 điểm — đề');
    expect(flow).toContain('nghị Bộ xem xét, công nhận 5 sao');
    expect(flow).toContain('Bị loại: Giả mạo hồ sơ đăng ký.');
    expect(flow).toContain('Chưa có kết quả');
  });

  it('counts products per star level and checks the plan targets in whole products', () => {
    const stars = (n: number) =>
      input.rows.filter((r) => r.result.outcome !== 'pending' && r.result.stars === n).length;
    const counts = [5, 4, 3, 2, 1].map(stars);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(text).toMatch(new RegExp(`${counts.join(' ')} 1 1 7`));
    const atLeast3 = [5, 4, 3].map(stars).reduce((a, b) => a + b, 0);
    expect(flow).toContain(`Sản phẩm đạt từ 3 sao trở lên: ${atLeast3}/6 sản phẩm đã có kết quả`);
    // 4 of 6 with a result is 66.7 %, under the 80 % target; 1 forwarded of the 3 planned.
    expect(atLeast3).toBe(4);
    expect(flow).toContain('chỉ tiêu: ít nhất 80%. Chưa đạt chỉ tiêu.');
    expect(flow).toContain('Sản phẩm đề nghị Bộ đánh giá 5 sao: 1; chỉ tiêu: ít nhất 3. Chưa đạt chỉ tiêu.');
  });

  it('embeds its fonts', () => {
    expect(pdfFonts(path).every((f) => f.embedded)).toBe(true);
  });
});
