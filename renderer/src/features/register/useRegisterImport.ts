import { useCallback, useMemo, useState } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { importRegisterLines, type RegisterData } from '../../db';
import type { TableReadProblem } from '../../documents/excel/read-table';
import type { ImportTable } from '../../domain/spreadsheet/product-list';
import {
  checkRegisterRows,
  guessRegisterMapping,
  REQUIRED_REGISTER_FIELDS,
  type RegisterField,
  type RegisterMapping,
  type RegisterRowReport,
} from '../../domain/spreadsheet/register-list';
import { useI18n } from '../../i18n/I18nProvider';
import { pickFiles } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';

export type RegisterImportStep =
  | { readonly step: 'choose' }
  | { readonly step: 'reading' }
  | { readonly step: 'refused'; readonly file: string; readonly problem: TableReadProblem }
  | { readonly step: 'map'; readonly file: string; readonly table: ImportTable };

/**
 * Importing an existing register: choose a file → read it with the product list's reader
 * (nothing saved) → columns guessed, editable → a report per row → confirm → the valid rows
 * in one transaction, merged by code into the register.
 */
export function useRegisterImport(entries: RegisterData['entries'], today: string, onDone: () => void) {
  const db = useDb();
  const { t } = useI18n();
  const toaster = useToaster();
  const report = useReportError();
  const [state, setState] = useState<RegisterImportStep>({ step: 'choose' });
  const [mapping, setMapping] = useState<RegisterMapping | null>(null);
  const [busy, setBusy] = useState(false);

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
      setMapping(guessRegisterMapping(read.table.headers));
      setState({ step: 'map', file: file.name, table: read.table });
    } catch (error) {
      setState({ step: 'choose' });
      report(error);
    }
  }, [report]);

  const certificates = useMemo(() => {
    const held = new Map<string, string>();
    for (const e of entries)
      for (const r of e.recognitions) if (r.certificateNo !== '') held.set(r.certificateNo, e.code);
    return held;
  }, [entries]);

  const unmapped = mapping === null ? [] : REQUIRED_REGISTER_FIELDS.filter((f) => mapping[f] === null);
  const rows: readonly RegisterRowReport[] | null = useMemo(() => {
    if (state.step !== 'map' || mapping === null || REQUIRED_REGISTER_FIELDS.some((f) => mapping[f] === null))
      return null;
    return checkRegisterRows(state.table, mapping, { today, certificates });
  }, [state, mapping, today, certificates]);

  const setColumn = useCallback((field: RegisterField, column: number | null) => {
    setMapping((m) => (m === null ? m : { ...m, [field]: column }));
  }, []);

  const confirm = useCallback(async () => {
    if (state.step !== 'map' || rows === null) return;
    const valid = rows.flatMap((r) => (r.line === null ? [] : [r.line]));
    if (valid.length === 0) return;
    setBusy(true);
    try {
      const summary = await importRegisterLines(db, valid, { fileName: state.file }, 'secretary');
      toaster.show('success', t('registerYear.import.done', { ...summary, file: state.file }));
      setState({ step: 'choose' });
      onDone();
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  }, [state, rows, db, toaster, t, onDone, report]);

  const reset = useCallback(() => setState({ step: 'choose' }), []);
  return { state, mapping, rows, unmapped, busy, choose, setColumn, confirm, reset };
}
