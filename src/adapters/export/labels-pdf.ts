// Shipping labels and packing slips as a PDF ready to print: A6 (one per
// sheet, thermal label printers) or A4 (four labels per sheet to cut, or one
// packing slip per sheet). The font is embedded so Vietnamese prints right on
// any printer; the order code is a QR (drawn as vector squares, sharp at any
// size) that a phone scans to find the order.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { LabelOrder, LabelSender } from '../../core/reports/export-columns';
import { formatVnd } from '../../core/money/vnd';
import { vietnamTimeText } from './cell-values';
import { buildOrderVietQr, type PaymentAccount } from '../../core/vietqr';

export type LabelLayout = 'label-a6' | 'label-a4' | 'slip-a4' | 'slip-a6';

export interface LabelFonts {
  regular: string | Buffer;
  bold: string | Buffer;
}

export interface LabelOptions {
  layout: LabelLayout;
  fonts: LabelFonts;
  sender?: LabelSender;
  language?: 'vi' | 'en';
  /** The seller's receiving account: a slip with money to collect then carries the order's VietQR. */
  payTo?: PaymentAccount;
}

const MM = 72 / 25.4;
const A6: [number, number] = [105 * MM, 148 * MM];
const A4: [number, number] = [210 * MM, 297 * MM];

const TEXT = {
  vi: {
    to: 'NGƯỜI NHẬN',
    from: 'Người gửi',
    order: 'Mã đơn',
    cod: 'THU HỘ (COD)',
    nothingToCollect: 'Đã thanh toán — không thu tiền',
    items: 'Hàng trong gói',
    more: (n: number) => `… và ${n} sản phẩm khác`,
    note: 'Ghi chú',
    slip: 'PHIẾU ĐÓNG GÓI',
    columns: ['Mã', 'Sản phẩm', 'SL', 'Đơn giá', 'Thành tiền'],
    total: 'Tổng cộng',
    paid: 'Đã trả',
    checked: 'Đã kiểm hàng: ☐',
    phone: 'ĐT',
    noPhone: 'THIẾU SỐ ĐIỆN THOẠI',
    noAddress: 'THIẾU ĐỊA CHỈ: hỏi khách trước khi gửi',
    payByQr: (amount: string) => `Chuyển khoản thay tiền mặt: quét mã bằng ứng dụng ngân hàng, đúng ${amount}, nội dung đã có mã đơn.`,
  },
  en: {
    to: 'SHIP TO',
    from: 'From',
    order: 'Order',
    cod: 'COLLECT ON DELIVERY',
    nothingToCollect: 'Paid — nothing to collect',
    items: 'In this parcel',
    more: (n: number) => `… and ${n} more`,
    note: 'Note',
    slip: 'PACKING SLIP',
    columns: ['Code', 'Product', 'Qty', 'Unit price', 'Amount'],
    total: 'Total',
    paid: 'Paid',
    checked: 'Checked: ☐',
    phone: 'Tel',
    noPhone: 'NO PHONE NUMBER',
    noAddress: 'NO ADDRESS: ask the buyer before shipping',
    payByQr: (amount: string) => `Pay by transfer instead of cash: scan with a banking app; ${amount}, the memo already carries the order code.`,
  },
};

type Doc = PDFKit.PDFDocument;

/** The order code as a QR of filled squares, `size` points wide, top-left at (x, y). */
function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + quiet * 2);
  doc.save().rect(x, y, size, size).fill('#ffffff').fillColor('#000000');
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (qr.modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fill('#000000').restore();
}

/** One shipping label in the box (x, y, width, height). */
function drawLabel(doc: Doc, order: LabelOrder, box: { x: number; y: number; w: number; h: number }, options: LabelOptions): void {
  const t = TEXT[options.language ?? 'vi'];
  const pad = 8;
  const left = box.x + pad;
  const width = box.w - pad * 2;
  const qrSize = Math.min(76, width * 0.3);
  doc.lineWidth(1).rect(box.x + 3, box.y + 3, box.w - 6, box.h - 6).stroke('#000000');

  // The order code and its QR on top: what the packer and the courier look for first.
  drawQr(doc, order.code, left + width - qrSize, box.y + pad, qrSize);
  doc.font('bold').fontSize(9).fillColor('#000000').text(t.order, left, box.y + pad, { width: width - qrSize - 6 });
  doc.font('bold').fontSize(22).text(order.code, left, doc.y, { width: width - qrSize - 6 });
  doc.font('regular').fontSize(7.5).text(vietnamTimeText(order.createdAt), left, doc.y, { width: width - qrSize - 6 });
  if (options.sender && options.sender.name !== '') {
    const from = [options.sender.name, options.sender.phone, options.sender.address].filter((part) => part !== '').join(' · ');
    doc.font('regular').fontSize(7).text(`${t.from}: ${from}`, left, doc.y + 2, { width: width - qrSize - 6, height: 28, ellipsis: true });
  }

  let y = Math.max(doc.y, box.y + pad + qrSize) + 6;
  doc.moveTo(left, y).lineTo(left + width, y).stroke();
  y += 5;
  doc.font('bold').fontSize(8).text(t.to, left, y, { width });
  doc.font('bold').fontSize(14).text(order.customer, left, doc.y, { width, height: 36, ellipsis: true });
  // A missing phone or address is printed as missing, never as a blank a packer would not notice.
  if (order.phone !== '') doc.font('bold').fontSize(12).text(`${t.phone}: ${order.phone}`, left, doc.y, { width });
  else doc.font('bold').fontSize(11).text(`${t.phone}: ${t.noPhone}`, left, doc.y, { width });
  if (order.address !== '') doc.font('regular').fontSize(10).text(order.address, left, doc.y + 1, { width, height: 40, ellipsis: true });
  else doc.font('bold').fontSize(10).text(t.noAddress, left, doc.y + 1, { width });

  const afterAddress = doc.y;
  // COD at the bottom in a box: the one number the courier must get right.
  const codHeight = 38;
  const codTop = box.y + box.h - pad - codHeight;
  doc.rect(left, codTop, width, codHeight).lineWidth(1.5).stroke();
  if (order.cod > 0) {
    doc.font('bold').fontSize(8).text(t.cod, left + 6, codTop + 5, { width: width - 12 });
    doc.font('bold').fontSize(17).text(formatVnd(order.cod), left + 6, codTop + 15, { width: width - 12 });
  } else {
    doc.font('bold').fontSize(11).text(t.nothingToCollect, left + 6, codTop + 13, { width: width - 12 });
  }

  y = afterAddress + 6;
  const itemsBottom = codTop - 6;
  doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.5).stroke();
  y += 4;
  doc.font('bold').fontSize(8).text(t.items, left, y, { width });
  doc.font('regular').fontSize(8.5);
  const lineHeight = doc.currentLineHeight(true) + 1;
  const noteSpace = order.note !== '' ? lineHeight * 2 : 0;
  const fits = Math.max(1, Math.floor((itemsBottom - doc.y - noteSpace) / lineHeight));
  const shown = order.items.length > fits ? order.items.slice(0, fits - 1) : order.items;
  for (const item of shown) {
    doc.text(`${item.qty} × ${item.code} ${item.name}`, left, doc.y, { width, lineBreak: false, ellipsis: true, height: lineHeight });
    doc.moveDown(0.1);
  }
  if (shown.length < order.items.length) doc.text(t.more(order.items.length - shown.length), left, doc.y, { width });
  if (order.note !== '') {
    doc.font('regular').fontSize(7.5).text(`${t.note}: ${order.note}`, left, Math.min(doc.y + 2, itemsBottom - noteSpace), { width, height: noteSpace, ellipsis: true });
  }
}

/** A packing slip filling the page: every item with prices, totals, and a box to tick. */
/** Returns how many pages beyond the first it needed. */
function drawSlip(doc: Doc, order: LabelOrder, options: LabelOptions): number {
  let extraPages = 0;
  const t = TEXT[options.language ?? 'vi'];
  const [pageWidth, pageHeight] = options.layout === 'slip-a6' ? A6 : A4;
  const margin = options.layout === 'slip-a6' ? 14 : 36;
  const scale = options.layout === 'slip-a6' ? 0.7 : 1;
  const width = pageWidth - margin * 2;
  const qrSize = 80 * scale;
  drawQr(doc, order.code, pageWidth - margin - qrSize, margin, qrSize);
  doc.font('bold').fontSize(16 * scale).text(t.slip, margin, margin, { width: width - qrSize - 8 });
  doc.font('bold').fontSize(20 * scale).text(order.code, margin, doc.y + 2, { width: width - qrSize - 8 });
  doc.font('regular').fontSize(9 * scale).text(vietnamTimeText(order.createdAt), margin, doc.y, { width: width - qrSize - 8 });
  if (options.sender && options.sender.name !== '') {
    doc.text(`${t.from}: ${[options.sender.name, options.sender.phone, options.sender.address].filter((p) => p !== '').join(' · ')}`, margin, doc.y + 2, { width: width - qrSize - 8 });
  }
  let y = Math.max(doc.y, margin + qrSize) + 8 * scale;
  doc.font('bold').fontSize(9 * scale).text(t.to, margin, y, { width });
  doc.font('bold').fontSize(13 * scale).text(order.customer, margin, doc.y, { width });
  doc.font('regular').fontSize(10 * scale).text(`${order.phone !== '' ? order.phone : t.noPhone} · ${order.address !== '' ? order.address : t.noAddress}`, margin, doc.y, { width });

  const widths = [0.13, 0.42, 0.09, 0.17, 0.19].map((share) => share * width);
  const xs = widths.map((_, index) => margin + widths.slice(0, index).reduce((a, b) => a + b, 0));
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(9 * scale);
    const height = Math.max(...cells.map((cell, index) => doc.heightOfString(cell, { width: widths[index]! - 4 }))) + 4;
    if (y + height > pageHeight - margin - 70 * scale) {
      doc.addPage({ size: [pageWidth, pageHeight], margin: 0 });
      extraPages += 1;
      y = margin;
    }
    cells.forEach((cell, index) => doc.text(cell, xs[index]! + 2, y + 2, { width: widths[index]! - 4, align: index >= 2 ? 'right' : 'left' }));
    y += height;
    doc.moveTo(margin, y).lineTo(margin + width, y).lineWidth(0.3).stroke();
  };
  y = doc.y + 10 * scale;
  row(t.columns, true);
  for (const item of order.items) row([item.code, item.name, String(item.qty), formatVnd(item.unitPrice), formatVnd(item.qty * item.unitPrice)], false);
  y += 6;
  const total = (label: string, value: string, size: number) => {
    doc.font('bold').fontSize(size * scale).text(`${label}: ${value}`, margin, y, { width, align: 'right' });
    y = doc.y + 2;
  };
  total(t.total, formatVnd(order.total), 11);
  if (order.total - order.cod > 0) total(t.paid, formatVnd(order.total - order.cod), 10);
  total(order.cod > 0 ? t.cod : t.nothingToCollect, order.cod > 0 ? formatVnd(order.cod) : '', 13);
  const transfer = order.cod > 0 && options.payTo ? orderTransferQr(options.payTo, order) : null;
  if (transfer) {
    // The buyer may pay the courier by transfer: the order's own VietQR, matched later by its memo and amount.
    const size = 92 * scale;
    if (y + size + 8 > pageHeight - margin) {
      doc.addPage({ size: [pageWidth, pageHeight], margin: 0 });
      extraPages += 1;
      y = margin;
    }
    drawQr(doc, transfer, margin + width - size, y + 4, size);
    doc.font('regular').fontSize(9 * scale).text(t.payByQr(formatVnd(order.cod)), margin, y + 8, { width: width - size - 10 });
    if (options.payTo) doc.text(`${options.payTo.accountName} · ${options.payTo.account}`, margin, doc.y + 2, { width: width - size - 10 });
    y = Math.max(doc.y, y + size + 4);
  }
  if (order.note !== '') doc.font('regular').fontSize(9 * scale).text(`${t.note}: ${order.note}`, margin, y + 4, { width });
  doc.font('regular').fontSize(9 * scale).text(t.checked, margin, doc.y + 10 * scale, { width });
  return extraPages;
}

/** The VietQR for what the courier would collect; null when the account or the code cannot make one (the slip prints without it). */
function orderTransferQr(account: PaymentAccount, order: LabelOrder): string | null {
  if (account.bin === '' || account.account === '') return null;
  try {
    return buildOrderVietQr(account, { code: order.code, total: order.cod }).payload;
  } catch {
    return null;
  }
}

/** Renders every order; resolves with the PDF bytes and how many pages it has. */
export async function renderLabelsPdf(
  orders: Iterable<LabelOrder>,
  options: LabelOptions,
): Promise<{ pdf: Buffer; pages: number; orders: number; missingAddress: number; missingPhone: number }> {
  const size = options.layout === 'label-a6' || options.layout === 'slip-a6' ? A6 : A4;
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: false, info: { Title: 'OCOP Live', Creator: 'OCOP Live' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont('regular', options.fonts.regular);
  doc.registerFont('bold', options.fonts.bold);
  let count = 0;
  let pages = 0;
  let missingAddress = 0;
  let missingPhone = 0;
  const newPage = () => {
    doc.addPage({ size, margin: 0 });
    pages += 1;
  };
  for (const order of orders) {
    if (order.address === '') missingAddress += 1;
    if (order.phone === '') missingPhone += 1;
    if (options.layout === 'label-a4') {
      // Four A6 labels to a sheet, with faint lines to cut along.
      const slot = count % 4;
      if (slot === 0) {
        newPage();
        doc.save().lineWidth(0.3).dash(3, { space: 3 }).strokeColor('#999999');
        doc.moveTo(A4[0] / 2, 0).lineTo(A4[0] / 2, A4[1]).stroke();
        doc.moveTo(0, A4[1] / 2).lineTo(A4[0], A4[1] / 2).stroke();
        doc.undash().restore();
      }
      drawLabel(doc, order, { x: (slot % 2) * (A4[0] / 2), y: Math.floor(slot / 2) * (A4[1] / 2), w: A4[0] / 2, h: A4[1] / 2 }, options);
    } else if (options.layout === 'label-a6') {
      newPage();
      drawLabel(doc, order, { x: 0, y: 0, w: A6[0], h: A6[1] }, options);
    } else {
      newPage();
      pages += drawSlip(doc, order, options);
    }
    count += 1;
  }
  if (count === 0) {
    newPage();
    doc.font('regular').fontSize(12).text(options.language === 'en' ? 'No orders to print.' : 'Không có đơn nào để in.', 30, 40);
  }
  doc.end();
  await ended;
  return { pdf: Buffer.concat(chunks), pages, orders: count, missingAddress, missingPhone };
}
