// What is on screen: one click (or keys 1–9) puts a product up; "+1" and
// "chốt" in the chat then order it.
import { client } from '../../api/client';
import type { Product } from '../../../../src/core/catalog/product';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';

export function useShowcase() {
  const toasts = useToasts();
  return (productId: number | null) => {
    client.call('setShowcase', { productId }).catch((error: unknown) => toasts.show(errorText(error), { kind: 'error' }));
  };
}

export function ShowcasePicker({ products, current }: { products: Product[]; current: Product | null }) {
  const { t } = useTranslation('live');
  const show = useShowcase();
  return (
    <section className="live-panel showcase" aria-label={t('showcase.title')}>
      <header className="panel-header">
        <h2>{t('showcase.title')}</h2>
        <span data-testid="showcase-current">{current ? `${current.code} · ${current.name}` : t('showcase.nothing')}</span>
      </header>
      {products.length === 0 ? (
        <p className="muted">{t('showcase.noProducts')}</p>
      ) : (
        <div className="showcase-buttons">
          {products.map((product, index) => (
            <button
              key={product.id}
              type="button"
              className={current?.id === product.id ? 'showcase-button active' : 'showcase-button'}
              aria-pressed={current?.id === product.id}
              onClick={() => show(product.id)}
            >
              {index < 9 && <kbd>{index + 1}</kbd>}
              <strong>{product.code}</strong>
              <span className="showcase-name">{product.name}</span>
              <span className={product.stock > 0 ? 'muted small' : 'error small'}>
                {product.stock > 0 ? t('showcase.stock', { count: product.stock }) : t('showcase.soldOut')}
              </span>
            </button>
          ))}
          <button type="button" className="showcase-button hide" onClick={() => show(null)} disabled={current === null}>
            {t('showcase.hide')}
          </button>
        </div>
      )}
    </section>
  );
}
