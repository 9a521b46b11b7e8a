// A five-minute stream of 22/11/2026 in which the product on screen changes,
// with what sold (and what sold while shown) counted by hand. The tally tests
// replay it through the app, `ocop-live replay` and a replay chat source, and
// each must come to these counts.

/** A transcript time: minutes and seconds after 12:00 UTC on 22/11/2026. */
export const at = (clock: string) => `2026-11-22T12:${clock}Z`;

const line = (id: string, user: string, text: string, clock: string, showcase?: string | null) =>
  JSON.stringify({ id, platform: 'tiktok', user, userId: user, text, ts: at(clock), ...(showcase === undefined ? {} : { showcase }) });

/** One JSON line per comment (the replay format); `showcase` where the product on screen changes. */
export const SHOWCASE_TRANSCRIPT = [
  line('r1', 'Lan', 'chốt 2 chai mật ong', '00:00', 'MO1'), //  MO1 ×2, MO1 on screen
  line('r2', 'Minh', '+1', '00:40'), //                          MO1 ×1, MO1 on screen (cancelled below)
  line('r3', 'Hoa', 'CF2 x3', '01:20', 'CF2'), //                CF2 ×3, CF2 on screen
  line('r4', 'Lan', 'CF2 x1', '01:50'), //                       CF2 ×1, CF2 on screen (joins her order)
  line('r5', 'Tuấn', 'CF2 x2', '02:30', 'KS1'), //               CF2 ×2 while KS1 is shown
  line('r6', 'Hoa', 'KS1 x1', '02:45'), //                       KS1 ×1, KS1 on screen
  line('r7', 'Bình', '+1', '03:10', 'MO1'), //                   MO1 ×1, MO1 on screen again
  line('r8', 'Tuấn', 'KS1 x1', '03:30'), //                      KS1 ×1 while MO1 is shown
  line('r9', 'Vy', 'chốt 1 chai mật ong', '04:00', null), //     MO1 ×1, nothing on screen
  line('r10', 'Minh', 'hủy đơn', '05:00'), //                    Minh's order cancelled
];

/** Units per product, and how many of them were ordered while that product was on screen. */
export const SOLD_BY_HAND = {
  MO1: { quantity: 2 + 1 + 1, quantityWhileShown: 2 + 1 },
  CF2: { quantity: 3 + 1 + 2, quantityWhileShown: 3 + 1 },
  KS1: { quantity: 1 + 1, quantityWhileShown: 1 },
};
