import { useCallback, useMemo, useState } from 'react';
import { useReportError } from '../../app/useReportError';
import type { TableReadProblem } from '../../documents/excel/read-table';
import type { ImportTable } from '../../domain/spreadsheet/product-list';
import type { TextEncodingUsed } from '../../domain/spreadsheet/text-decoding';
import { pickFiles } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';

export type TableImportStep =
  | { readonly step: 'choose' }
  | { readonly step: 'reading' }
  | { readonly step: 'refused'; readonly file: string; readonly problem: TableReadProblem }
  | {
      readonly step: 'map';
      readonly file: string;
      readonly table: ImportTable;
      readonly encoding: TextEncodingUsed | undefined;
    };

export interface TableImportOptions<F extends string, R, V> {
  /** The columns guessed from the header row. */
  readonly guess: (headers: readonly string[]) => Readonly<Record<F, number | null>>;
  /** A report per row, or null while a required column is not chosen or the data is not loaded. */
  readonly check: (table: ImportTable, mapping: Readonly<Record<F, number | null>>) => readonly R[] | null;
  /** What a row gives to save, or null when the row has a problem. */
  readonly valid: (row: R) => V | null;
  /** Saves the valid rows (one transaction) and says what was done. */
  readonly save: (valid: readonly V[], fileName: string) => Promise<string>;
  readonly onDone: () => void;
}

/**
 * A spreadsheet import (products of a round, an existing register): choose a file → read it
 * (nothing saved; size, zip-bomb and encoding walls in documents/excel/read-table.ts) → columns
 * guessed, editable → a report per row → confirm → the valid rows saved at once.
 * `check`, `save` and `onDone` are read when used, so callers may pass fresh closures.
 */
export function useTableImport<F extends string, R, V>(options: TableImportOptions<F, R, V>) {
  const toaster = useToaster();
  const report = useReportError();
  const [state, setState] = useState<TableImportStep>({ step: 'choose' });
  const [mapping, setMapping] = useState<Readonly<Record<F, number | null>> | null>(null);
  const [busy, setBusy] = useState(false);
  const { guess, check, valid, save, onDone } = options;

  const choose = useCallback(async () => {
    try {
      const [file] = await pickFiles({
        filters: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }],
      });
      if (file === undefined) return;
      setState({ step: 'reading' });
      const { readProductTable } = await import('../../documents/excel/read-table');
      const read = await readProductTable(file.bytes);
      if (!read.ok) {
        setState({ step: 'refused', file: file.name, problem: read.problem });
        return;
      }
      setMapping(guess(read.table.headers));
      setState({ step: 'map', file: file.name, table: read.table, encoding: read.encoding });
    } catch (error) {
      setState({ step: 'choose' });
      report(error);
    }
  }, [guess, report]);

  const rows = useMemo(
    () => (state.step !== 'map' || mapping === null ? null : check(state.table, mapping)),
    [state, mapping, check],
  );

  const setColumn = useCallback((field: F, column: number | null) => {
    setMapping((m) => (m === null ? m : { ...m, [field]: column }));
  }, []);

  const confirm = useCallback(async () => {
    if (state.step !== 'map' || rows === null) return;
    const rowsToSave = rows.flatMap((r) => {
      const v = valid(r);
      return v === null ? [] : [v];
    });
    if (rowsToSave.length === 0) return;
    setBusy(true);
    try {
      toaster.show('success', await save(rowsToSave, state.file));
      setState({ step: 'choose' });
      onDone();
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  }, [state, rows, valid, save, toaster, onDone, report]);

  const reset = useCallback(() => setState({ step: 'choose' }), []);
  return { state, mapping, rows, busy, choose, setColumn, confirm, reset };
}
