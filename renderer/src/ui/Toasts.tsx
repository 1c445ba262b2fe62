import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { cx } from './cx';
import styles from './Toasts.module.css';

export type ToastKind = 'info' | 'success' | 'warning' | 'error';

export interface Toast {
  readonly id: number;
  readonly kind: ToastKind;
  readonly text: string;
}

export interface Toaster {
  /** Shows a message; errors stay until closed, warnings fade after 12 s, others after 5 s. */
  readonly show: (kind: ToastKind, text: string) => void;
}

const ToastContext = createContext<Toaster | null>(null);
const autoCloseMs: Record<ToastKind, number | null> = {
  info: 5000,
  success: 5000,
  warning: 12_000,
  error: null,
};

export function ToastProvider(props: {
  readonly children: ReactNode;
  readonly regionLabel: string;
  readonly closeLabel: string;
}): ReactNode {
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback(
    (kind: ToastKind, text: string) => {
      const id = nextId.current++;
      setToasts((current) => [...current.slice(-4), { id, kind, text }]);
      const closeAfter = autoCloseMs[kind];
      if (closeAfter !== null) window.setTimeout(() => dismiss(id), closeAfter);
    },
    [dismiss],
  );

  const toaster = useMemo<Toaster>(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={toaster}>
      {props.children}
      <section className={styles.toasts} aria-label={props.regionLabel}>
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={cx(styles.toast, styles[`toast-${toast.kind}`])}
            role={toast.kind === 'error' || toast.kind === 'warning' ? 'alert' : 'status'}
          >
            <span>{toast.text}</span>
            <button
              type="button"
              className={styles.toastClose}
              aria-label={props.closeLabel}
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </section>
    </ToastContext.Provider>
  );
}

export function useToaster(): Toaster {
  const toaster = useContext(ToastContext);
  if (!toaster) throw new Error('useToaster must be used inside <ToastProvider>');
  return toaster;
}
