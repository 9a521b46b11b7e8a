// Prices are whole đồng: VND has no minor unit in daily use.
const formatter = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** 150000 → "150.000 ₫" (Vietnamese grouping whatever the UI language). */
export function formatVnd(amount: number): string {
  return `${formatter.format(Math.round(amount))} ₫`;
}
