import { useId, useState, type ReactNode } from 'react';
import { useReportError } from '../../app/useReportError';
import type { RegisterData } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField } from '../../ui/Field';
import { useToaster } from '../../ui/Toasts';
import { CertificateLayoutForm } from './CertificateLayoutForm';
import { CertificatesSection } from './CertificatesSection';
import { SignPaperForm } from './SignPaperForm';
import {
  savePaper,
  useRoundPapers,
  type PaperFormat,
  type PaperKind,
  type RoundPapers,
} from './useRoundPapers';
import styles from './Register.module.css';

/** The decision, the forwarding list and the certificates of one closed round. */
export function RoundPapersPanel(props: { readonly rounds: RegisterData['closedRounds'] }): ReactNode {
  const { t } = useI18n();
  const [chosen, setChosen] = useState('');
  const roundId = props.rounds.some((r) => r.id === chosen) ? chosen : (props.rounds[0]?.id ?? '');
  return (
    <section aria-labelledby="register-papers" className={styles.papers}>
      <h2 id="register-papers" className={styles.subheading}>
        {t('register.papers.title')}
      </h2>
      <p className="hint">{t('register.papers.hint')}</p>
      {props.rounds.length === 0 ? (
        <p className="hint">{t('register.papers.noClosed')}</p>
      ) : (
        <>
          <div className={styles.papersRound}>
            <SelectField
              label={t('register.papers.round')}
              value={roundId}
              options={props.rounds.map((r) => ({ value: r.id, label: r.name }))}
              onChange={setChosen}
            />
          </div>
          <RoundPapersBody key={roundId} roundId={roundId} />
        </>
      )}
    </section>
  );
}

function RoundPapersBody(props: { readonly roundId: string }): ReactNode {
  const { t } = useI18n();
  const papers = useRoundPapers(props.roundId);
  if (papers === undefined) return <p role="status">{t('register.papers.loading')}</p>;
  return (
    <>
      {papers.minutes.bundle.round.level === 'central' ? (
        <p className="hint">{t('register.papers.central')}</p>
      ) : (
        <div className={styles.paperGroups}>
          <PaperButtons
            papers={papers}
            kind="decision"
            title={t('register.papers.decision')}
            count={t('register.papers.decisionCount', { count: papers.recognisedCount })}
            disabled={papers.recognisedCount === 0}
          />
          <PaperButtons
            papers={papers}
            kind="forwarding"
            title={t('register.papers.forwarding')}
            count={t('register.papers.forwardingCount', { count: papers.forwardedCount })}
            disabled={papers.forwardedCount === 0}
          />
        </div>
      )}
      <CertificatesSection papers={papers} />
      <CertificateLayoutForm papers={papers} />
    </>
  );
}

function PaperButtons(props: {
  readonly papers: RoundPapers;
  readonly kind: PaperKind;
  readonly title: string;
  readonly count: string;
  readonly disabled: boolean;
}): ReactNode {
  const { t } = useI18n();
  const toaster = useToaster();
  const reportError = useReportError();
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const make = async (format: PaperFormat): Promise<void> => {
    setBusy(true);
    try {
      if (await savePaper(props.papers, props.kind, format))
        toaster.show('success', t('register.papers.saved'));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  const label = (format: PaperFormat) =>
    props.kind === 'decision'
      ? t(format === 'pdf' ? 'register.papers.decisionPdf' : 'register.papers.decisionDocx')
      : t(format === 'pdf' ? 'register.papers.forwardingPdf' : 'register.papers.forwardingDocx');
  return (
    <section className={styles.paperGroup} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.paperTitle}>
        {props.title}
      </h3>
      <p className="hint">{props.count}</p>
      <div className={styles.paperActions}>
        {(['pdf', 'docx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            disabled={busy || props.disabled}
            onClick={() => void make(format)}
          >
            {label(format)}
          </button>
        ))}
      </div>
      <SignPaperForm papers={props.papers} kind={props.kind} disabled={props.disabled} />
    </section>
  );
}
