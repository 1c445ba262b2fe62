import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { setSetting } from '../../db';
import {
  CERTIFICATE_LAYOUT_LIMITS,
  CERTIFICATE_LAYOUT_SETTING,
  certificateLayoutProblems,
  type CertificateLayoutField,
  type StoredCertificateLayout,
} from '../../domain/register/certificate-layout';
import { useI18n } from '../../i18n/I18nProvider';
import { Field, TextField } from '../../ui/Field';
import { useToaster } from '../../ui/Toasts';
import type { RoundPapers } from './useRoundPapers';
import styles from './Register.module.css';

interface Draft {
  readonly issuingBody: string;
  readonly signerTitle: string;
  readonly signerName: string;
  readonly lines: string;
}

function draftOf(layout: StoredCertificateLayout): Draft {
  return { ...layout, lines: layout.lines.join('\n') };
}

function layoutOf(draft: Draft): StoredCertificateLayout {
  return {
    issuingBody: draft.issuingBody.trim(),
    signerTitle: draft.signerTitle.trim(),
    signerName: draft.signerName.trim(),
    lines: draft.lines
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  };
}

/** The province's certificate layout: a small form, stored as an app setting (audited). */
export function CertificateLayoutForm(props: { readonly papers: RoundPapers }): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.papers.layout));
  const [problems, setProblems] = useState<readonly CertificateLayoutField[]>([]);
  const [busy, setBusy] = useState(false);
  const error = (field: CertificateLayoutField) =>
    problems.includes(field) ? t(`register.layout.problem.${field}`) : null;
  const change = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const save = async (): Promise<void> => {
    const layout = layoutOf(draft);
    const found = certificateLayoutProblems(layout);
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await setSetting(db, CERTIFICATE_LAYOUT_SETTING, layout, 'secretary');
      toaster.show('success', t('register.layout.saved'));
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(false);
    }
  };

  const area = (field: 'signerTitle' | 'lines', label: string, max: number) => (
    <Field label={label} error={error(field)}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={field === 'lines' ? 3 : 2}
          value={draft[field]}
          maxLength={max}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => change(field)(event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <details className={styles.layoutForm}>
      <summary>{t('register.layout.title')}</summary>
      <p className="hint">{t('register.layout.hint')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField
          label={t('register.layout.issuingBody')}
          value={draft.issuingBody}
          onChange={change('issuingBody')}
          error={error('issuingBody')}
          maxLength={CERTIFICATE_LAYOUT_LIMITS.issuingBody + 20}
        />
        {area('signerTitle', t('register.layout.signerTitle'), CERTIFICATE_LAYOUT_LIMITS.signerTitle + 20)}
        <TextField
          label={t('register.layout.signerName')}
          value={draft.signerName}
          onChange={change('signerName')}
          error={error('signerName')}
          maxLength={CERTIFICATE_LAYOUT_LIMITS.signerName + 20}
        />
        {area('lines', t('register.layout.lines'), CERTIFICATE_LAYOUT_LIMITS.line * 4)}
        <div className={styles.paperActions}>
          <button type="submit" className="primary" disabled={busy}>
            {t('register.layout.save')}
          </button>
          <button type="button" disabled={busy} onClick={() => setDraft(draftOf(props.papers.defaultLayout))}>
            {t('register.layout.reset')}
          </button>
        </div>
      </form>
    </details>
  );
}
