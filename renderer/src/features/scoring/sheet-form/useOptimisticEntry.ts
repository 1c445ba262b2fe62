import { useCallback, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import type { Answer } from '../../../domain/model';
import { useReportError } from '../../../app/useReportError';
import {
  INITIAL_OPTIMISTIC,
  optimisticReducer,
  saveStatus,
  shownEntry,
  type StoredEntry,
} from './optimistic-entry';
import type { SheetEntry } from './view-model';

/** Where the choices of one sheet are written: a member's sheet or a product's self-assessment. */
export interface EntryWriter {
  readonly saveAnswer: (code: string, answer: Answer) => Promise<StoredEntry>;
  readonly saveCase: (code: string, variant: string) => Promise<StoredEntry>;
}

export interface OptimisticEntry {
  readonly entry: SheetEntry;
  readonly saveState: 'idle' | 'saving' | 'saved' | 'failed';
  readonly chooseAnswer: (code: string, answer: Answer) => void;
  readonly chooseCase: (code: string, variant: string) => void;
}

/**
 * Saves every choice the moment it is made (one transaction per click) and shows it at once;
 * a refusal is reported with its message and the stored answer shows again.
 * `chooseAnswer` / `chooseCase` are stable, so memoised rows do not re-render for them.
 */
export function useOptimisticEntry(live: StoredEntry | undefined, writer: EntryWriter): OptimisticEntry {
  const [state, dispatch] = useReducer(optimisticReducer, INITIAL_OPTIMISTIC);
  const report = useReportError();
  const tokens = useRef(0);
  // The latest writer and reporter for the stable callbacks below, updated after each render
  // (not during it) and before any click can reach them.
  const writerRef = useRef(writer);
  const reportRef = useRef(report);
  useLayoutEffect(() => {
    writerRef.current = writer;
    reportRef.current = report;
  });

  const chooseAnswer = useCallback((code: string, answer: Answer) => {
    const token = ++tokens.current;
    dispatch({ type: 'choose-answer', code, value: answer, token });
    writerRef.current.saveAnswer(code, answer).then(
      (row) => dispatch({ type: 'saved', field: 'answers', code, token, row }),
      (error: unknown) => {
        dispatch({ type: 'refused', field: 'answers', code, token });
        reportRef.current(error);
      },
    );
  }, []);

  const chooseCase = useCallback((code: string, variant: string) => {
    const token = ++tokens.current;
    dispatch({ type: 'choose-case', code, value: variant, token });
    writerRef.current.saveCase(code, variant).then(
      (row) => dispatch({ type: 'saved', field: 'cases', code, token, row }),
      (error: unknown) => {
        dispatch({ type: 'refused', field: 'cases', code, token });
        reportRef.current(error);
      },
    );
  }, []);

  const entry = useMemo(() => shownEntry(live, state), [live, state]);
  return { entry, saveState: saveStatus(state), chooseAnswer, chooseCase };
}
