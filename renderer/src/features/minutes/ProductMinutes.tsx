import { useRef, type ReactNode } from 'react';
import { screenPath } from '../../app/routes';
import { useReportError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { saveFileAs } from '../../platform/platform';
import { currentRevision, revisionsOf, type MinutesData } from './minutes-data';
import { PdfPreview } from './PdfPreview';
import { SignedRevisions } from './SignedRevisions';
import { MinutesFieldsForm } from './MinutesFieldsForm';
import { SignMinutesForm } from './SignMinutesForm';
import { useMakeMinutes } from './useMakeMinutes';
import styles from './minutes.module.css';

/** One product's minutes: preview, download, print; its signed revisions; signing. */
export function ProductMinutes(props: { readonly data: MinutesData; readonly productId: string }): ReactNode {
  const { t } = useI18n();
  const reportError = useReportError();
  const frame = useRef<HTMLIFrameElement>(null);
  const { state, make } = useMakeMinutes(props.data, props.productId);
  const result = props.data.results.products.find((p) => p.product.id === props.productId);
  if (result === undefined) return <p role="alert">{t('minutes.notFound')}</p>;
  const revisions = revisionsOf(props.data, props.productId);
  const closed = result.state.closed !== null;
  const known = result.current !== null || closed;
  const name = result.product.name;

  const download = async (): Promise<void> => {
    const made = state.kind === 'made' ? state.minutes : await make();
    if (made !== null) await saveFileAs(made.fileName, made.bytes, 'application/pdf');
  };
  const print = async (): Promise<void> => {
    if (state.kind !== 'made') await make();
    // The PDF viewer in the frame prints the document itself once it has loaded.
    window.setTimeout(() => frame.current?.contentWindow?.print(), 500);
  };

  return (
    <section aria-labelledby="product-minutes-title">
      <p>
        <a href={`#${screenPath('minutes')}`}>{t('minutes.back')}</a>
      </p>
      <h2 id="product-minutes-title">{t('minutes.product.title', { product: name })}</h2>
      {!known ? <p role="status">{t('minutes.sealedHint')}</p> : null}
      {known && !closed ? <p role="status">{t('minutes.notClosedHint')}</p> : null}
      {known ? (
        <div className={styles.actions}>
          <button
            type="button"
            onClick={() => void make().catch(reportError)}
            disabled={state.kind === 'making'}
          >
            {t('minutes.preview')}
          </button>
          <button
            type="button"
            onClick={() => void download().catch(reportError)}
            disabled={state.kind === 'making'}
          >
            {t('minutes.download')}
          </button>
          <button
            type="button"
            onClick={() => void print().catch(reportError)}
            disabled={state.kind === 'making'}
          >
            {t('minutes.print')}
          </button>
        </div>
      ) : null}
      {state.kind === 'making' ? <p role="status">{t('minutes.generating')}</p> : null}
      {state.kind === 'audit-broken' ? (
        <p role="alert">{t('minutes.auditBroken', { seq: state.seq })}</p>
      ) : null}
      {state.kind === 'made' ? (
        <>
          <p className="hint">{t('minutes.auditHead', { head: state.head })}</p>
          <PdfPreview
            bytes={state.minutes.bytes}
            title={t('minutes.previewFrame', { product: name })}
            frameRef={frame}
          />
        </>
      ) : null}
      <SignedRevisions revisions={revisions} />
      {closed ? (
        <MinutesFieldsForm key={props.productId} data={props.data} productId={props.productId} />
      ) : null}
      {closed ? (
        <SignMinutesForm data={props.data} productId={props.productId} current={currentRevision(revisions)} />
      ) : null}
    </section>
  );
}
