import { useState, type ReactNode } from 'react';
import type { RegisterData } from '../../db';
import { cellText } from '../../domain/spreadsheet/cells';
import type { ImportTable } from '../../domain/spreadsheet/product-list';
import {
  REGISTER_FIELDS,
  type RegisterMapping,
  type RegisterRowReport,
} from '../../domain/spreadsheet/register-list';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { MappingField } from '../excel/MappingField';
import { useRegisterImport } from './useRegisterImport';
import styles from './RegisterYear.module.css';

/** Rows shown in the preview besides every row with a problem: enough to check the columns. */
const VALID_SHOWN = 20;

/** "Nhập sổ từ Excel": choose a file → map columns → rows with problems named → import the valid ones. */
export function RegisterImportButton(props: {
  readonly entries: RegisterData['entries'];
  readonly today: string;
}): ReactNode {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('registerYear.import')}
      </button>
      {open ? <RegisterImportDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function RegisterImportDialog(props: {
  readonly entries: RegisterData['entries'];
  readonly today: string;
  readonly onClose: () => void;
}): ReactNode {
  const { t } = useI18n();
  const flow = useRegisterImport(props.entries, props.today, props.onClose);
  const { state, mapping, rows } = flow;
  const close = (): void => {
    flow.reset();
    props.onClose();
  };
  const valid = rows?.filter((r) => r.line !== null).length ?? 0;
  return (
    <Dialog open title={t('registerYear.import.title')} onClose={close} wide>
      <p className="hint">{t('registerYear.import.intro')}</p>
      <button
        type="button"
        onClick={() => void flow.choose()}
        disabled={state.step === 'reading' || flow.busy}
      >
        {t('excel.import.choose')}
      </button>
      {state.step === 'reading' ? <p role="status">{t('excel.import.reading')}</p> : null}
      {state.step === 'refused' ? (
        <p role="alert">
          {t('excel.import.refused', {
            file: state.file,
            reason: t(`excel.import.problem.${state.problem.code}`, { ...state.problem }),
          })}
        </p>
      ) : null}
      {state.step === 'map' && mapping !== null ? (
        <>
          <p>{t('excel.import.file', { file: state.file, rows: state.table.rows.length })}</p>
          <fieldset className={styles.mapping}>
            <legend>{t('excel.import.mapping')}</legend>
            {REGISTER_FIELDS.map((field) => (
              <MappingField
                className={styles.mappingField}
                key={field}
                label={t(`registerYear.field.${field}`)}
                none={t('excel.import.noColumn')}
                headers={state.table.headers}
                value={mapping[field]}
                onChange={(column) => flow.setColumn(field, column)}
              />
            ))}
          </fieldset>
          {rows === null ? (
            <p role="alert">
              {t('registerYear.import.needs', {
                fields: flow.unmapped.map((f) => t(`registerYear.field.${f}`)).join(', '),
              })}
            </p>
          ) : (
            <RegisterImportPreview table={state.table} mapping={mapping} rows={rows} />
          )}
        </>
      ) : null}
      <div className={styles.actions}>
        {state.step === 'map' ? (
          <button
            type="button"
            className="primary"
            disabled={valid === 0 || flow.busy}
            onClick={() => void flow.confirm()}
          >
            {flow.busy ? t('excel.import.busy') : t('registerYear.import.confirm', { count: valid })}
          </button>
        ) : null}
        <button type="button" onClick={close} disabled={flow.busy}>
          {t('register.revoke.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

/** Every row with a problem (named in words), then the first valid rows as read. */
function RegisterImportPreview(props: {
  readonly table: ImportTable;
  readonly mapping: RegisterMapping;
  readonly rows: readonly RegisterRowReport[];
}): ReactNode {
  const { t } = useI18n();
  const fields = REGISTER_FIELDS.filter((f) => props.mapping[f] !== null);
  const bad = props.rows.filter((r) => r.line === null);
  const shown = [...bad, ...props.rows.filter((r) => r.line !== null).slice(0, VALID_SHOWN)];
  return (
    <>
      <h3>{t('excel.import.preview')}</h3>
      <p role="status">
        {t('excel.import.counts', { valid: props.rows.length - bad.length, invalid: bad.length })}
      </p>
      <div className={styles.preview} tabIndex={0} role="region" aria-label={t('excel.import.preview')}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('excel.import.col.row')}
              </th>
              <th scope="col">{t('excel.import.col.status')}</th>
              {fields.map((f) => (
                <th scope="col" key={f}>
                  {t(`registerYear.field.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.rowNumber} className={r.line === null ? styles.rowBad : undefined}>
                <th scope="row" className="num">
                  {r.rowNumber}
                </th>
                <td>
                  {r.problems.length === 0
                    ? t('excel.import.ok')
                    : r.problems
                        .map((p) =>
                          t(`registerYear.row.${p.code}`, {
                            ...p.params,
                            field: t(`registerYear.field.${p.field}`),
                          }),
                        )
                        .join('; ')}
                </td>
                {fields.map((f) => {
                  const col = props.mapping[f];
                  return (
                    <td key={f}>{col === null ? '' : cellText(props.table.rows[r.rowNumber - 2]?.[col])}</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.rows.length > shown.length ? (
        <p className="hint">{t('registerYear.import.more', { count: props.rows.length - shown.length })}</p>
      ) : null}
    </>
  );
}
