import { useCallback, useRef, useState } from 'react';
import { useDb } from '../../app/DbProvider';
import { loadSheet } from '../../domain/criteria/registry';
import { BatchCancelledError, renderCombined, renderEach, type BatchProgress } from '../../documents/batch';
import { browserRenderer } from '../../documents/browser';
import { combinedFileName } from '../../documents/file-names';
import { getPlatform, saveFileAs } from '../../platform/platform';
import { roundJobs, type BatchChoice } from './batch-jobs';
import { auditHeadOf, MINUTES_LANGUAGE, type MinutesData } from './minutes-data';

export type BatchOutcome =
  | { readonly kind: 'saved'; readonly count: number; readonly folder: string }
  | { readonly kind: 'downloaded'; readonly count: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'audit-broken'; readonly seq: number };

/**
 * Makes the round's paperwork with progress and a stop button. Separate files go to a
 * folder the user picks (desktop app: one atomic write per file, nothing overwritten) or, in
 * a browser, one download per file; the combined file is one download for printing.
 */
export function useMinutesBatch(data: MinutesData): {
  readonly progress: BatchProgress | null;
  readonly running: boolean;
  readonly run: (choice: BatchChoice, combined: boolean) => Promise<BatchOutcome>;
  readonly cancel: () => void;
} {
  const db = useDb();
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [running, setRunning] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const run = useCallback(
    async (choice: BatchChoice, combined: boolean): Promise<BatchOutcome> => {
      const controller = new AbortController();
      abort.current = controller;
      setRunning(true);
      setProgress(null);
      try {
        const head = await auditHeadOf(db, data.bundle.round.id);
        if (!head.ok) return { kind: 'audit-broken', seq: head.seq };
        const sheetNos = [...new Set(data.bundle.products.map((p) => p.sheetNo))];
        const sheets = new Map(
          await Promise.all(
            sheetNos.map(async (no) => [no, await loadSheet(data.bundle.round.ruleSetId, no)] as const),
          ),
        );
        const jobs = roundJobs(data, sheets, head.head, choice);
        const render = browserRenderer(MINUTES_LANGUAGE).render;
        const options = { onProgress: setProgress, signal: controller.signal, language: MINUTES_LANGUAGE };
        if (combined) {
          const file = await renderCombined(
            render,
            jobs,
            combinedFileName(MINUTES_LANGUAGE, data.bundle.round.name),
            options,
          );
          await saveFileAs(file.fileName, file.bytes, 'application/pdf');
          return { kind: 'downloaded', count: 1 };
        }
        const files = await renderEach(render, jobs, options);
        const platform = getPlatform();
        if (platform.can.saveToFolder) {
          const saved = await platform.saveFilesToFolder({
            files: files.map((f) => ({ name: f.fileName, bytes: f.bytes })),
          });
          return saved === null
            ? { kind: 'cancelled' }
            : { kind: 'saved', count: saved.saved.length, folder: saved.folder };
        }
        // A browser cannot write into a folder: one download per file, under the same names.
        for (const file of files) await saveFileAs(file.fileName, file.bytes, 'application/pdf');
        return { kind: 'downloaded', count: files.length };
      } catch (error) {
        if (error instanceof BatchCancelledError) return { kind: 'cancelled' };
        throw error;
      } finally {
        abort.current = null;
        setRunning(false);
      }
    },
    [data, db],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { progress, running, run, cancel };
}
