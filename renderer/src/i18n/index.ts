import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { vi } from './vi';
import { en } from './en';
import type { AppErrorBody } from '../../../src/app/contract';
import { liveMessages } from '../screens/live/live-messages';
import { trainingMessages } from '../screens/training/i18n';
import { sourcesMessages } from '../screens/live/sources-messages';
import { obsMessages } from '../screens/live/obs-messages';
import { ordersMessages } from '../screens/orders/orders-messages';
import { backupMessages } from '../screens/settings/backup-messages';
import { shortcutsMessages } from '../screens/settings/shortcuts-messages';

/**
 * A screen family brings its own messages as an i18next namespace
 * (`useTranslation('live')`): a file exporting `{ vi, en }`, added here by one line.
 */
const namespaces: Record<string, { vi: object; en: object }> = {
  live: liveMessages,
  training: trainingMessages,
  sources: sourcesMessages,
  obs: obsMessages,
  orders: ordersMessages,
  backup: backupMessages,
  shortcuts: shortcutsMessages,
};

void i18next.use(initReactI18next).init({
  resources: {
    vi: { translation: vi, ...Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m.vi])) },
    en: { translation: en, ...Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m.en])) },
  },
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false }, // React escapes every text it renders
});

export { i18next, useTranslation };

/** An app error in the language on screen. */
export function errorText(error: unknown): string {
  const body = (error as { body?: AppErrorBody }).body;
  if (body) return i18next.language === 'en' ? body.messageEn : body.message;
  return error instanceof Error ? error.message : String(error);
}
