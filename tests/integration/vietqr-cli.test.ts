// The `vietqr` command end to end: the payload it prints, and the PNG it saves
// read back by a real QR reader (zbarimg from zbar-tools).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';
import { qrPng } from '../../src/adapters/qr/qr-image';
import { buildOrderVietQr } from '../../src/core/vietqr';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../../bin/ocop-live.mjs', import.meta.url));
const ZBARIMG = '/usr/bin/zbarimg';
const temp = makeTempDir();
afterAll(() => temp.cleanup());

async function decodeQr(file: string): Promise<string> {
  const { stdout } = await run(ZBARIMG, ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', file]);
  return stdout.replace(/\n$/, '');
}

const PUBLISHED = '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C';

describe('ocop-live vietqr', () => {
  it('prints the published payload and saves a PNG that a QR reader decodes to the same text', async () => {
    const png = join(temp.dir, 'lu-lut.png');
    const svg = join(temp.dir, 'lu-lut.svg');
    const { stdout } = await run(process.execPath, [
      CLI, 'vietqr', '--bin', '970415', '--account', '0011001932418', '--amount', '120000', '--message', 'ung ho lu lut', '--png', png, '--svg', svg,
    ]);
    expect(stdout.trim()).toBe(PUBLISHED);
    expect(existsSync(ZBARIMG), 'zbarimg is missing: apt-get install zbar-tools').toBe(true);
    expect(await decodeQr(png)).toBe(PUBLISHED);
    const svgText = readFileSync(svg, 'utf8');
    expect(svgText.startsWith('<svg')).toBe(true);
    expect(svgText).toContain('<path');
  });

  it('explains every wrong argument in Vietnamese and English and exits non-zero', async () => {
    const failure = await run(process.execPath, [CLI, 'vietqr', '--bin', '970499', '--account', '12ab!', '--amount', '120000']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(typeof failure === 'object' && 'code' in failure ? failure.code : 0).toBe(1);
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr).toContain('Không có ngân hàng nào mang mã BIN 970499');
    expect(stderr).toContain('No bank in the VietQR list has BIN 970499');
    expect(stderr).toContain('Số tài khoản');
  });

  it('makes per-order codes whose PNG decodes to the payload with the order code in the memo', async () => {
    const qr = buildOrderVietQr({ bin: '970436', account: '1023456789', accountName: 'NGUYEN THI LAN' }, { code: 'DH0042', total: 245000 }, 'Mật ong');
    const file = join(temp.dir, 'order.png');
    writeFileSync(file, await qrPng(qr.payload));
    const decoded = await decodeQr(file);
    expect(decoded).toBe(qr.payload);
    expect(decoded).toContain('0814DH0042 Mat ong');
  });
});
