// A certificate of completion as a one-page A4 PDF (pdfkit), in Vietnamese
// with English beneath, using a font with every Vietnamese glyph embedded so
// the learner's name prints and copies with its diacritics.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

export interface CertificateInput {
  learnerName: string;
  className: string;
  modules: { title: { vi: string; en: string }; completedAt: string | null }[];
  issuedAt: Date;
  /** Shown under the signature line above the "Giảng viên / Trainer" caption, e.g. the youth-union trainer's name. */
  trainerName?: string;
  fonts?: CertificateFonts;
}

export interface CertificateFonts {
  regular: string;
  bold: string;
}

export const FONTS_DIR = fileURLToPath(new URL('../../../assets/fonts', import.meta.url));
// Debian's DejaVu has full Vietnamese coverage; used only when the app's own fonts are absent.
const SYSTEM_FONTS: CertificateFonts = {
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
};

export class CertificateFontMissingError extends Error {
  constructor() {
    super('No font with Vietnamese glyphs found (assets/fonts or DejaVu)');
  }
}

/** The app's font from assets/fonts (regular and bold where present), else DejaVu from the system. */
export function findCertificateFonts(dir: string = FONTS_DIR): CertificateFonts {
  const files = existsSync(dir) ? readdirSync(dir).filter((file) => /\.(ttf|otf)$/i.test(file)).sort() : [];
  const upright = files.filter((file) => !/italic|oblique/i.test(file));
  const isBold = (file: string) => /bold|semibold|black|heavy/i.test(file);
  const regular = upright.find((file) => /regular/i.test(file)) ?? upright.find((file) => !isBold(file) && !/light|thin|medium/i.test(file));
  if (regular) {
    const bold = upright.find((file) => /-bold\.|_bold\.|bold\./i.test(file) && !/semi|extra/i.test(file)) ?? upright.find(isBold) ?? regular;
    return { regular: join(dir, regular), bold: join(dir, bold) };
  }
  if (existsSync(SYSTEM_FONTS.regular)) return existsSync(SYSTEM_FONTS.bold) ? SYSTEM_FONTS : { regular: SYSTEM_FONTS.regular, bold: SYSTEM_FONTS.regular };
  throw new CertificateFontMissingError();
}

function formatDate(date: Date): { vi: string; en: string } {
  const day = date.getDate();
  const month = date.getMonth() + 1;
  const year = date.getFullYear();
  const english = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return { vi: `ngày ${day} tháng ${month} năm ${year}`, en: english };
}

export function renderCertificate(input: CertificateInput): Promise<Buffer> {
  const fonts = input.fonts ?? findCertificateFonts();
  const name = input.learnerName.normalize('NFC');
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 48,
    info: { Title: `Giấy chứng nhận hoàn thành — ${name}`, Author: 'OCOP Live', Subject: 'Certificate of completion' },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { width, height } = doc.page;
  const green = '#1f7a4d';
  doc.lineWidth(3).strokeColor(green).rect(20, 20, width - 40, height - 40).stroke();
  doc.lineWidth(0.8).rect(28, 28, width - 56, height - 56).stroke();

  const left = 60;
  const textWidth = width - 120;
  const centred = { width: textWidth, align: 'center' as const };
  doc.fillColor('#555555').font('regular').fontSize(11).text('BÌNH DÂN HỌC VỤ SỐ · OCOP LIVE', left, 50, centred);
  doc.moveDown(0.8);
  doc.fillColor(green).font('bold').fontSize(28).text('GIẤY CHỨNG NHẬN HOÀN THÀNH', centred);
  doc.fillColor('#333333').font('regular').fontSize(13).text('Certificate of completion', centred);
  doc.moveDown(1);
  doc.fontSize(12).text('Chứng nhận học viên / This certifies that', centred);
  doc.moveDown(0.4);
  doc.fillColor('#111111').font('bold').fontSize(30).text(name, centred);
  if (input.className.trim() !== '') {
    doc.fillColor('#333333').font('regular').fontSize(12).text(`Lớp / Class: ${input.className.normalize('NFC')}`, centred);
  }
  doc.moveDown(0.8);
  doc.fillColor('#333333').font('regular').fontSize(12).text('đã hoàn thành các học phần / has completed the modules:', centred);
  doc.moveDown(0.4);

  const listSize = input.modules.length > 8 ? 10.5 : 12.5;
  const lineGap = input.modules.length > 8 ? 1 : 5;
  input.modules.forEach((module, index) => {
    doc
      .fillColor('#111111')
      .font('bold')
      .fontSize(listSize)
      .text(`${index + 1}. ${module.title.vi.normalize('NFC')}`, left + 80, undefined, { width: textWidth - 160, continued: true, lineGap })
      .fillColor('#555555')
      .font('regular')
      .text(`  —  ${module.title.en}`, { lineGap });
  });

  const date = formatDate(input.issuedAt);
  const footerY = height - 120;
  doc.fillColor('#333333').font('regular').fontSize(11);
  doc.text(`Cấp ${date.vi}`, left + 20, footerY, { width: 300 });
  doc.text(`Issued ${date.en}`, left + 20, footerY + 16, { width: 300 });
  const signX = width - 60 - 260;
  const signWidth = 240;
  doc.moveTo(signX, footerY + 30).lineTo(signX + signWidth, footerY + 30).lineWidth(0.6).strokeColor('#777777').stroke();
  const trainer = input.trainerName?.trim().normalize('NFC') ?? '';
  let captionY = footerY + 36;
  if (trainer !== '') {
    // The name sits under the line with the caption kept below it, so the role
    // still shows. It is shrunk to one line: a wrapped name would push the
    // caption past the bottom margin and pdfkit would start a second page
    // (a name too long even at 7 pt is cut with an ellipsis).
    let size = 12;
    doc.font('bold').fontSize(size);
    while (size > 7 && doc.widthOfString(trainer) > signWidth) doc.fontSize((size -= 0.5));
    doc.fillColor('#111111').text(trainer, signX, footerY + 36, { width: signWidth, align: 'center', height: size * 1.3, ellipsis: true });
    captionY = footerY + 36 + size * 1.3 + 2;
  }
  doc.fillColor('#333333').font('regular').fontSize(11);
  doc.text('Giảng viên / Trainer', signX, captionY, { width: signWidth, align: 'center', lineBreak: false });

  doc.end();
  return done;
}
