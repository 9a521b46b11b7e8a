import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';

export interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error';
  /** Shown as an "Undo" button; the toast stays a little longer. */
  undo?: () => void;
}

interface ToastApi {
  show(text: string, options?: { kind?: Toast['kind']; undo?: () => void }): void;
}

const ToastContext = createContext<ToastApi>({ show: () => undefined });

export function useToasts(): ToastApi {
  return useContext(ToastContext);
}

let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const api = useMemo<ToastApi>(
    () => ({
      show(text, options = {}) {
        const toast: Toast = { id: nextId++, text, kind: options.kind ?? 'info', undo: options.undo };
        setToasts((all) => [...all.slice(-3), toast]);
        setTimeout(() => dismiss(toast.id), toast.undo ? 10_000 : 5_000);
      },
    }),
    [dismiss],
  );
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`}>
            <span>{toast.text}</span>
            {toast.undo && (
              <button
                type="button"
                onClick={() => {
                  toast.undo?.();
                  dismiss(toast.id);
                }}
              >
                {t('common.undo')}
              </button>
            )}
            <button type="button" className="toast-close" aria-label={t('common.close')} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
