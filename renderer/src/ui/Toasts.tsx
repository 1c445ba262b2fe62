import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export type ToastKind = 'info' | 'success' | 'warning' | 'error';

export interface Toast {
  readonly id: number;
  readonly kind: ToastKind;
  readonly text: string;
}

export interface Toaster {
  /** Shows a message; errors and warnings stay until closed, others fade after a few seconds. */
  readonly show: (kind: ToastKind, text: string) => void;
}

const ToastContext = createContext<Toaster | null>(null);
const autoCloseMs = 5000;

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
      if (kind === 'info' || kind === 'success') window.setTimeout(() => dismiss(id), autoCloseMs);
    },
    [dismiss],
  );

  const toaster = useMemo<Toaster>(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={toaster}>
      {props.children}
      <section className="toasts" aria-label={props.regionLabel}>
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast-${toast.kind}`}
            role={toast.kind === 'error' || toast.kind === 'warning' ? 'alert' : 'status'}
          >
            <span>{toast.text}</span>
            <button type="button" className="toast-close" aria-label={props.closeLabel} onClick={() => dismiss(toast.id)}>
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
