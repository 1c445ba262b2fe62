import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';

/**
 * "Are you sure?" for an action that cannot be undone (unseal, re-score, close). The action
 * runs once; a refusal is reported by the caller and the dialog stays open to read it.
 */
export function ConfirmDialog(props: {
  readonly open: boolean;
  readonly title: string;
  readonly body: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => Promise<boolean>;
  readonly onClose: () => void;
}): ReactNode {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onClose}>
      <div>{props.body}</div>
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          {t('results.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void props.onConfirm().then((done) => {
              setBusy(false);
              if (done) props.onClose();
            });
          }}
        >
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
