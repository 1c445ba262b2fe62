import type { SheetKey } from '../../db';
import type { Answer } from '../../domain/model';
import { isEmptyBatch, type ChoiceBatch, type ChoiceJournal } from './sheet-form/write-queue';

type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'ocop.sheet-journal';
const VERSION = 1;
/** More choices than any official sheet has criteria: a journal beyond it was not written by us. */
const MAX_CHOICES = 200;
const MAX_CODE_LENGTH = 32;
const MAX_OPTION = 99;

export interface SheetJournal extends ChoiceJournal {
  /** What a closed or killed tab left unsaved; 'unreadable' when the note is damaged (then removed). */
  readonly read: () => ChoiceBatch | 'unreadable' | null;
}

function journalKey(key: SheetKey): string {
  return `${PREFIX}/${key.roundId}/${key.productId}/${key.memberId}`;
}

function isAnswer(value: unknown): value is Answer {
  return (
    value === 'none' || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_OPTION)
  );
}

function isCode(code: string): boolean {
  return code.length > 0 && code.length <= MAX_CODE_LENGTH;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** The journal's text → choices, or null when it is not one the queue wrote (pure). */
export function parseJournal(text: string): ChoiceBatch | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const top = record(data);
  const answers = record(top?.['answers']);
  const cases = record(top?.['cases']);
  if (top === null || top['v'] !== VERSION || answers === null || cases === null) return null;
  const answerEntries = Object.entries(answers);
  const caseEntries = Object.entries(cases);
  if (answerEntries.length + caseEntries.length > MAX_CHOICES) return null;
  if (!answerEntries.every(([code, answer]) => isCode(code) && isAnswer(answer))) return null;
  if (!caseEntries.every(([code, variant]) => isCode(code) && typeof variant === 'string' && isCode(variant)))
    return null;
  return {
    answers: Object.fromEntries(answerEntries) as Record<string, Answer>,
    cases: Object.fromEntries(caseEntries) as Record<string, string>,
  };
}

/**
 * A small local note (localStorage, per sheet) of the choices chosen but not yet stored: the
 * write queue keeps it current on every choice; the sheet replays it when it opens again, so a
 * tab killed while the queue waits for a pause in typing (at most MAX_WAIT_MS) loses nothing.
 * Storage refused (private mode, full) only loses that protection: the saves themselves go on.
 */
export function sheetJournal(storage: JournalStorage | undefined, key: SheetKey): SheetJournal {
  const name = journalKey(key);
  return {
    write: (unsaved) => {
      try {
        if (isEmptyBatch(unsaved)) storage?.removeItem(name);
        else storage?.setItem(name, JSON.stringify({ v: VERSION, ...unsaved }));
      } catch {
        // Not fatal: the choice is being saved in the database all the same.
      }
    },
    read: () => {
      let text: string | null | undefined;
      try {
        text = storage?.getItem(name);
      } catch {
        return null;
      }
      if (text === null || text === undefined) return null;
      const batch = parseJournal(text);
      if (batch === null) {
        try {
          storage?.removeItem(name);
        } catch {
          // Nothing more to do: it is reported as unreadable.
        }
        return 'unreadable';
      }
      return isEmptyBatch(batch) ? null : batch;
    },
  };
}
