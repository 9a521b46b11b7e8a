// Banks and wallets that take NAPAS 24/7 transfers by VietQR, with the BIN
// (acquirer ID) that goes into field 38. Checked against published VietQR bank
// lists (NAPAS BINs as banks and open-source VietQR libraries list them).

export interface VietQrBank {
  /** Six-digit NAPAS BIN: field 38-01-00 of the payload. */
  bin: string;
  /** Short code people and bank apps use (VCB, ICB, MB...). */
  code: string;
  shortName: string;
  name: string;
}

const row = (bin: string, code: string, shortName: string, name: string): VietQrBank => ({ bin, code, shortName, name });

export const VIETQR_BANKS: readonly VietQrBank[] = [
  row('970436', 'VCB', 'Vietcombank', 'Ngân hàng TMCP Ngoại thương Việt Nam'),
  row('970415', 'ICB', 'VietinBank', 'Ngân hàng TMCP Công thương Việt Nam'),
  row('970418', 'BIDV', 'BIDV', 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam'),
  row('970405', 'VBA', 'Agribank', 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam'),
  row('970422', 'MB', 'MBBank', 'Ngân hàng TMCP Quân đội'),
  row('970407', 'TCB', 'Techcombank', 'Ngân hàng TMCP Kỹ thương Việt Nam'),
  row('970416', 'ACB', 'ACB', 'Ngân hàng TMCP Á Châu'),
  row('970432', 'VPB', 'VPBank', 'Ngân hàng TMCP Việt Nam Thịnh Vượng'),
  row('970423', 'TPB', 'TPBank', 'Ngân hàng TMCP Tiên Phong'),
  row('970403', 'STB', 'Sacombank', 'Ngân hàng TMCP Sài Gòn Thương Tín'),
  row('970437', 'HDB', 'HDBank', 'Ngân hàng TMCP Phát triển TP. Hồ Chí Minh'),
  row('970454', 'VCCB', 'BVBank', 'Ngân hàng TMCP Bản Việt'),
  row('970429', 'SCB', 'SCB', 'Ngân hàng TMCP Sài Gòn'),
  row('970441', 'VIB', 'VIB', 'Ngân hàng TMCP Quốc tế Việt Nam'),
  row('970443', 'SHB', 'SHB', 'Ngân hàng TMCP Sài Gòn – Hà Nội'),
  row('970431', 'EIB', 'Eximbank', 'Ngân hàng TMCP Xuất Nhập khẩu Việt Nam'),
  row('970426', 'MSB', 'MSB', 'Ngân hàng TMCP Hàng Hải Việt Nam'),
  row('970448', 'OCB', 'OCB', 'Ngân hàng TMCP Phương Đông'),
  row('970449', 'LPB', 'LPBank', 'Ngân hàng TMCP Lộc Phát Việt Nam'),
  row('970440', 'SEAB', 'SeABank', 'Ngân hàng TMCP Đông Nam Á'),
  row('970425', 'ABB', 'ABBANK', 'Ngân hàng TMCP An Bình'),
  row('970409', 'BAB', 'BacABank', 'Ngân hàng TMCP Bắc Á'),
  row('970412', 'PVCB', 'PVcomBank', 'Ngân hàng TMCP Đại Chúng Việt Nam'),
  row('970419', 'NCB', 'NCB', 'Ngân hàng TMCP Quốc Dân'),
  row('970428', 'NAB', 'NamABank', 'Ngân hàng TMCP Nam Á'),
  row('970427', 'VAB', 'VietABank', 'Ngân hàng TMCP Việt Á'),
  row('970433', 'VIETBANK', 'VietBank', 'Ngân hàng TMCP Việt Nam Thương Tín'),
  row('970438', 'BVB', 'BaoVietBank', 'Ngân hàng TMCP Bảo Việt'),
  row('970452', 'KLB', 'KienLongBank', 'Ngân hàng TMCP Kiên Long'),
  row('970430', 'PGB', 'PGBank', 'Ngân hàng TMCP Thịnh vượng và Phát triển'),
  row('970400', 'SGICB', 'SaigonBank', 'Ngân hàng TMCP Sài Gòn Công Thương'),
  row('970408', 'GPB', 'GPBank', 'Ngân hàng TM TNHH MTV Dầu Khí Toàn Cầu'),
  row('970414', 'OCEANBANK', 'MBV', 'Ngân hàng TNHH MTV Việt Nam Hiện Đại (trước là Oceanbank)'),
  row('970406', 'DOB', 'DongABank', 'Ngân hàng TMCP Đông Á'),
  row('970444', 'CBB', 'CBBank', 'Ngân hàng TM TNHH MTV Xây dựng Việt Nam'),
  row('970446', 'COOPBANK', 'Co-opBank', 'Ngân hàng Hợp tác xã Việt Nam'),
  row('999888', 'VBSP', 'VBSP', 'Ngân hàng Chính sách Xã hội'),
  row('970421', 'VRB', 'VRB', 'Ngân hàng Liên doanh Việt – Nga'),
  row('970434', 'IVB', 'IndovinaBank', 'Ngân hàng TNHH Indovina'),
  row('970424', 'SHBVN', 'ShinhanBank', 'Ngân hàng TNHH MTV Shinhan Việt Nam'),
  row('970457', 'WVN', 'Woori', 'Ngân hàng TNHH MTV Woori Việt Nam'),
  row('970458', 'UOB', 'UnitedOverseas', 'Ngân hàng United Overseas (Việt Nam)'),
  row('970439', 'PBVN', 'PublicBank', 'Ngân hàng TNHH MTV Public Việt Nam'),
  row('970442', 'HLBVN', 'HongLeong', 'Ngân hàng TNHH MTV Hong Leong Việt Nam'),
  row('970410', 'SCVN', 'StandardChartered', 'Ngân hàng TNHH MTV Standard Chartered Việt Nam'),
  row('458761', 'HSBC', 'HSBC', 'Ngân hàng TNHH MTV HSBC (Việt Nam)'),
  row('422589', 'CIMB', 'CIMB', 'Ngân hàng TNHH MTV CIMB Việt Nam'),
  row('796500', 'DBS', 'DBSBank', 'Ngân hàng DBS – Chi nhánh TP. Hồ Chí Minh'),
  row('533948', 'CITIBANK', 'Citibank', 'Ngân hàng Citibank Việt Nam'),
  row('970455', 'IBK-HN', 'IBKHN', 'Ngân hàng Công nghiệp Hàn Quốc – Chi nhánh Hà Nội'),
  row('970456', 'IBK-HCM', 'IBKHCM', 'Ngân hàng Công nghiệp Hàn Quốc – Chi nhánh TP. Hồ Chí Minh'),
  row('970467', 'KEBHANAHN', 'KEBHanaHN', 'Ngân hàng KEB Hana – Chi nhánh Hà Nội'),
  row('970466', 'KEBHANAHCM', 'KEBHanaHCM', 'Ngân hàng KEB Hana – Chi nhánh TP. Hồ Chí Minh'),
  row('801011', 'NHB-HN', 'Nonghyup', 'Ngân hàng Nonghyup – Chi nhánh Hà Nội'),
  row('668888', 'KBANK', 'KBank', 'Ngân hàng Đại chúng TNHH Kasikornbank – Chi nhánh TP. Hồ Chí Minh'),
  row('546034', 'CAKE', 'CAKE', 'TMCP Việt Nam Thịnh Vượng – Ngân hàng số CAKE by VPBank'),
  row('546035', 'UBANK', 'Ubank', 'TMCP Việt Nam Thịnh Vượng – Ngân hàng số Ubank by VPBank'),
  row('963388', 'TIMO', 'Timo', 'Ngân hàng số Timo by Bản Việt Bank'),
  row('963369', 'LIO', 'Liobank', 'Ngân hàng số Liobank by OCB'),
  row('971005', 'VTLMONEY', 'ViettelMoney', 'Tổng Công ty Dịch vụ số Viettel'),
  row('971011', 'VNPTMONEY', 'VNPTMoney', 'VNPT Money'),
];

const byBin = new Map(VIETQR_BANKS.map((bank) => [bank.bin, bank]));

export function findBankByBin(bin: string): VietQrBank | undefined {
  return byBin.get(bin.trim());
}

/** A BIN, bank code or short name, any case ("vcb", "Vietcombank", "970436"). */
export function findBank(query: string): VietQrBank | undefined {
  const wanted = query.trim().toLowerCase().replace(/[\s-]/g, '');
  return (
    byBin.get(wanted) ??
    VIETQR_BANKS.find((bank) => bank.code.toLowerCase().replace(/-/g, '') === wanted || bank.shortName.toLowerCase() === wanted)
  );
}
