import type { Content, TableCell } from 'pdfmake/interfaces';
import { casesOf, hasCases } from '../criteria/star-marks';
import type { CriteriaSheet, Criterion, CriterionOption } from '../criteria/types';
import type { Answer } from '../model';
import type { SheetScore } from '../scoring/member-sheet';
import type { DocText } from './format';
import { checkBox } from './parts';
import { headCell, numberCell, ruledTable } from './tables';

/**
 * The criteria table of a scoring sheet, as the decision prints it: parts, sections, (on
 * sheets 11 and 13) groups, criteria with their notes, options with their points and star
 * marks. Filled, it ticks the chosen option and prints the points the engine gave; blank, it
 * leaves every box empty for a pen.
 */

export interface FilledAnswers {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly caseChoice?: Readonly<Record<string, string>>;
  readonly score: SheetScore;
}

const PART_FILL = '#e8e8e8';
const SECTION_FILL = '#f4f4f4';

/** "***" after an option, as printed (the mark is the option's star minimum). */
function markText(option: CriterionOption): string {
  return option.minForStars === undefined ? '' : ` ${'*'.repeat(option.minForStars)}`;
}

/** The printing-defect notes of an option, shown in small italics so no correction is silent. */
function defectNotes(t: DocText, option: CriterionOption): string[] {
  const notes: string[] = [];
  if (option.implied) notes.push(t('doc.sheet.implied'));
  if (option.sourcePrinted !== undefined)
    notes.push(t('doc.sheet.printedAs', { printed: option.sourcePrinted }));
  if (option.pointsInferred) notes.push(t('doc.sheet.pointsInferred'));
  if (option.samePointsAsPrinted) notes.push(t('doc.sheet.samePoints'));
  return notes;
}

function optionRow(
  t: DocText,
  option: CriterionOption,
  chosen: boolean | undefined,
  indent: number,
): TableCell[] {
  const notes = defectNotes(t, option);
  return [
    {
      text: [
        { text: option.text, bold: chosen === true },
        { text: markText(option), bold: true },
        ...(notes.length > 0 ? [{ text: ` ${notes.join(' ')}`, italics: true, fontSize: 9 }] : []),
      ],
      margin: [indent, 0, 0, 0],
    },
    numberCell(String(option.points)),
    { stack: [chosen === undefined ? checkBox(false) : checkBox(chosen)], alignment: 'center' },
    '',
  ];
}

function criterionRows(
  t: DocText,
  criterion: Criterion,
  filled: FilledAnswers | undefined,
  printedNote?: string,
): TableCell[][] {
  const answer = filled?.answers[criterion.code];
  const points = filled?.score.criteria.find((c) => c.code === criterion.code)?.points;
  const head: Content[] = [
    {
      text: t('doc.sheet.criterion', { code: criterion.code, text: criterion.text, max: criterion.max }),
      bold: true,
    },
  ];
  // A knock-out note is usually also one of the notes: print it once, in bold.
  const knockOuts = criterion.knockOutNotes ?? [];
  for (const note of criterion.notes ?? [])
    head.push({ text: note, italics: true, bold: knockOuts.includes(note), fontSize: 10 });
  for (const note of knockOuts)
    if (!(criterion.notes ?? []).includes(note))
      head.push({ text: note, italics: true, bold: true, fontSize: 10 });
  // A section printed as this one criterion: its printing defect is noted here.
  if (printedNote !== undefined) head.push({ text: printedNote, italics: true, fontSize: 9 });
  const rows: TableCell[][] = [
    [
      { stack: head },
      '',
      '',
      numberCell(filled === undefined || answer === undefined ? '' : String(points ?? 0), true),
    ],
  ];
  const chosenIndex = typeof answer === 'number' ? answer : undefined;
  const isChosen = (index: number) => (filled === undefined ? undefined : chosenIndex === index);
  if (hasCases(criterion)) {
    const chosenCase =
      chosenIndex === undefined
        ? filled?.caseChoice?.[criterion.code]
        : criterion.options[chosenIndex]?.variant;
    for (const variant of casesOf(criterion)) {
      rows.push([
        { text: variant, italics: true, bold: chosenCase === variant, margin: [6, 0, 0, 0] },
        '',
        { stack: [checkBox(chosenCase === variant)], alignment: 'center' },
        '',
      ]);
      criterion.options.forEach((option, index) => {
        if (option.variant === variant) rows.push(optionRow(t, option, isChosen(index), 16));
      });
    }
  } else {
    criterion.options.forEach((option, index) => rows.push(optionRow(t, option, isChosen(index), 8)));
  }
  // "Meets none": printed only where a member answered it, so the blank form stays the official one.
  if (answer === 'none') {
    rows.push([
      { text: t('doc.sheet.none'), italics: true, bold: true, margin: [8, 0, 0, 0] },
      numberCell('0'),
      { stack: [checkBox(true)], alignment: 'center' },
      '',
    ]);
  }
  return rows;
}

export function sheetTable(t: DocText, sheet: CriteriaSheet, filled: FilledAnswers | undefined): Content {
  const body: TableCell[][] = [];
  const scored = (value: number | undefined) =>
    numberCell(filled === undefined || value === undefined ? '' : String(value), true);
  for (const part of sheet.parts) {
    body.push([
      {
        text: t('doc.sheet.part', { code: part.code, title: part.title, max: part.max }),
        bold: true,
        colSpan: 3,
        fillColor: PART_FILL,
      },
      '',
      '',
      { ...scored(filled?.score.parts[part.code]), fillColor: PART_FILL },
    ]);
    for (const section of part.sections) {
      // Sheet 26 prints some sections as one criterion of the same code: one heading, not two.
      const onlyCriterion = section.criteria.length === 1 && section.criteria[0]?.code === section.code;
      if (!onlyCriterion)
        body.push([
          {
            text: [
              t('doc.sheet.section', { code: section.code, title: section.title, max: section.max }),
              ...(section.maxPrinted === undefined
                ? []
                : [
                    {
                      text: ` ${t('doc.sheet.sectionMaxPrinted', { printed: section.maxPrinted })}`,
                      italics: true,
                      bold: false,
                      fontSize: 9,
                    },
                  ]),
            ],
            bold: true,
            colSpan: 3,
            fillColor: SECTION_FILL,
          },
          '',
          '',
          { ...scored(filled?.score.sections[section.code]), fillColor: SECTION_FILL },
        ]);
      let group: string | undefined;
      for (const criterion of section.criteria) {
        if (criterion.group !== undefined && criterion.group !== group) {
          group = criterion.group;
          body.push([{ text: group, bold: true, italics: true, colSpan: 3 }, '', '', '']);
        }
        const sectionNote =
          onlyCriterion && section.maxPrinted !== undefined
            ? t('doc.sheet.sectionMaxPrinted', { printed: section.maxPrinted })
            : undefined;
        body.push(...criterionRows(t, criterion, filled, sectionNote));
      }
    }
  }
  for (const part of sheet.parts) {
    body.push([
      { text: t('doc.sheet.partTotal', { code: part.code }), bold: true },
      numberCell(String(part.max)),
      '',
      scored(filled?.score.parts[part.code]),
    ]);
  }
  const max = sheet.parts.reduce((sum, p) => sum + p.max, 0);
  body.push([
    { text: t('doc.sheet.total'), bold: true, fillColor: PART_FILL },
    { ...numberCell(String(max), true), fillColor: PART_FILL },
    { text: '', fillColor: PART_FILL },
    { ...scored(filled?.score.total), fillColor: PART_FILL },
  ]);
  return ruledTable(
    ['*', 38, 34, 46],
    [
      [
        headCell(t('doc.sheet.col.criterion')),
        headCell(t('doc.sheet.col.points')),
        headCell(t('doc.sheet.col.choice')),
        headCell(t('doc.sheet.col.scored')),
      ],
    ],
    body,
  );
}
