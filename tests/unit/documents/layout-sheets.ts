import { loadSheet } from '../../../renderer/src/domain/criteria/registry';
import { printingDefectsOf } from '../../../renderer/src/domain/criteria/defects';
import {
  blankSheetDocument,
  scoringSheetDocument,
} from '../../../renderer/src/domain/documents/scoring-sheet';
import { scoreSheet } from '../../../renderer/src/domain/scoring/member-sheet';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import { answersOf, product, roundInfo, RULE_SET } from '../../fixtures/documents/round';
import { keepPdf, layoutProblems, pdfLayout } from './layout-check';
import { pdfFlowText } from './pdf-tools';
import { docWords } from '../../../renderer/src/documents/words';

/**
 * The checks shared by the filled and the blank sheets' layout suites (two files, so Vitest
 * renders them side by side): every problem of one sheet's PDF, as sentences.
 */

const renderer = nodeRenderer();
const MEMBER = 'Trần Thị Ngọc Ánh';

export const SHEET_NUMBERS = Array.from({ length: 26 }, (_, i) => i + 1);

export async function sheetProblems(sheetNo: number, kind: 'filled' | 'blank'): Promise<string[]> {
  const sheet = await loadSheet(RULE_SET, sheetNo);
  const round = roundInfo();
  const doc =
    kind === 'blank'
      ? blankSheetDocument({ sheet, ruleSet: RULE_SET }, docWords('vi'))
      : (() => {
          const given = answersOf(sheet, 0.7);
          return scoringSheetDocument(
            {
              round,
              sheet,
              product: product(sheetNo, 'Mật ong hoa nhãn'),
              member: { name: MEMBER },
              answers: { ...given, pass: 1, opinion: 'Cần hoàn thiện nhãn phụ tiếng Việt.' },
              score: scoreSheet(sheet, round.bands, given),
            },
            docWords('vi'),
          );
        })();
  const rendered = await renderer.render(doc);
  const path = keepPdf(rendered.bytes, `sheet-${String(sheetNo).padStart(2, '0')}-${kind}.pdf`);
  const pages = pdfLayout(path);
  const flow = pdfFlowText(path);
  const problems = layoutProblems(pages, {
    headings: [/^Tiêu chí đánh giá/u, /^Ý kiến của người đánh giá:$/u],
    signatures: [{ title: 'NGƯỜI ĐÁNH GIÁ', name: kind === 'filled' ? MEMBER : '(Ký và ghi rõ họ tên)' }],
    finished: kind === 'filled',
  });
  // The official form's "(Sản phẩm: … Nhóm: …)" line under the title.
  const productLine = sheet.source?.productLine;
  if (productLine !== undefined && !flow.includes(productLine)) problems.push(`no "${productLine}"`);
  // Every printing defect the screen shows is printed too.
  for (const d of printingDefectsOf(sheet)) {
    const mark =
      d.kind === 'options-implied'
        ? 'phiếu gốc không in'
        : d.kind === 'points-corrected'
          ? `bản in ghi ${String(d.printed)}`
          : d.kind === 'points-inferred'
            ? 'bản in để trống'
            : d.kind === 'same-points'
              ? 'bản in ghi cùng số'
              : `ô điểm bản in ghi “${String(d.printed)}”`;
    if (!flow.includes(mark)) problems.push(`defect ${d.kind} of ${d.code} not printed ("${mark}")`);
  }
  // The blank sheet's opinion: the label alone on its line, ruled lines to write on (no dots).
  if (kind === 'blank' && !pages.some((p) => p.lines.some((l) => l.text === 'Ý kiến của người đánh giá:')))
    problems.push('the opinion line is not a label over ruled lines');
  return problems;
}
