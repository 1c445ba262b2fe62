import { describe, expect, it } from 'vitest';
import { layoutProblems, type PdfLine, type PdfPage } from './layout-check';

/** The layout checks catch what they are meant to: each on a page made to fail it. */

const line = (text: string, yMin: number, xMin = 100, xMax = 300): PdfLine => ({
  text,
  xMin,
  yMin,
  xMax,
  yMax: yMin + 12,
});
const page = (...lines: PdfLine[]): PdfPage => ({ width: 595.28, height: 841.89, lines });
const sig = [{ title: 'THƯ KÝ', name: 'Lê Hoàng Phúc' }];

describe('layoutProblems', () => {
  it('passes a page that holds', () => {
    expect(
      layoutProblems([page(line('Nội dung', 100), line('THƯ KÝ', 300), line('Lê Hoàng Phúc', 400))], {
        signatures: sig,
        finished: true,
      }),
    ).toEqual([]);
  });
  it('an empty page (only its number)', () => {
    expect(layoutProblems([page(line('Nội dung', 100)), page(line('2', 30))], {})).toEqual([
      'page 2 is empty',
    ]);
  });
  it('a heading as the last line of a page', () => {
    expect(
      layoutProblems([page(line('Nội dung', 100), line('III. KẾT QUẢ', 760)), page(line('bảng', 100))], {
        headings: [/^[IVX]+\. /u],
      }),
    ).toEqual(['page 1 ends with the heading "III. KẾT QUẢ"']);
  });
  it('a signature title parted from its name, or alone at the top of a page', () => {
    expect(
      layoutProblems([page(line('Nội dung', 100), line('THƯ KÝ', 760)), page(line('Lê Hoàng Phúc', 100))], {
        signatures: sig,
      })[0],
    ).toMatch(/on page 1, its name .* on page 2/u);
    expect(
      layoutProblems([page(line('Nội dung', 100)), page(line('THƯ KÝ', 80), line('Lê Hoàng Phúc', 200))], {
        signatures: sig,
      }),
    ).toEqual(['signature "THƯ KÝ" stands alone at the top of page 2']);
  });
  it('text in the right margin, and blanks in a finished document', () => {
    expect(
      layoutProblems(
        [page(line('Số: /BB-HĐ', 100), line('vào hồi …… giờ', 120), line('dài quá', 140, 100, 560))],
        { finished: true },
      ),
    ).toEqual([
      'page 1: "dài quá" runs into the right margin (560.0)',
      'page 1: a blank number "Số: /BB-HĐ"',
      'page 1: a run of dots in "vào hồi …… giờ"',
    ]);
  });
});
