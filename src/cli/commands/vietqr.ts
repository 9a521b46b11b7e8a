import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { buildVietQr, findBank, findBankByBin, VIETQR_BANKS, VietQrError } from '../../core/vietqr';
import { qrPng, qrSvg } from '../../adapters/qr/qr-image';
import { fail } from '../fail';

interface VietQrOptions {
  bin?: string;
  account?: string;
  amount?: string;
  message?: string;
  png?: string;
  svg?: string;
  banks?: boolean;
}

export function registerVietQr(program: Command): void {
  program
    .command('vietqr')
    .description('In nội dung mã VietQR chuyển khoản, tuỳ chọn lưu ảnh PNG/SVG (print a VietQR transfer payload; optionally save PNG/SVG)')
    .option('--bin <bin>', 'mã BIN ngân hàng, hoặc tên viết tắt như VCB, ICB (bank BIN or short code)')
    .option('--account <number>', 'số tài khoản nhận (receiving account)')
    .option('--amount <dong>', 'số tiền, đồng; bỏ trống để người trả tự nhập (amount in đồng; omit for a static code)')
    .option('--message <text>', 'nội dung chuyển khoản, tối đa 25 ký tự, tự bỏ dấu (transfer memo, 25 chars, diacritics removed)')
    .option('--png <file>', 'lưu ảnh PNG (save a PNG)')
    .option('--svg <file>', 'lưu ảnh SVG (save an SVG)')
    .option('--banks', 'liệt kê ngân hàng và mã BIN (list banks and BINs)')
    .action(async (options: VietQrOptions) => {
      if (options.banks) {
        for (const bank of VIETQR_BANKS) console.log(`${bank.bin}\t${bank.code}\t${bank.shortName}\t${bank.name}`);
        return;
      }
      if (!options.bin || !options.account) fail('Cần --bin và --account (--bin and --account are required)');
      const bin = findBankByBin(options.bin)?.bin ?? findBank(options.bin)?.bin ?? options.bin;
      let amount: number | null = null;
      if (options.amount !== undefined) {
        // "120000" or grouped by thousands the Vietnamese way: "120.000", "1.200.000".
        const text = options.amount.trim();
        amount = /^\d+$|^\d{1,3}([.,_ ]\d{3})+$/.test(text) ? Number(text.replace(/[.,_ ]/g, '')) : Number.NaN;
        if (Number.isNaN(amount)) fail(`Số tiền không hợp lệ: ${options.amount} (invalid amount)`);
      }
      let payload: string;
      try {
        payload = buildVietQr({ bin, account: options.account, amount, purpose: options.message ?? '' });
      } catch (error) {
        if (error instanceof VietQrError) {
          for (const issue of error.issues) console.error(`${issue.message} (${issue.messageEn})`);
          process.exit(1);
        }
        throw error;
      }
      console.log(payload);
      try {
        if (options.png) writeFileSync(options.png, await qrPng(payload));
        if (options.svg) writeFileSync(options.svg, await qrSvg(payload));
      } catch (error) {
        fail(`Không ghi được tệp ảnh: ${(error as Error).message} (cannot write the image file)`);
      }
    });
}
