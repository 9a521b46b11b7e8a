// Sessions side by side: revenue and orders over time, best products.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CommandResult } from '../../../../src/app/contract';
import { formatVnd } from '../../../../src/core/money/vnd';
import { useTranslation } from '../../i18n';

type Comparison = CommandResult<'compareSessions'>;

const short = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const PRODUCT_COLOURS = ['#1f6b46', '#c98a1b', '#3d6fb6', '#b64a5a', '#7a5bb5'];

export function CompareView({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('orders');
  const sessions = comparison.sessions.filter((s) => s.orders > 0);
  if (sessions.length === 0) return <p className="muted">{t('compare.empty')}</p>;
  const productData = sessions.map((session) => ({
    name: session.name,
    ...Object.fromEntries(comparison.products.map((p) => [p.code, p.bySession[String(session.sessionId)] ?? 0])),
  }));
  return (
    <div className="compare">
      <section className="card">
        <h2>{t('compare.title')}</h2>
        <div className="chart" data-testid="compare-chart">
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={sessions} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" />
              <YAxis yAxisId="money" tickFormatter={(value: number) => short.format(value)} width={56} />
              <YAxis yAxisId="count" orientation="right" allowDecimals={false} width={36} />
              <Tooltip formatter={(value, name) => (name === t('compare.revenue') ? formatVnd(Number(value)) : String(value))} />
              <Legend />
              <Bar yAxisId="money" dataKey="revenue" name={t('compare.revenue')} fill="#1f6b46" />
              <Bar yAxisId="count" dataKey="orders" name={t('compare.orders')} fill="#c98a1b" />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="table">
          <thead>
            <tr>
              <th>{t('session')}</th>
              <th className="num">{t('compare.revenue')}</th>
              <th className="num">{t('compare.orders')}</th>
              <th className="num">{t('compare.customers')}</th>
              <th>{t('compare.best')}</th>
              <th className="num">{t('compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.sessionId}>
                <td>{session.name}</td>
                <td className="num">{formatVnd(session.revenue)}</td>
                <td className="num">{session.orders}</td>
                <td className="num">{session.customers}</td>
                <td>{session.bestProduct ? `${session.bestProduct.code} · ${session.bestProduct.name}` : '—'}</td>
                <td className="num">{session.revenueChange === null ? '—' : signed.format(session.revenueChange)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {comparison.products.length > 0 && (
        <section className="card">
          <h2>{t('compare.products')}</h2>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={productData} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" />
              <YAxis tickFormatter={(value: number) => short.format(value)} width={56} />
              <Tooltip formatter={(value) => formatVnd(Number(value))} />
              <Legend />
              {comparison.products.map((product, index) => (
                <Bar key={product.code} dataKey={product.code} name={`${product.code} · ${product.name}`} stackId="p" fill={PRODUCT_COLOURS[index % PRODUCT_COLOURS.length]} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </section>
      )}
    </div>
  );
}
