import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbProvider';
import { loadRuleSetSheets } from '../../domain/criteria/registry';
import {
  checkProductRows,
  existingNameKey,
  guessMapping,
  type ColumnMapping,
  type ImportedProduct,
  type ImportTable,
  type RowReport,
} from '../../domain/spreadsheet/product-list';
import { importProducts } from '../../db/repos/product-import';
import { useI18n } from '../../i18n/I18nProvider';
import { useTableImport } from './useTableImport';

/**
 * Products of a round from a spreadsheet (useTableImport's flow): the rows are checked against
 * the round's criteria sets and the products already in it; the valid ones are added at once.
 */
export function useProductImport(roundId: string, onDone: () => void) {
  const db = useDb();
  const { t } = useI18n();
  const round = useLiveQuery(() => db.rounds.get(roundId), [db, roundId]);
  const products = useLiveQuery(() => db.products.where('roundId').equals(roundId).toArray(), [db, roundId]);
  const sets = useLiveQuery(
    async () =>
      round === undefined
        ? undefined
        : (await loadRuleSetSheets(round.ruleSetId)).map((s) => ({ sheetNo: s.sheetNo, name: s.name })),
    [round?.ruleSetId],
  );
  const check = useCallback(
    (table: ImportTable, mapping: ColumnMapping): readonly RowReport[] | null =>
      sets === undefined || products === undefined || mapping.name === null || mapping.set === null
        ? null
        : checkProductRows(table, mapping, {
            sets,
            existingCodes: new Set(products.map((p) => p.code).filter((c) => c !== '')),
            existingNames: new Set(products.map((p) => existingNameKey(p.name, p.producer.name))),
            maxYear: new Date().getFullYear() + 1,
          }),
    [sets, products],
  );
  const save = useCallback(
    async (valid: readonly ImportedProduct[], file: string) => {
      await importProducts(db, roundId, valid, { fileName: file }, 'secretary');
      return t('excel.import.done', { count: valid.length, file });
    },
    [db, roundId, t],
  );
  return useTableImport({ guess: guessMapping, check, valid: productOf, save, onDone });
}

const productOf = (row: RowReport) => row.product;
