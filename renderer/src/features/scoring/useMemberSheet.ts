import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { saveAnswer, saveCaseChoice, saveOpinion, type SheetKey, type SheetRow } from '../../db';
import type { Answer } from '../../domain/model';
import type { StoredEntry } from './sheet-form/optimistic-entry';
import { useOptimisticEntry, type OptimisticEntry } from './sheet-form/useOptimisticEntry';

/** The operator entering sheets: the secretary types members' paper sheets (db README "actor"). */
export const SCORING_ACTOR = 'secretary';

function stored(row: SheetRow): StoredEntry {
  return { answers: row.answers, caseChoice: row.caseChoice, updatedAt: row.updatedAt };
}

/** A member's sheet of the current pass: each choice saved at once through the scoring repository. */
export function useMemberSheetEntry(key: SheetKey, row: SheetRow | undefined): OptimisticEntry {
  const db = useDb();
  const live = useMemo(() => (row === undefined ? undefined : stored(row)), [row]);
  const writer = useMemo(
    () => ({
      saveAnswer: async (criterionCode: string, answer: Answer) =>
        stored(await saveAnswer(db, { ...key, criterionCode, answer }, SCORING_ACTOR)),
      saveCase: async (criterionCode: string, variant: string) =>
        stored(await saveCaseChoice(db, { ...key, criterionCode, variant }, SCORING_ACTOR)),
    }),
    [db, key],
  );
  return useOptimisticEntry(live, writer);
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
