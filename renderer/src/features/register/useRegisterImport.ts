import { useCallback, useMemo } from 'react';
import { useDb } from '../../app/DbProvider';
import { importRegisterLines, type RegisterData } from '../../db';
import type { ImportTable } from '../../domain/spreadsheet/product-list';
import {
  checkRegisterRows,
  guessRegisterMapping,
  REQUIRED_REGISTER_FIELDS,
  type ImportedRegisterLine,
  type RegisterMapping,
  type RegisterRowReport,
} from '../../domain/spreadsheet/register-list';
import { useTableImport } from '../excel/useTableImport';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * An existing register from a spreadsheet (useTableImport's flow, the product list's reader):
 * a report per row, then the valid rows in one transaction, merged by code into the register.
 */
export function useRegisterImport(entries: RegisterData['entries'], today: string, onDone: () => void) {
  const db = useDb();
  const { t } = useI18n();
  const certificates = useMemo(() => {
    const held = new Map<string, string>();
    for (const e of entries)
      for (const r of e.recognitions) if (r.certificateNo !== '') held.set(r.certificateNo, e.code);
    return held;
  }, [entries]);
  const check = useCallback(
    (table: ImportTable, mapping: RegisterMapping): readonly RegisterRowReport[] | null =>
      REQUIRED_REGISTER_FIELDS.some((f) => mapping[f] === null)
        ? null
        : checkRegisterRows(table, mapping, { today, certificates }),
    [today, certificates],
  );
  const save = useCallback(
    async (valid: readonly ImportedRegisterLine[], file: string) => {
      const summary = await importRegisterLines(db, valid, { fileName: file }, 'secretary');
      return t('registerYear.import.done', { ...summary, file });
    },
    [db, t],
  );
  const flow = useTableImport({ guess: guessRegisterMapping, check, valid: lineOf, save, onDone });
  const { mapping } = flow;
  const unmapped = mapping === null ? [] : REQUIRED_REGISTER_FIELDS.filter((f) => mapping[f] === null);
  return { ...flow, unmapped };
}

const lineOf = (row: RegisterRowReport) => row.line;
