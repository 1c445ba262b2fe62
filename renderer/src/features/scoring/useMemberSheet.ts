import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { saveOpinion, saveSheetChoices, type SheetKey, type SheetRow } from '../../db';
import type { Answer } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import type { StoredEntry } from './sheet-form/optimistic-entry';
import { useOptimisticEntry, type OptimisticEntry } from './sheet-form/useOptimisticEntry';
import { SheetWriteQueue } from './sheet-form/write-queue';
import { sheetJournal } from './sheet-journal';

/** The operator entering sheets: the secretary types members' paper sheets (db README "actor"). */
export const SCORING_ACTOR = 'secretary';

function stored(row: SheetRow): StoredEntry {
  return { answers: row.answers, caseChoice: row.caseChoice, updatedAt: row.updatedAt };
}

export interface MemberSheetEntry extends OptimisticEntry {
  /** saves every queued choice now (before submitting); never rejects (refusals are reported) */
  readonly flush: () => Promise<void>;
}

const localStore = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled by policy: no journal, saves go on
  }
};

/**
 * A member's sheet of the current pass (issue 13: typing never waits behind a save). Each
 * choice shows at once; the write queue saves the choices gathered while typing goes on (until
 * a ~¼ s pause, at most 1.5 s) in ONE transaction (saveSheetChoices, one "sheet.answers"
 * event), flushed at once when the page is hidden or left, the sheet closed or submitted. What
 * is not stored yet is kept in a local journal (written on every choice) and replayed when the
 * sheet opens again, so a killed tab loses no choice.
 */
export function useMemberSheetEntry(key: SheetKey, row: SheetRow | undefined): MemberSheetEntry {
  const db = useDb();
  const { t } = useI18n();
  const toaster = useToaster();
  const live = useMemo(() => (row === undefined ? undefined : stored(row)), [row]);
  const journal = useMemo(() => sheetJournal(localStore(), key), [key]);
  const queue = useMemo(
    () =>
      new SheetWriteQueue(
        async (batch) => stored(await saveSheetChoices(db, { ...key, ...batch }, SCORING_ACTOR)),
        journal,
        { set: (run, ms) => window.setTimeout(run, ms), clear: (handle) => window.clearTimeout(handle) },
      ),
    [db, key, journal],
  );
  const writer = useMemo(
    () => ({
      saveAnswer: (criterionCode: string, answer: Answer) => queue.answer(criterionCode, answer),
      saveCase: (criterionCode: string, variant: string) => queue.caseChoice(criterionCode, variant),
    }),
    [queue],
  );
  const optimistic = useOptimisticEntry(live, writer);
  const { chooseAnswer, chooseCase } = optimistic;

  // Leaving: the page hidden or closed, another sheet opened, this one closed.
  useEffect(() => {
    const now = () => void queue.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') now();
    };
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onVisibility);
      now();
    };
  }, [queue]);

  // Opening: what a closed or killed tab left unsaved is chosen again (shown, then saved at once).
  const replayed = useRef<SheetWriteQueue | null>(null);
  useEffect(() => {
    if (replayed.current === queue) return;
    replayed.current = queue;
    const left = journal.read();
    if (left === 'unreadable') {
      toaster.show('warning', t('sheet.journalUnreadable'));
      return;
    }
    if (left === null) return;
    for (const [code, variant] of Object.entries(left.cases)) chooseCase(code, variant);
    for (const [code, answer] of Object.entries(left.answers)) chooseAnswer(code, answer);
    void queue.flush();
  }, [queue, journal, chooseAnswer, chooseCase, toaster, t]);

  const flush = useCallback(() => queue.flush(), [queue]);
  return { ...optimistic, flush };
}

export interface OpinionEditor {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** saves a pending change now (before submitting, on leaving the field) */
  readonly flush: () => Promise<void>;
}

const OPINION_IDLE_MS = 700;

/**
 * "Ý kiến của người đánh giá": typed freely, saved once typing pauses and when the field is
 * left or the sheet submitted. A refused save is reported; the text stays on screen.
 */
export function useOpinion(key: SheetKey, storedOpinion: string, editable: boolean): OpinionEditor {
  const db = useDb();
  const report = useReportError();
  const [value, setValue] = useState(storedOpinion);
  const dirty = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  // Another window (or a reopen) changed the stored text while nothing is being typed here.
  useEffect(() => {
    if (dirty.current === null) setValue(storedOpinion);
  }, [storedOpinion]);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const text = dirty.current;
    if (text === null || !editable) return;
    dirty.current = null;
    try {
      await saveOpinion(db, { ...key, opinion: text }, SCORING_ACTOR);
    } catch (error) {
      report(error);
    }
  }, [db, key, editable, report]);

  const flushRef = useRef(flush);
  useLayoutEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => () => void flushRef.current(), []);

  const onChange = useCallback((next: string) => {
    setValue(next);
    dirty.current = next;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flushRef.current(), OPINION_IDLE_MS);
  }, []);

  return { value, onChange, flush };
}
