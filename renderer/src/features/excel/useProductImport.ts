import { useCallback, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { loadRuleSetSheets } from '../../domain/criteria/registry';
import {
  checkProductRows,
  existingNameKey,
  guessMapping,
  type ColumnMapping,
  type ImportTable,
  type ProductField,
  type RowReport,
} from '../../domain/spreadsheet/product-list';
import type { TableReadProblem } from '../../documents/excel/read-table';
import type { TextEncodingUsed } from '../../domain/spreadsheet/text-decoding';
import { importProducts } from '../../db/repos/product-import';
import { useI18n } from '../../i18n/I18nProvider';
import { pickFiles } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';

export type ImportStep =
  | { readonly step: 'choose' }
  | { readonly step: 'reading' }
  | { readonly step: 'refused'; readonly file: string; readonly problem: TableReadProblem }
  | {
      readonly step: 'map';
      readonly file: string;
      readonly table: ImportTable;
      readonly encoding: TextEncodingUsed | undefined;
    };

/**
 * The import flow: choose a file → read it (nothing saved) → columns guessed, editable →
 * preview with a report per row → confirm → the valid rows in one transaction.
 */
export function useProductImport(roundId: string, onDone: () => void) {
  const db = useDb();
  const { t } = useI18n();
  const toaster = useToaster();
  const report = useReportError();
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [busy, setBusy] = useState(false);
  const round = useLiveQuery(() => db.rounds.get(roundId), [db, roundId]);
  const products = useLiveQuery(() => db.products.where('roundId').equals(roundId).toArray(), [db, roundId]);
  const sets = useLiveQuery(
    async () =>
      round === undefined
        ? undefined
        : (await loadRuleSetSheets(round.ruleSetId)).map((s) => ({ sheetNo: s.sheetNo, name: s.name })),
    [round?.ruleSetId],
  );

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
      setMapping(guessMapping(read.table.headers));
      setState({ step: 'map', file: file.name, table: read.table, encoding: read.encoding });
    } catch (error) {
      setState({ step: 'choose' });
      report(error);
    }
  }, [report]);

  const rows: readonly RowReport[] | null = useMemo(() => {
    if (
      state.step !== 'map' ||
      mapping === null ||
      sets === undefined ||
      products === undefined ||
      mapping.name === null ||
      mapping.set === null
    )
      return null;
    return checkProductRows(state.table, mapping, {
      sets,
      existingCodes: new Set(products.map((p) => p.code).filter((c) => c !== '')),
      existingNames: new Set(products.map((p) => existingNameKey(p.name, p.producer.name))),
      maxYear: new Date().getFullYear() + 1,
    });
  }, [state, mapping, sets, products]);

  const setColumn = useCallback((field: ProductField, column: number | null) => {
    setMapping((m) => (m === null ? m : { ...m, [field]: column }));
  }, []);

  const confirm = useCallback(async () => {
    if (state.step !== 'map' || rows === null) return;
    const valid = rows.flatMap((r) => (r.product === null ? [] : [r.product]));
    if (valid.length === 0) return;
    setBusy(true);
    try {
      await importProducts(db, roundId, valid, { fileName: state.file }, 'secretary');
      toaster.show('success', t('excel.import.done', { count: valid.length, file: state.file }));
      setState({ step: 'choose' });
      onDone();
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  }, [state, rows, db, roundId, toaster, t, onDone, report]);

  const reset = useCallback(() => setState({ step: 'choose' }), []);
  return { state, mapping, rows, busy, choose, setColumn, confirm, reset };
}
