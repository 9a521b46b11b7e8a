// The tally of one session: headline figures, orders over time with bands
// showing which product was on screen, products sold, top buyers.
import { useMemo, useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CommandResult } from '../../../../src/app/contract';
import { formatVnd } from '../../../../src/core/money/vnd';
import { useTranslation } from '../../i18n';

type Tally = CommandResult<'getSessionTally'>;

const PALETTE = ['#cfe8d8', '#f6dfb4', '#d6e0f5', '#f3cfd6', '#e2d6f3', '#d4efef', '#efe6c8', '#dfe9c4'];
const time = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });

/** One colour per product, the same every time it comes back on screen. */
function colours(tally: Tally): Map<string, string> {
  const map = new Map<string, string>();
  for (const band of tally.bands) if (!map.has(band.code)) map.set(band.code, PALETTE[map.size % PALETTE.length]!);
  return map;
}

export function Kpi({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  return (
    <div className="kpi" data-testid={testId}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{value}</div>
      {hint && <div className="muted small">{hint}</div>}
    </div>
  );
}

export function TallyView({ tally }: { tally: Tally }) {
  const { t } = useTranslation('orders');
  const colourOf = useMemo(() => colours(tally), [tally]);
  const bucketMs = tally.bucketMinutes * 60_000;
  // A bar is drawn centred on its x: placed at the middle of its bucket it sits inside the band of the
  // product on screen then, instead of straddling the line where the showcase changed.
  const data = tally.series.map((point) => ({ ...point, start: Date.parse(point.at), time: Date.parse(point.at) + bucketMs / 2 }));
  const first = data[0]?.start ?? 0;
  const last = (data.at(-1)?.start ?? 0) + bucketMs;
  const bucketLabel = (middle: number) =>
    tally.bucketMinutes === 1 ? time.format(middle - bucketMs / 2) : `${time.format(middle - bucketMs / 2)}–${time.format(middle + bucketMs / 2)}`;
  const [chartWidth, setChartWidth] = useState(600);
  // Plot area = chart width less the Y axis (36) and right margin (12); a bar takes at most 70 % of its bucket, so it stays inside it.
  const barSize = Math.max(1, Math.min(18, (0.7 * Math.max(0, chartWidth - 48)) / Math.max(1, data.length)));
  const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format(tally.conversion);

  return (
    <div className="tally">
      <div className="kpis">
        <Kpi testId="kpi-revenue" label={t('kpi.revenue')} value={formatVnd(tally.revenue)} hint={t('kpi.revenueHint')} />
        <Kpi testId="kpi-orders" label={t('kpi.orders')} value={String(tally.orders)} hint={t('kpi.cancelled', { count: tally.cancelledOrders })} />
        <Kpi label={t('kpi.average')} value={formatVnd(tally.averageOrder)} />
        <Kpi testId="kpi-paid" label={t('kpi.paid')} value={formatVnd(tally.paidRevenue)} hint={t('kpi.paidHint', { count: tally.paidOrders })} />
        <Kpi label={t('kpi.customers')} value={String(tally.customers)} hint={t('kpi.newReturning', { new: tally.newCustomers, returning: tally.returningCustomers })} />
        <Kpi label={t('kpi.comments')} value={String(tally.comments)} hint={t('kpi.conversion', { count: tally.commentsToOrders, percent })} />
        <Kpi label={t('kpi.units')} value={String(tally.units)} />
      </div>

      <section className="card">
        <h2>{t('chart.title', { minutes: tally.bucketMinutes })}</h2>
        {tally.orders === 0 ? (
          <p className="muted">{t('chart.none')}</p>
        ) : (
          <>
            <div className="chart" data-testid="orders-chart">
              <ResponsiveContainer width="100%" height={280} onResize={(width) => setChartWidth(width)}>
                <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  {tally.bands.map((band, index) => (
                    <ReferenceArea
                      key={`${band.code}-${index}`}
                      x1={Math.max(first, Date.parse(band.from))}
                      x2={Math.min(last, Date.parse(band.to))}
                      fill={colourOf.get(band.code)}
                      fillOpacity={0.7}
                      ifOverflow="hidden"
                    />
                  ))}
                  <XAxis dataKey="time" type="number" scale="time" domain={[first, last]} tickFormatter={(value: number) => time.format(value)} />
                  <YAxis allowDecimals={false} width={36} />
                  <Tooltip
                    labelFormatter={(value) => bucketLabel(Number(value))}
                    formatter={(value) => [String(value), t('chart.orders')]}
                  />
                  <Bar dataKey="orders" name={t('chart.orders')} fill="#1f6b46" barSize={barSize} />
                </ComposedChart>
              </ResponsiveContainer>
            </div>
            <ul className="legend">
              {[...colourOf.entries()].map(([code, colour]) => {
                const band = tally.bands.find((b) => b.code === code)!;
                return (
                  <li key={code}>
                    <span className="swatch" style={{ background: colour }} /> {t('chart.onScreen', { name: `${code} · ${band.name}` })}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <div className="tally-columns">
        <section className="card">
          <h2>{t('items.title')}</h2>
          <table className="table" data-testid="tally-items">
            <thead>
              <tr>
                <th>{t('items.code')}</th>
                <th>{t('items.name')}</th>
                <th className="num">{t('items.quantity')}</th>
                <th className="num">{t('items.whileShown')}</th>
                <th className="num">{t('items.revenue')}</th>
              </tr>
            </thead>
            <tbody>
              {tally.itemList.map((item) => (
                <tr key={item.code}>
                  <td><code>{item.code}</code></td>
                  <td>{item.name}</td>
                  <td className="num">{item.quantity}</td>
                  <td className="num">{item.quantityWhileShown}</td>
                  <td className="num">{formatVnd(item.revenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card">
          <h2>{t('buyers.title')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th>{t('buyers.name')}</th>
                <th className="num">{t('buyers.orders')}</th>
                <th className="num">{t('buyers.revenue')}</th>
              </tr>
            </thead>
            <tbody>
              {tally.topBuyers.map((buyer) => (
                <tr key={buyer.customerId}>
                  <td>
                    {buyer.name} <span className={`tag ${buyer.returning ? 'tag-returning' : ''}`}>{buyer.returning ? t('buyers.returning') : t('buyers.new')}</span>
                    {buyer.phone && <div className="muted small">{buyer.phone}</div>}
                  </td>
                  <td className="num">{buyer.orders}</td>
                  <td className="num">{formatVnd(buyer.revenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  );
}
