// Two buyers who are one person (a TikTok and a Facebook account, a typo'd
// name): the second's orders, accounts and waits move to the first.
import { useEffect, useState } from 'react';
import { client } from '../../api/client';
import type { CommandResult } from '../../../../src/app/contract';
import { formatVnd } from '../../../../src/core/money/vnd';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';

type Customer = CommandResult<'listCustomers'>[number];

function Picker({ label, value, onPick }: { label: string; value: Customer | null; onPick(customer: Customer | null): void }) {
  const { t } = useTranslation('orders');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Customer[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => void client.call('listCustomers', { query, limit: 8 }).then(setFound).catch(() => setFound([])), 150);
    return () => clearTimeout(timer);
  }, [query]);
  return (
    <fieldset className="picker">
      <legend>{label}</legend>
      {value ? (
        <p>
          <strong>{value.name}</strong> {value.phone} · {t('merge.orders', { count: value.orders })}{' '}
          <button type="button" onClick={() => onPick(null)}>×</button>
        </p>
      ) : (
        <>
          <input type="search" placeholder={t('merge.search')} aria-label={`${label}: ${t('merge.search')}`} value={query} onChange={(e) => setQuery(e.target.value)} />
          <ul className="pick-list">
            {found.map((customer) => (
              <li key={customer.id}>
                <button type="button" className="link" onClick={() => onPick(customer)}>
                  {customer.name} {customer.phone ?? ''} · {customer.identities.map((i) => i.platform).join(', ')} · {t('merge.orders', { count: customer.orders })} · {formatVnd(customer.spent)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}

export function MergeCustomersDialog({ onClose, onMerged }: { onClose(): void; onMerged(): void }) {
  const { t } = useTranslation('orders');
  const toasts = useToasts();
  const [keep, setKeep] = useState<Customer | null>(null);
  const [other, setOther] = useState<Customer | null>(null);
  const submit = async () => {
    if (!keep || !other) return;
    try {
      const result = await client.call('mergeCustomers', { keepId: keep.id, mergeId: other.id });
      toasts.show(t('merge.done'), { undo: () => void client.call('undoOrderChange', { id: result.journalId }).then(onMerged) });
      onMerged();
      onClose();
    } catch (error) {
      toasts.show(errorText(error), { kind: 'error' });
    }
  };
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <div className="dialog" role="dialog" aria-modal="true" aria-label={t('merge.title')} onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2>{t('merge.title')}</h2>
        <p className="muted small">{t('merge.hint')}</p>
        <Picker label={t('merge.keep')} value={keep} onPick={setKeep} />
        <Picker label={t('merge.other')} value={other} onPick={setOther} />
        <div className="actions">
          <button type="button" className="primary" disabled={!keep || !other || keep.id === other.id} onClick={() => void submit()}>{t('merge.submit')}</button>
          <button type="button" onClick={onClose}>{t('common.cancel', { ns: 'translation' })}</button>
        </div>
      </div>
    </div>
  );
}
