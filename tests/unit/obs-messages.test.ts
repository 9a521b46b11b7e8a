import { describe, expect, it } from 'vitest';
import { explainConnectError } from '../../src/adapters/obs/obs-errors';
import { nativeSettings, obsColour } from '../../src/adapters/obs/overlay-sources';
import { buildOverlayView, DEFAULT_OVERLAY_STATE } from '../../src/core/overlay';

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4455'), { code: -1 });

describe('what a seller is told when OBS cannot be reached', () => {
  it('says OBS is not open when nothing listens and no OBS runs on this machine', () => {
    const error = explainConnectError(refused, { host: '127.0.0.1', port: 4455, obsRunning: false });
    expect(error.code).toBe('OBS_NOT_RUNNING');
    expect(error.message).toContain('OBS Studio chưa mở');
    expect(error.messageEn).toContain('OBS Studio is not running');
  });

  it('gives the steps to turn the WebSocket server on when OBS runs but refuses', () => {
    const error = explainConnectError(refused, { host: '127.0.0.1', port: 4455, obsRunning: true });
    expect(error.code).toBe('OBS_WEBSOCKET_DISABLED');
    expect(error.message).toContain('Tools (Công cụ) → WebSocket Server Settings');
  });

  it('names both causes when OBS is on another machine and cannot be checked', () => {
    const error = explainConnectError(refused, { host: '192.168.1.20', port: 4455, obsRunning: null });
    expect(error.code).toBe('OBS_UNREACHABLE');
    expect(error.message).toContain('192.168.1.20:4455');
    expect(error.messageEn).toContain('WebSocket server is off');
  });

  it('tells a missing password from a wrong one', () => {
    const missing = Object.assign(new Error("Your payload's data is missing an `authentication` string, however authentication is required."), { code: 4009 });
    expect(explainConnectError(missing, { host: '127.0.0.1', port: 4455, obsRunning: true }).code).toBe('OBS_PASSWORD_REQUIRED');
    const wrong = Object.assign(new Error('Authentication failed.'), { code: 4009 });
    expect(explainConnectError(wrong, { host: '127.0.0.1', port: 4455, obsRunning: true }).code).toBe('OBS_WRONG_PASSWORD');
  });
});

describe('native OBS sources', () => {
  it('writes colours the way OBS reads them (0xAABBGGRR)', () => {
    expect(obsColour('#ff0000')).toBe(0xff0000ff);
    expect(obsColour('#1f7a4d', 0x80)).toBe(0x804d7a1f);
  });

  it('puts the product text in the card sources and hides an empty goal bar', () => {
    const product = {
      id: 1, code: 'MO1', name: 'Mật ong', price: 180000, unit: 'hũ', stock: 1, aliases: [], ocopStars: 3, description: '', image: '',
      createdAt: '', updatedAt: '',
    };
    const view = buildOverlayView(DEFAULT_OVERLAY_STATE, {
      product, orders: [], salesTotal: 0, flashProduct: null, flashSold: 0, payment: { ready: false, bankName: '' },
      urls: { productImage: () => '', logo: '', paymentQr: '' },
    }, new Date(), 1);
    const settings = nativeSettings(view, { productImage: null, paymentQr: null }, 'portrait');
    expect(settings.get('OCOP • Thẻ sản phẩm • tên')?.text).toBe('Mật ong');
    expect(settings.get('OCOP • Thẻ sản phẩm • giá')?.text).toBe('180.000 ₫ / hũ');
    expect(settings.get('OCOP • Thẻ sản phẩm • ảnh')?.file).toBe('');
    expect((settings.get('OCOP • Mục tiêu doanh số • tiến độ')?.color as number) >>> 24).toBe(0);
  });
});
