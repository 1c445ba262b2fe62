import { describe, expect, it } from 'vitest';
import { buildRegister, type RegisterEvaluation } from '../../../renderer/src/domain/register/register';
import { yearCharts } from '../../../renderer/src/domain/register/year-charts';
import { yearStanding } from '../../../renderer/src/domain/register/year-standing';
import { REPORT_CHART_WIDTH, yearReportDocument } from '../../../renderer/src/domain/documents/year-report';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import { docWords } from '../../../renderer/src/documents/words';
import { pdfText, savePdf } from './pdf-tools';

function ev(i: number, over: Partial<RegisterEvaluation> = {}): RegisterEvaluation {
  return {
    productId: `p${i}`,
    roundId: 'r1',
    roundName: 'Đợt 1 năm 2026',
    level: 'province',
    date: '2026-05-12',
    code: `72-25001-${String(i).padStart(3, '0')}-2026`,
    name: `Sản phẩm thứ ${i}`,
    producerName: 'HTX Đồng Tâm',
    commune: i % 2 === 0 ? 'Xã Tân Phú' : 'Phường Hòa Thành',
    sheetNo: (i % 26) + 1,
    average: 70,
    stars: (i % 3) + 2,
    outcome: (i % 3) + 2 >= 3 ? 'recognise' : 'not-recognised',
    ...over,
  };
}

describe('the yearly report PDF', () => {
  it('Decree 30 header, the standing, four charts as vectors, the products; pdftotext reads it back', async () => {
    const evaluations = [
      ...Array.from({ length: 30 }, (_, i) => ev(i)),
      ...Array.from({ length: 12 }, (_, i) =>
        ev(i, {
          productId: `q${i}`,
          roundId: 'r2',
          roundName: 'Đợt 2 năm 2026',
          date: '2026-11-27',
          stars: 4,
          outcome: 'recognise',
        }),
      ),
    ];
    const lines = buildRegister([], evaluations, '2026-12-03');
    const words = docWords('vi');
    const standing = yearStanding(lines, 2026, 'province', {
      productsPlanned: 141,
      shareAtLeast3Stars: 0.8,
      forwardedFor5Stars: 3,
    });
    const charts = yearCharts(standing, words, REPORT_CHART_WIDTH);
    const doc = yearReportDocument(
      {
        standing,
        charts,
        issuingBody: {
          parent: 'Ủy ban nhân dân tỉnh Tây Ninh',
          name: 'Cơ quan thường trực Chương trình OCOP',
        },
        province: 'Tây Ninh',
        date: '2026-12-03',
      },
      words,
    );
    const rendered = await nodeRenderer().render(doc);
    const path = savePdf(rendered.bytes, 'year-report.pdf');
    const text = pdfText(path);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Tây Ninh, ngày 03 tháng 12 năm 2026');
    expect(text).toContain('BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2026');
    expect(text).toMatch(/30 sản phẩm được đánh giá; 24 sản phẩm đạt 3 sao trở lên \(80,0%\)/);
    expect(text).toContain('Đợt 1 năm 2026; Đợt 2 năm 2026');
    expect(text).toContain('30 / 141');
    expect(text).toContain('Hạng sao theo nhóm sản phẩm');
    expect(text).toContain('Số lượt đánh giá theo tháng');
    // chart text is drawn in the document's font: the communes and month labels are in the PDF
    expect(text).toContain('Phường Hòa Thành');
    expect(text).toContain('T11');
    expect(text).toContain('Sản phẩm thứ 29');
    console.log(`year report: ${rendered.pageCount} pages → ${path}`);
  }, 60_000);
});
