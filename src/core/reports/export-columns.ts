// The columns of the order exports, once for CSV, XLSX and the screen: header
// (Vietnamese first), the field, and the kind of cell so spreadsheets get
// numbers as numbers, money in đồng and times as dates.

export type CellKind = 'text' | 'int' | 'money' | 'datetime';

export interface ExportColumn<Row> {
  key: keyof Row & string;
  vi: string;
  en: string;
  kind: CellKind;
  /** Column width in characters (XLSX). */
  width: number;
}

export interface OrderExportRow {
  code: string;
  session: string;
  createdAt: string;
  status: string;
  customer: string;
  phone: string;
  address: string;
  platform: string;
  items: string;
  units: number;
  total: number;
  paid: number;
  due: number;
  note: string;
}

export interface ItemExportRow {
  orderCode: string;
  session: string;
  createdAt: string;
  status: string;
  customer: string;
  productCode: string;
  productName: string;
  qty: number;
  unitPrice: number;
  lineTotal: number;
}

export interface CustomerExportRow {
  id: number;
  name: string;
  phone: string;
  address: string;
  platforms: string;
  orders: number;
  spent: number;
  firstOrderAt: string;
  lastOrderAt: string;
}

export const orderColumns: ExportColumn<OrderExportRow>[] = [
  { key: 'code', vi: 'Mã đơn', en: 'Order', kind: 'text', width: 10 },
  { key: 'session', vi: 'Phiên live', en: 'Session', kind: 'text', width: 22 },
  { key: 'createdAt', vi: 'Thời gian', en: 'Time', kind: 'datetime', width: 17 },
  { key: 'status', vi: 'Trạng thái', en: 'Status', kind: 'text', width: 14 },
  { key: 'customer', vi: 'Khách hàng', en: 'Customer', kind: 'text', width: 24 },
  { key: 'phone', vi: 'Điện thoại', en: 'Phone', kind: 'text', width: 13 },
  { key: 'address', vi: 'Địa chỉ', en: 'Address', kind: 'text', width: 32 },
  { key: 'platform', vi: 'Nền tảng', en: 'Platform', kind: 'text', width: 10 },
  { key: 'items', vi: 'Sản phẩm', en: 'Items', kind: 'text', width: 36 },
  { key: 'units', vi: 'Số lượng', en: 'Units', kind: 'int', width: 9 },
  { key: 'total', vi: 'Tổng tiền', en: 'Total', kind: 'money', width: 14 },
  { key: 'paid', vi: 'Đã trả', en: 'Paid', kind: 'money', width: 14 },
  { key: 'due', vi: 'Còn thu (COD)', en: 'Due (COD)', kind: 'money', width: 14 },
  { key: 'note', vi: 'Ghi chú', en: 'Note', kind: 'text', width: 24 },
];

export const itemColumns: ExportColumn<ItemExportRow>[] = [
  { key: 'orderCode', vi: 'Mã đơn', en: 'Order', kind: 'text', width: 10 },
  { key: 'session', vi: 'Phiên live', en: 'Session', kind: 'text', width: 22 },
  { key: 'createdAt', vi: 'Thời gian', en: 'Time', kind: 'datetime', width: 17 },
  { key: 'status', vi: 'Trạng thái', en: 'Status', kind: 'text', width: 14 },
  { key: 'customer', vi: 'Khách hàng', en: 'Customer', kind: 'text', width: 24 },
  { key: 'productCode', vi: 'Mã SP', en: 'Product', kind: 'text', width: 9 },
  { key: 'productName', vi: 'Tên sản phẩm', en: 'Product name', kind: 'text', width: 30 },
  { key: 'qty', vi: 'Số lượng', en: 'Qty', kind: 'int', width: 9 },
  { key: 'unitPrice', vi: 'Đơn giá', en: 'Unit price', kind: 'money', width: 13 },
  { key: 'lineTotal', vi: 'Thành tiền', en: 'Line total', kind: 'money', width: 14 },
];

export const customerColumns: ExportColumn<CustomerExportRow>[] = [
  { key: 'id', vi: 'Mã khách', en: 'Customer id', kind: 'int', width: 9 },
  { key: 'name', vi: 'Tên', en: 'Name', kind: 'text', width: 26 },
  { key: 'phone', vi: 'Điện thoại', en: 'Phone', kind: 'text', width: 13 },
  { key: 'address', vi: 'Địa chỉ', en: 'Address', kind: 'text', width: 32 },
  { key: 'platforms', vi: 'Tài khoản', en: 'Accounts', kind: 'text', width: 24 },
  { key: 'orders', vi: 'Số đơn', en: 'Orders', kind: 'int', width: 8 },
  { key: 'spent', vi: 'Đã mua', en: 'Spent', kind: 'money', width: 14 },
  { key: 'firstOrderAt', vi: 'Đơn đầu', en: 'First order', kind: 'datetime', width: 17 },
  { key: 'lastOrderAt', vi: 'Đơn gần nhất', en: 'Last order', kind: 'datetime', width: 17 },
];

/** What a label or packing slip shows of one order. */
export interface LabelOrder {
  code: string;
  createdAt: string;
  customer: string;
  phone: string;
  address: string;
  note: string;
  items: { code: string; name: string; qty: number; unitPrice: number }[];
  total: number;
  /** Collected on delivery: what is still owed. */
  cod: number;
}

export interface LabelSender {
  name: string;
  phone: string;
  address: string;
}
