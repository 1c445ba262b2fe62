import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfmake from 'pdfmake';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));

export const MINUTES_TITLE = 'BIÊN BẢN ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP';
export const CHAIR_NAME = 'Nguyễn Thị Hương';
export const STARS = '★★★★';

/** A two-page stand-in for the minutes, rendered by pdfmake 0.3 exactly as the app does. */
export async function makeMinutesPdf(): Promise<Uint8Array> {
  pdfmake.setFonts({
    DejaVu: {
      normal: `${fontDir}/DejaVuSans.ttf`,
      bold: `${fontDir}/DejaVuSans-Bold.ttf`,
      italics: `${fontDir}/DejaVuSans-Oblique.ttf`,
      bolditalics: `${fontDir}/DejaVuSans-BoldOblique.ttf`,
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));
  const doc = pdfmake.createPdf({
    pageSize: 'A4',
    defaultStyle: { font: 'DejaVu', fontSize: 12 },
    content: [
      { text: MINUTES_TITLE, bold: true, alignment: 'center' },
      { text: `Sản phẩm: Mật ong hoa cà phê — xếp hạng ${STARS}` },
      { text: 'Ý kiến của Hội đồng', pageBreak: 'before' },
      {
        columns: [
          { text: 'CHỦ TỊCH HỘI ĐỒNG', bold: true },
          { text: 'THƯ KÝ', bold: true },
        ],
      },
      { columns: [{ text: CHAIR_NAME }, { text: 'Trần Văn Đức' }], margin: [0, 80, 0, 0] },
    ],
  });
  return new Uint8Array(await doc.getBuffer());
}
