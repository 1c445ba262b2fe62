import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { PausableTimers, type TimerClock } from './pausable-timers';
import { cx } from './cx';
import styles from './Toasts.module.css';

export type ToastKind = 'info' | 'success' | 'warning' | 'error';

export interface Toast {
  readonly id: number;
  readonly kind: ToastKind;
  readonly text: string;
}

export interface Toaster {
  /**
   * Shows a message; errors stay until closed, warnings fade after 12 s, others after 5 s (the
   * fade waits while the pointer is over the notices or focus is in them).
   */
  readonly show: (kind: ToastKind, text: string) => void;
}

const ToastContext = createContext<Toaster | null>(null);
const windowClock: TimerClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle),
};
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
  const timers = useMemo(() => new PausableTimers(windowClock), []);
  // The pointer over the notices or focus inside them pauses every fade (one reason each).
  const hover = useRef(false);
  const focus = useRef(false);
  const syncPause = useCallback(() => {
    if (hover.current || focus.current) timers.pause();
    else timers.resume();
  }, [timers]);

  const dismiss = useCallback(
    (id: number) => {
      timers.cancel(id);
      setToasts((current) => current.filter((toast) => toast.id !== id));
    },
    [timers],
  );

  const show = useCallback(
    (kind: ToastKind, text: string) => {
      const id = nextId.current++;
      setToasts((current) => {
        // At most three at once, so the stack stays in the free space below the navigation.
        for (const old of current.slice(0, -2)) timers.cancel(old.id);
        return [...current.slice(-2), { id, kind, text }];
      });
      const closeAfter = autoCloseMs[kind];
      if (closeAfter !== null) timers.start(id, closeAfter, () => dismiss(id));
    },
    [dismiss, timers],
  );
  useEffect(() => () => timers.pause(), [timers]);

  const toaster = useMemo<Toaster>(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={toaster}>
      {props.children}
      {/* Always present (a live region must exist before it speaks); placed over the foot of the
          navigation column, never over the content's buttons the notice is about. */}
      <section
        className={styles.toasts}
        aria-label={props.regionLabel}
        aria-live="polite"
        onMouseEnter={() => {
          hover.current = true;
          syncPause();
        }}
        onMouseLeave={() => {
          hover.current = false;
          syncPause();
        }}
        onFocus={() => {
          focus.current = true;
          syncPause();
        }}
        onBlur={(event) => {
          if (event.currentTarget.contains(event.relatedTarget)) return;
          focus.current = false;
          syncPause();
        }}
      >
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
