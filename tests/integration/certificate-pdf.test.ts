// The certificate PDF read back with poppler (pdftotext, pdfinfo): what a
// trainer prints must say who signed it and in what role.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCertificate, type CertificateInput } from '../../src/adapters/pdf/certificate';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir('ocop-certificate-');
afterAll(() => temp.cleanup());

const BASE: CertificateInput = {
  learnerName: 'Nguyễn Thị Hằng',
  className: 'Lớp 1',
  modules: [{ title: { vi: 'Bán mật ong trên livestream', en: 'Selling honey live' }, completedAt: '2025-03-01T10:00:00Z' }],
  issuedAt: new Date(2025, 2, 1),
};

let count = 0;
async function readBack(input: CertificateInput): Promise<{ lines: string[]; pages: number }> {
  const file = join(temp.dir, `certificate-${(count += 1)}.pdf`);
  writeFileSync(file, await renderCertificate(input));
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { lines: text.split('\n').map((line) => line.trim()), pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) };
}

const lineOf = (lines: string[], text: string) => lines.findIndex((line) => line.includes(text));

describe('certificate PDF', () => {
  it('keeps the trainer caption under the signature line when no trainer name is given', async () => {
    const { lines, pages } = await readBack(BASE);
    expect(lineOf(lines, 'Giảng viên / Trainer')).toBeGreaterThan(-1);
    expect(pages).toBe(1);
  });

  it('prints the trainer name with the "Giảng viên / Trainer" caption below it', async () => {
    const { lines, pages } = await readBack({ ...BASE, trainerName: 'Trần Văn Đức' });
    const name = lineOf(lines, 'Trần Văn Đức');
    const caption = lineOf(lines, 'Giảng viên / Trainer');
    expect(name).toBeGreaterThan(-1);
    expect(caption).toBeGreaterThan(name);
    expect(pages).toBe(1);
  });

  it('keeps a very long trainer name on one page with its caption', async () => {
    const longName = 'Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Tân Phước Khánh, thị xã Tân Uyên, tỉnh Bình Dương';
    const { lines, pages } = await readBack({ ...BASE, trainerName: longName });
    expect(pages).toBe(1);
    expect(lineOf(lines, 'Giảng viên / Trainer')).toBeGreaterThan(lineOf(lines, 'Bí thư Đoàn'));
  });
});
