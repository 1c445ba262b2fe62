import type { ReactNode } from 'react';
import { PRODUCT_FIELDS } from '../../domain/spreadsheet/product-list';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { ImportPreview } from './ImportPreview';
import { MappingField } from './MappingField';
import { useProductImport } from './useProductImport';
import styles from './excel.module.css';

/** Choose a file → map columns → preview with a report per row → import the valid rows. */
export function ImportProductsDialog(props: {
  readonly roundId: string;
  readonly open: boolean;
  readonly onClose: () => void;
}): ReactNode {
  const { t } = useI18n();
  const flow = useProductImport(props.roundId, props.onClose);
  const { state, mapping, rows } = flow;
  const close = (): void => {
    flow.reset();
    props.onClose();
  };
  const valid = rows?.filter((r) => r.product !== null).length ?? 0;
  return (
    <Dialog open={props.open} title={t('excel.import.title')} onClose={close} wide>
      <p className="hint">{t('excel.import.intro')}</p>
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
          {state.encoding === 'windows-1258' ? <p role="alert">{t('excel.import.encoding')}</p> : null}
          <fieldset className={styles.importMapping}>
            <legend>{t('excel.import.mapping')}</legend>
            <p className="hint">{t('excel.import.mapping.hint')}</p>
            {PRODUCT_FIELDS.map((field) => (
              <MappingField
                className={styles.importMappingField}
                key={field}
                label={t(`excel.import.field.${field}`)}
                none={t('excel.import.noColumn')}
                headers={state.table.headers}
                value={mapping[field]}
                onChange={(column) => flow.setColumn(field, column)}
              />
            ))}
          </fieldset>
          {rows === null ? (
            <p role="alert">{t('excel.import.needsName')}</p>
          ) : (
            <ImportPreview table={state.table} mapping={mapping} rows={rows} />
          )}
        </>
      ) : null}
      <div className="actions">
        {state.step === 'map' ? (
          <button
            type="button"
            className="primary"
            disabled={valid === 0 || flow.busy}
            onClick={() => void flow.confirm()}
          >
            {flow.busy ? t('excel.import.busy') : t('excel.import.confirm', { count: valid })}
          </button>
        ) : null}
        <button type="button" onClick={close} disabled={flow.busy}>
          {t('excel.import.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
