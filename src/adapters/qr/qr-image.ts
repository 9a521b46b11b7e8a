// QR images of a payload (VietQR and the like) through the `qrcode` package.
// Error correction M and a 4-module quiet zone: what bank apps scan reliably
// off a phone screen or a stream.
import QRCode from 'qrcode';

export interface QrImageOptions {
  /** Width of the PNG in pixels (the code is scaled to fit). */
  width?: number;
  dark?: string;
  light?: string;
}

const base = (options: QrImageOptions) => ({
  errorCorrectionLevel: 'M' as const,
  margin: 4,
  color: { dark: options.dark ?? '#000000ff', light: options.light ?? '#ffffffff' },
});

export function qrPng(payload: string, options: QrImageOptions = {}): Promise<Buffer> {
  return QRCode.toBuffer(payload, { ...base(options), type: 'png', width: options.width ?? 512 });
}

export function qrSvg(payload: string, options: QrImageOptions = {}): Promise<string> {
  return QRCode.toString(payload, { ...base(options), type: 'svg' });
}

export async function qrPngDataUrl(payload: string, options: QrImageOptions = {}): Promise<string> {
  return `data:image/png;base64,${(await qrPng(payload, options)).toString('base64')}`;
}
