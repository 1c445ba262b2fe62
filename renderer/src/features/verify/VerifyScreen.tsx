import { useState, type DragEvent, type ReactNode } from 'react';
import { describeError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { CouncilHostError } from '../../platform/platform';
import { useVerifyPdf } from './useVerifyPdf';
import { VerificationReport } from './VerificationReport';
import styles from './verify.module.css';
import { cx } from '../../ui/cx';

/**
 * Screen "Kiểm tra chữ ký": any PDF, chosen or dropped, is checked signature by signature
 * (issue 5, item 8). Nothing is stored: the file stays in this page.
 */
export function VerifyScreen(): ReactNode {
  const { t, language } = useI18n();
  const { state, check } = useVerifyPdf();
  const [dragging, setDragging] = useState(false);

  const take = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    await check(file.name, new Uint8Array(await file.arrayBuffer()));
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files[0]);
  };

  return (
    <section className="panel" aria-labelledby="verify-title">
      <h1 id="verify-title">{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      <div
        className={dragging ? cx(styles.dropZone, styles.dropZoneActive) : styles.dropZone}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="verify-file">{t('verify.file')}</label>
        <input
          id="verify-file"
          type="file"
          accept=".pdf,application/pdf"
          aria-describedby="verify-file-hint"
          onChange={(event) => {
            void take(event.currentTarget.files?.[0]);
            // Same file again (e.g. after tampering with it) must trigger a new check.
            event.currentTarget.value = '';
          }}
        />
        <p id="verify-file-hint" className="hint">
          {t('verify.fileHint')}
        </p>
      </div>
      {state.kind === 'checking' ? <p role="status">{t('verify.checking')}</p> : null}
      {state.kind === 'failed' ? (
        <p role="alert">
          {state.error instanceof CouncilHostError && state.error.code === 'unsupported'
            ? t('verify.needsHost')
            : describeError(state.error, language, (message) => t('verify.readFailed', { message }))}
        </p>
      ) : null}
      {state.kind === 'done' ? (
        <VerificationReport name={state.name} report={state.report} record={state.record} />
      ) : null}
    </section>
  );
}
