import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { screenPath } from '../../app/routes';
import { useReportError } from '../../app/useReportError';
import { mergeRegisterLines, type RegisterLineRef } from '../../db';
import type { RegisterLine } from '../../domain/register/register';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField } from '../../ui/Field';
import { useToaster } from '../../ui/Toasts';
import styles from './Register.module.css';

function refOf(line: RegisterLine): RegisterLineRef {
  return { entryId: line.entryId, productIds: line.evaluations.map((e) => e.productId) };
}

/** Merges this line into another line of the same product (typically the one with the code). */
export function MergeLines(props: {
  readonly line: RegisterLine;
  readonly lines: readonly RegisterLine[];
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const [target, setTarget] = useState('');
  const others = props.lines.filter((l) => l.key !== props.line.key);
  if (others.length === 0) return null;
  const chosen = others.find((l) => l.key === target);

  const merge = async (into: RegisterLine): Promise<void> => {
    try {
      const merged = await mergeRegisterLines(db, refOf(into), refOf(props.line), 'secretary');
      toaster.show('success', t('register.merge.done'));
      window.location.hash = screenPath('register', merged.id);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <section aria-labelledby="register-merge">
      <h2 id="register-merge" className={styles.subheading}>
        {t('register.merge.title')}
      </h2>
      <p className="hint">{t('register.merge.hint')}</p>
      <div className={styles.merge}>
        <SelectField
          label={t('register.merge.target')}
          value={target}
          options={[
            { value: '', label: t('register.merge.choose') },
            ...others.map((l) => ({
              value: l.key,
              label: `${l.code === '' ? t('register.noCode') : l.code} — ${l.name} — ${l.producerName}`,
            })),
          ]}
          onChange={setTarget}
        />
        <button
          type="button"
          disabled={chosen === undefined}
          onClick={() => chosen !== undefined && void merge(chosen)}
        >
          {t('register.merge.action')}
        </button>
      </div>
    </section>
  );
}
