import { buildOrderVietQr, buildVietQr, findBank, findBankByBin, normalizePurpose, parseVietQr, VIETQR_BANKS, VietQrError } from '../../core/vietqr';
import { qrSvg } from '../../adapters/qr/qr-image';
import { AppError, notFound } from '../errors';
import { adminRepository } from '../orders-admin/order-admin-service';
import { storePicture } from './pictures';
import type { overlayCommands, VietQrResult } from '../contract/overlay';
import type { HandlersFor } from './define';

function vietQrFailure(error: unknown): never {
  if (error instanceof VietQrError) throw new AppError('VIETQR_INVALID', error.message, error.messageEn, 422, error.issues);
  throw error;
}

async function describe(payload: string, accountName: string): Promise<VietQrResult> {
  const parsed = parseVietQr(payload);
  return {
    payload,
    purpose: parsed.purpose,
    amount: parsed.amount,
    svg: await qrSvg(payload),
    bankName: findBankByBin(parsed.bin)?.shortName ?? parsed.bin,
    account: parsed.account,
    accountName,
  };
}

export const overlayHandlers: HandlersFor<typeof overlayCommands> = {
  getOverlayState: (_input, ctx) => ctx.overlays.getState(),
  updateOverlayState: (patch, ctx) => ctx.overlays.update(patch),
  setOverlayVisible: ({ kind, visible }, ctx) => ctx.overlays.setVisible(kind, visible),
  hideAllOverlays: (_input, ctx) => ctx.overlays.hideAll(),
  setOverlayLogo: ({ picture }, ctx) => ctx.overlays.update({ theme: { logo: picture === null ? '' : storePicture(ctx.dataDir, picture) } }),
  startFlashSale: (input, ctx) => ctx.overlays.startFlashSale(input),
  showOrderPayment: ({ orderId }, ctx) => {
    if (orderId === null) return ctx.overlays.showOrderPayment(null);
    const order = adminRepository(ctx).get(orderId);
    if (!order) throw notFound('đơn hàng', 'Order');
    if (order.due <= 0) {
      throw new AppError('ORDER_NOTHING_DUE', `Đơn ${order.code} không còn gì phải trả.`, `Order ${order.code} has nothing left to pay.`, 409);
    }
    return ctx.overlays.showOrderPayment({ orderId: order.id, code: order.code, amount: order.due, paid: order.paid, customerName: order.customerName });
  },
  stopFlashSale: (_input, ctx) => ctx.overlays.stopFlashSale(),
  getOverlayView: (_input, ctx) => ctx.overlays.view(),
  listBanks: () => VIETQR_BANKS.map((bank) => ({ ...bank })),
  makeVietQr: async (input) => {
    // A bank may be given by BIN or by its short code ("VCB", "ICB").
    const bin = findBankByBin(input.bin)?.bin ?? findBank(input.bin)?.bin ?? input.bin;
    let payload: string;
    try {
      payload = buildVietQr({ bin, account: input.account, amount: input.amount ?? null, purpose: input.purpose ?? '' });
    } catch (error) {
      vietQrFailure(error);
    }
    return describe(payload, input.accountName ?? '');
  },
  orderVietQr: async (input, ctx) => {
    const account = ctx.overlays.getState().payment;
    if (account.bin === '' || account.account === '') {
      throw new AppError(
        'PAYMENT_ACCOUNT_MISSING',
        'Chưa có tài khoản nhận tiền: nhập ngân hàng và số tài khoản trong phần Mã QR thanh toán',
        'No receiving account yet: enter the bank and account number under Payment QR',
        409,
      );
    }
    let payload: string;
    try {
      payload = buildOrderVietQr(account, { code: normalizePurpose(input.code), total: input.total }, input.note ?? '').payload;
    } catch (error) {
      vietQrFailure(error);
    }
    return describe(payload, account.accountName);
  },
};
