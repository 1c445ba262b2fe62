import type { MemberSheetState } from '../../domain/workflow';
import type { MessageKey } from '../../i18n/catalog';

/**
 * Each state is told by a symbol and a word as well as a colour: a projector washes colours
 * out, and some members do not tell red from green.
 */
export const STATE_SYMBOL: Readonly<Record<MemberSheetState, string>> = {
  'not-started': '○',
  'in-progress': '◐',
  submitted: '✓',
  recused: '⊘',
  absent: '–',
};

export const STATE_LABEL: Readonly<Record<MemberSheetState, MessageKey>> = {
  'not-started': 'progress.state.not-started',
  'in-progress': 'progress.state.in-progress',
  submitted: 'progress.state.submitted',
  recused: 'progress.state.recused',
  absent: 'progress.state.absent',
};

export const BOARD_STATES: readonly MemberSheetState[] = [
  'not-started',
  'in-progress',
  'submitted',
  'recused',
  'absent',
];

/** The product's seal as a label key: closed and disqualified say more than sealed/unsealed. */
export function sealLabel(p: {
  readonly sealed: boolean;
  readonly closed: boolean;
  readonly disqualified: boolean;
}): MessageKey {
  if (p.closed) return 'progress.seal.closed';
  if (p.disqualified) return 'progress.seal.disqualified';
  return p.sealed ? 'progress.seal.sealed' : 'progress.seal.unsealed';
}
