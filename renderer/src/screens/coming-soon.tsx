import { useTranslation } from '../i18n';

export function ComingSoon({ screen }: { screen: 'live' | 'orders' | 'training' }) {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t(`nav.${screen}`)}</h1>
      <p className="muted">{t('common.comingSoon')}</p>
    </section>
  );
}
