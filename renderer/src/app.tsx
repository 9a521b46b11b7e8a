// The shell: navigation between the app's jobs, language from settings.
import { useEffect, useState, type ReactNode } from 'react';
import { client } from './api/client';
import { i18next, useTranslation } from './i18n';
import { ToastProvider } from './components/toasts';
import { ProductsScreen } from './screens/products-screen';
import { SettingsScreen } from './screens/settings-screen';
import { LiveScreen } from './screens/live/live-screen';
import { TrainingScreen } from './screens/training/training-screen';
import { OrdersScreen } from './screens/orders/orders-screen';

export const screens = ['live', 'products', 'orders', 'training', 'settings'] as const;
export type ScreenName = (typeof screens)[number];

const screenViews: Record<ScreenName, () => ReactNode> = {
  live: () => <LiveScreen />,
  products: () => <ProductsScreen />,
  orders: () => <OrdersScreen />,
  training: () => <TrainingScreen />,
  settings: () => <SettingsScreen />,
};

function screenFromHash(): ScreenName {
  const name = window.location.hash.replace(/^#\/?/, '');
  return (screens as readonly string[]).includes(name) ? (name as ScreenName) : 'products';
}

export function App() {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<ScreenName>(screenFromHash);

  useEffect(() => {
    const onHash = () => setScreen(screenFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // Bumped when a backup replaces the order book: every screen is built again and reloads what it shows.
  // Settings is kept, since it shows how the restore went.
  const [book, setBook] = useState(0);

  useEffect(() => {
    void client.call('getSettings', {}).then((settings) => i18next.changeLanguage(settings.language));
    return client.subscribe((event) => {
      if (event.event === 'settingsChanged') void i18next.changeLanguage(event.payload.language);
      if (event.event === 'orderBookRestored') {
        setBook((n) => n + 1);
        void client.call('getSettings', {}).then((settings) => i18next.changeLanguage(settings.language));
      }
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = i18next.language;
  });

  return (
    <ToastProvider>
      <div className="shell">
        <nav className="nav" aria-label="OCOP Live">
          <div className="brand">
            <strong>{t('app.title')}</strong>
            <small>{t('app.tagline')}</small>
          </div>
          {screens.map((name) => (
            <a key={name} href={`#/${name}`} className={name === screen ? 'active' : ''} aria-current={name === screen ? 'page' : undefined}>
              {t(`nav.${name}`)}
            </a>
          ))}
        </nav>
        <main className="content" key={screen === 'settings' ? screen : `${screen}-${book}`}>
          {screenViews[screen]()}
        </main>
      </div>
    </ToastProvider>
  );
}
