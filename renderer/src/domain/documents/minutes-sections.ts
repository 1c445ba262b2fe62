import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CouncilResult, MemberScore } from '../council/council-result';
import { MARKED_STAR_LEVELS } from '../criteria/types';
import { findCriterion } from '../scoring/answers';
import { displayAverage } from '../scoring/bands';
import type { Uuid } from '../model';
import type { DocText } from './format';
import type { Language } from '../../i18n/define';
import { withCodesWhole } from './parts';
import { headCell, numberCell, ruledTable } from './tables';
import type { DocumentMember, MinutesInput } from './types';

/** The body sections of the minutes (I–IV); numbers are read from the engine's results. */

function memberName(members: readonly DocumentMember[], id: Uuid): string {
  return members.find((m) => m.id === id)?.name ?? id;
}

/** The quorum as councils write it: "3/4", "2/3", "1/2", otherwise a percentage. */
export function quorumFraction(quorum: number): string {
  for (const [n, d] of [
    [3, 4],
    [2, 3],
    [1, 2],
    [4, 5],
  ] as const)
    if (Math.abs(quorum - n / d) < 1e-9) return `${n}/${d}`;
  return `${Math.round(quorum * 100)}%`;
}

export function attendanceSection(t: DocText, input: MinutesInput): Content[] {
  const recusedBy = new Map(input.recusals.map((r) => [r.memberId, r.reason]));
  const body: TableCell[][] = input.members.map((m, i) => {
    const recused = recusedBy.get(m.id);
    const attendance = !m.present
      ? t(m.excused === true ? 'doc.attendance.excused' : 'doc.attendance.absent')
      : recused !== undefined
        ? t('doc.attendance.recused', { reason: recused })
        : t('doc.attendance.present');
    return [
      numberCell(String(i + 1)),
      { text: m.name },
      { text: m.position ?? '' },
      { text: m.nonVoting === true ? t('doc.role.secretaryNonVoting') : t(`doc.role.${m.role}`) },
      { text: attendance },
    ];
  });
  const q = input.quorum;
  const final = input.passResults.at(-1);
  const scorers = final === undefined ? 0 : final.memberScores.length + final.awaiting.length;
  const disqualified = final?.disqualified != null;
  return [
    ruledTable(
      [20, '*', 130, 80, 80],
      [
        [
          headCell(t('doc.table.no')),
          headCell(t('doc.table.name')),
          headCell(t('doc.table.position')),
          headCell(t('doc.table.councilRole')),
          headCell(t('doc.table.attendance')),
        ],
      ],
      body,
    ),
    {
      // With a non-voting secretary the quorum counts the scoring members only (as the app does).
      text: t(
        input.members.some((m) => m.nonVoting === true) ? 'doc.quorum.countVoting' : 'doc.quorum.count',
        {
          present: q.present,
          total: q.total,
          required: quorumFraction(input.round.rules.quorum),
          chair: t(q.chairPresent ? 'doc.quorum.chairPresent' : 'doc.quorum.chairAbsent'),
        },
      ),
      style: 'paragraph',
    },
    { text: t(q.met ? 'doc.quorum.met' : 'doc.quorum.notMet'), style: 'paragraph', bold: !q.met },
    // A disqualified product was not scored: no count of scorers (issue 11).
    ...(disqualified ? [] : [{ text: t('doc.quorum.scorers', { count: scorers }), style: 'paragraph' }]),
    ...(input.presiding === undefined
      ? []
      : [{ text: t('doc.minutes.presiding', { name: input.presiding }), style: 'paragraph' }]),
    ...(input.recorder === undefined
      ? []
      : [{ text: t('doc.minutes.recorder', { name: input.recorder }), style: 'paragraph' }]),
  ];
}

export function productSection(t: DocText, input: MinutesInput): Content[] {
  const { product, sheet } = input;
  const lines = [
    t('doc.product.name', { name: product.name }),
    t('doc.product.code', { code: product.code }),
    t('doc.product.set', { sheetNo: sheet.sheetNo, sheetName: sheet.name, ruleSet: input.round.ruleSet }),
    t('doc.product.kind', { kind: t(`doc.kind.${product.kind}`) }),
    t('doc.product.producer', { name: product.producer.name }),
  ];
  if (product.producer.address !== undefined)
    lines.push(t('doc.product.address', { address: product.producer.address }));
  if (product.producer.phone !== undefined)
    lines.push(t('doc.product.phone', { phone: product.producer.phone }));
  return [...lines.map((text) => ({ text: withCodesWhole(`- ${text}`), style: 'paragraph' }))];
}

function passLabel(t: DocText, pass: number, score: MemberScore): string {
  if (pass === 1) return t('doc.pass.first');
  return score.pass === pass ? t('doc.pass.rescore', { pass }) : t('doc.pass.unchanged', { pass });
}

/** Part codes in the sheet's order (A, B, C), so columns follow the printed sheet. */
function partCodes(input: MinutesInput): string[] {
  return input.sheet.parts.map((p) => p.code);
}

function averageRow(
  t: DocText,
  label: string,
  result: CouncilResult,
  parts: readonly string[],
  decimals: number,
  language: Language,
): TableCell[] {
  const avg = result.average;
  const cell = (value: string) => numberCell(value, true);
  return [
    { text: label, colSpan: 3, bold: true },
    '',
    '',
    ...parts.map((p) => {
      const a = avg?.parts[p];
      return cell(a === undefined ? t('doc.notAvailable') : displayAverage(a, decimals, language));
    }),
    cell(avg === null ? t('doc.notAvailable') : displayAverage(avg.total, decimals, language)),
  ];
}

/**
 * Each member's A/B/C/total for every pass (a member who did not revise in a re-scoring pass
 * is shown "unchanged"), the average after each pass, the spread, the re-scoring events and
 * the chair's reason when the spread was left above the limit.
 */
export function scoresSection(t: DocText, input: MinutesInput, language: Language): Content[] {
  const parts = partCodes(input);
  const decimals = input.round.rules.displayDecimals;
  const limit = input.round.rules.spreadLimit;
  const out: Content[] = [];
  const final = input.passResults.at(-1);
  if (final === undefined || final.memberScores.length === 0)
    return [...out, { text: t('doc.scores.none'), style: 'paragraph' }];
  const rescored = input.passResults.length > 1;
  const body: TableCell[][] = [];
  const order = final.memberScores.map((m) => m.memberId);
  order.forEach((memberId, i) => {
    input.passResults.forEach((result, passIndex) => {
      const score = result.memberScores.find((m) => m.memberId === memberId);
      if (score === undefined) return;
      const pass = passIndex + 1;
      body.push([
        numberCell(passIndex === 0 ? String(i + 1) : ''),
        { text: passIndex === 0 ? memberName(input.members, memberId) : '' },
        { text: passLabel(t, pass, score) },
        ...parts.map((p) => numberCell(String(score.score.parts[p] ?? 0))),
        numberCell(String(score.score.total), true),
      ]);
    });
  });
  input.passResults.forEach((result, passIndex) => {
    const isFinal = passIndex === input.passResults.length - 1;
    const label = isFinal ? t('doc.table.average') : t('doc.table.averagePass', { pass: passIndex + 1 });
    body.push(averageRow(t, label, result, parts, decimals, language));
  });
  out.push(
    ruledTable(
      [20, '*', rescored ? 92 : 50, ...parts.map(() => 42), 48],
      [
        [
          headCell(t('doc.table.no')),
          headCell(t('doc.table.member')),
          headCell(t('doc.table.pass')),
          ...parts.map((part) => headCell(t('doc.table.part', { part }))),
          headCell(t('doc.table.total')),
        ],
      ],
      body,
    ),
  );
  input.passResults.slice(0, -1).forEach((result, passIndex) => {
    out.push({
      text: t('doc.scores.rescored', {
        pass: passIndex + 1,
        spread: result.spread ?? 0,
        limit,
        next: passIndex + 2,
      }),
      style: 'paragraph',
    });
  });
  out.push({ text: t('doc.scores.spread', { spread: final.spread ?? 0, limit }), style: 'paragraph' });
  if (final.spreadExceeded) {
    const reason = input.spreadOverrideReason?.trim();
    out.push({
      text: reason ? t('doc.scores.override', { reason }) : t('doc.scores.overrideMissing'),
      style: 'paragraph',
      bold: !reason,
    });
  }
  return out;
}

/** Per marked level: how many minimums, met or not, and every unmet one with its member count. */
export function minimumsSection(t: DocText, input: MinutesInput): Content[] {
  const final = input.passResults.at(-1);
  const out: Content[] = [
    { text: t(`doc.minimums.policy.${input.round.rules.minimumPolicy}`), style: 'paragraph' },
  ];
  if (final === undefined || final.memberScores.length === 0) return out;
  const body: TableCell[][] = MARKED_STAR_LEVELS.map((level) => {
    const atLevel = final.minimums.filter((m) => m.level === level);
    const unmet = atLevel.filter((m) => !m.met);
    const met = final.minimumsMet?.[level] ?? false;
    const verdict =
      atLevel.length === 0
        ? t('doc.minimums.noRequirement')
        : met
          ? t('doc.minimums.met')
          : t('doc.minimums.notMet');
    const unmetText = unmet.map((m) =>
      t('doc.minimums.unmetItem', {
        criterion: m.criterion,
        text: findCriterion(input.sheet, m.criterion)?.text ?? '',
        meeting: m.membersMeeting,
        scoring: m.membersScoring,
      }),
    );
    return [
      numberCell(t('doc.minimums.level', { stars: level })),
      numberCell(String(atLevel.length)),
      numberCell(verdict, !met),
      { stack: unmetText.length > 0 ? unmetText : [''] },
    ];
  });
  out.push(
    ruledTable(
      [50, 50, 60, '*'],
      [
        [
          headCell(t('doc.table.level')),
          headCell(t('doc.table.requirements')),
          headCell(t('doc.table.verdict')),
          headCell(t('doc.table.unmet')),
        ],
      ],
      body,
    ),
  );
  return out;
}
