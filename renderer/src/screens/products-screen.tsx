// The catalog: search, add, edit, delete with undo, CSV import and export.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { client, CommandError } from '../api/client';
import type { CommandResult } from '../../../src/app/contract';
import type { Product, ProductInput } from '../../../src/core/catalog/product';
import { formatVnd } from '../../../src/core/money/vnd';
import { parseVndAmount } from '../../../src/core/catalog/catalog-rows';
import { errorText, useTranslation } from '../i18n';
import { useToasts } from '../components/toasts';
import { PicturePicker, type PictureChoice } from '../components/picture-picker';

type Issue = { line: number; column?: string; message: string; messageEn: string };

export function ProductsScreen() {
  const { t, i18n } = useTranslation();
  const toasts = useToasts();
  const [query, setQuery] = useState('');
  const [products, setProducts] = useState<CommandResult<'listProducts'>>([]);
  const [loaded, setLoaded] = useState(false);
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => {
    client
      .call('listProducts', { query })
      .then((list) => {
        setProducts(list);
        setLoaded(true);
      })
      .catch((error: unknown) => toasts.show(errorText(error), { kind: 'error' }));
  }, [query, toasts]);

  useEffect(() => {
    const timer = setTimeout(refresh, 120);
    return () => clearTimeout(timer);
  }, [refresh]);
  useEffect(() => client.subscribe((event) => event.event === 'catalogChanged' && refresh()), [refresh]);

  const remove = async (product: Product) => {
    try {
      await client.call('deleteProduct', { id: product.id });
      toasts.show(t('products.deleted', { name: product.name }), {
        undo: () => {
          client.call('restoreProduct', { id: product.id }).catch((error: unknown) => toasts.show(errorText(error), { kind: 'error' }));
        },
      });
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };

  const importFile = async (file: File) => {
    setIssues([]);
    try {
      const summary = await client.call('importCatalogCsv', { csv: await file.text() });
      toasts.show(t('products.imported', summary));
    } catch (error) {
      if (error instanceof CommandError && Array.isArray(error.body.details)) setIssues(error.body.details as Issue[]);
      toasts.show(errorText(error), { kind: 'error' });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const exportFile = async () => {
    try {
      const { csv, filename } = await client.call('exportCatalogCsv', {});
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: filename });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };

  return (
    <section>
      <header className="screen-header">
        <h1>{t('products.title')}</h1>
        <div className="actions">
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('products.add')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('products.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,text/csv"
            hidden
            data-testid="catalog-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void importFile(file);
            }}
          />
          <button type="button" onClick={() => void exportFile()}>
            {t('products.export')}
          </button>
        </div>
      </header>

      {issues.length > 0 && (
        <div className="card error-list" role="alert">
          <p>{t('products.importFailed')}</p>
          <ul>
            {issues.map((issue, index) => (
              <li key={index}>
                <strong>{t('products.line', { line: issue.line })}</strong>: {i18n.language === 'en' ? issue.messageEn : issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <input
        type="search"
        className="search"
        placeholder={t('products.searchPlaceholder')}
        aria-label={t('common.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />

      {loaded && products.length === 0 ? (
        <p className="muted">{query ? t('products.noMatch', { query }) : t('products.empty')}</p>
      ) : (
        <table className="table">
          <caption className="muted">{t('products.count', { count: products.length })}</caption>
          <thead>
            <tr>
              <th>{t('products.columns.code')}</th>
              <th>{t('products.columns.name')}</th>
              <th className="num">{t('products.columns.price')}</th>
              <th>{t('products.columns.unit')}</th>
              <th className="num">{t('products.columns.stock')}</th>
              <th>{t('products.columns.stars')}</th>
              <th>
                <span className="visually-hidden">{t('products.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {products.map((product) => (
              <tr key={product.id}>
                <td><code>{product.code}</code></td>
                <td>
                  {product.name}
                  {product.aliases.length > 0 && <div className="muted small">{product.aliases.join(' · ')}</div>}
                </td>
                <td className="num">{formatVnd(product.price)}</td>
                <td>{product.unit}</td>
                <td className="num">{product.stock}</td>
                <td aria-label={`${product.ocopStars ?? 0} sao`}>{'★'.repeat(product.ocopStars ?? 0)}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" onClick={() => setEditing(product)}>{t('common.edit')}</button>
                    <button type="button" className="danger" onClick={() => void remove(product)}>{t('common.delete')}</button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {editing && (
        <ProductForm
          product={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            toasts.show(t('products.saved', { name: saved.name }));
          }}
        />
      )}
    </section>
  );
}

function ProductForm({ product, onClose, onSaved }: { product?: Product; onClose(): void; onSaved(product: Product): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [picture, setPicture] = useState<PictureChoice>(undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const stars = text('ocopStars');
    // VND has no decimals, so "150.000" and "150,000" are both thousands grouping.
    const price = parseVndAmount(text('price'));
    if (price === null) {
      setError(t('products.form.priceInvalid', { value: text('price') }));
      return;
    }
    const fields: ProductInput = {
      code: text('code'),
      name: text('name'),
      price,
      unit: text('unit'),
      stock: Number(text('stock') || 0),
      aliases: text('aliases').split('|').map((alias) => alias.trim()).filter(Boolean),
      ocopStars: stars === '' ? null : Number(stars),
      description: text('description'),
      image: text('image'),
    };
    setBusy(true);
    setError('');
    try {
      const saved = product
        ? await client.call('updateProduct', { id: product.id, fields })
        : await client.call('createProduct', fields);
      // The photo goes after the fields: a refused picture leaves the product saved, and says why.
      onSaved(picture === undefined ? saved : await client.call('setProductPicture', { id: saved.id, picture }));
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={product ? t('products.form.titleEdit', { code: product.code }) : t('products.form.titleNew')}
        onClick={(event) => event.stopPropagation()}
        onSubmit={(event) => void submit(event)}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <h2>{product ? t('products.form.titleEdit', { code: product.code }) : t('products.form.titleNew')}</h2>
        <label>{t('products.form.code')}<input name="code" required defaultValue={product?.code} autoFocus /></label>
        <label>{t('products.form.name')}<input name="name" required defaultValue={product?.name} /></label>
        <div className="row">
          <label>{t('products.form.price')}<input name="price" required inputMode="numeric" defaultValue={product?.price} /></label>
          <label>{t('products.form.unit')}<input name="unit" defaultValue={product?.unit} /></label>
        </div>
        <div className="row">
          <label>{t('products.form.stock')}<input name="stock" type="number" min={0} defaultValue={product?.stock ?? 0} /></label>
          <label>{t('products.form.stars')}
            <select name="ocopStars" defaultValue={product?.ocopStars ?? ''}>
              <option value="">—</option>
              {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{'★'.repeat(n)}</option>)}
            </select>
          </label>
        </div>
        <label>{t('products.form.aliases')}<input name="aliases" defaultValue={product?.aliases.join(' | ')} /></label>
        <label>{t('products.form.description')}<textarea name="description" rows={3} defaultValue={product?.description} /></label>
        <PicturePicker
          label={t('products.form.picture')}
          currentUrl={product && product.image !== '' ? `/overlays/product-image/${product.id}?v=${encodeURIComponent(product.updatedAt)}` : ''}
          onChange={setPicture}
          testId="product-picture"
        />
        <details className="muted small">
          <summary>{t('products.form.imagePath')}</summary>
          <label>{t('products.form.image')}<input name="image" defaultValue={product?.image} /></label>
        </details>
        {error && <p className="error" role="alert">{error}</p>}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>{t('common.save')}</button>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </div>
  );
}
