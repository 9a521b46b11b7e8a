// Vietnamese is the app's first language; en.ts mirrors these keys.
export const vi = {
  app: { title: 'OCOP Live', tagline: 'Bán hàng livestream cho sản phẩm OCOP' },
  nav: { live: 'Live', products: 'Sản phẩm', orders: 'Đơn hàng', training: 'Đào tạo', settings: 'Cài đặt' },
  common: {
    save: 'Lưu', cancel: 'Huỷ', close: 'Đóng', delete: 'Xoá', edit: 'Sửa', undo: 'Hoàn tác', add: 'Thêm',
    search: 'Tìm kiếm', loading: 'Đang tải…', error: 'Lỗi', confirm: 'Xác nhận', yes: 'Có', no: 'Không',
    comingSoon: 'Phần này đang được xây dựng.',
  },
  picture: { none: 'Chưa có ảnh', choose: 'Chọn ảnh…', remove: 'Bỏ ảnh' },
  products: {
    title: 'Sản phẩm',
    searchPlaceholder: 'Tìm theo mã, tên, tên gọi khác (gõ không dấu cũng được)',
    add: 'Thêm sản phẩm',
    import: 'Nhập CSV',
    export: 'Xuất CSV',
    empty: 'Chưa có sản phẩm nào. Thêm sản phẩm hoặc nhập từ tệp CSV.',
    noMatch: 'Không có sản phẩm nào khớp “{{query}}”.',
    count: '{{count}} sản phẩm',
    columns: { code: 'Mã', name: 'Tên', price: 'Giá', unit: 'Đơn vị', stock: 'Tồn kho', stars: 'Sao OCOP', aliases: 'Tên gọi khác', actions: 'Thao tác' },
    form: {
      titleNew: 'Thêm sản phẩm', titleEdit: 'Sửa sản phẩm {{code}}',
      code: 'Mã (khách gõ khi chốt đơn, ví dụ MO1)', name: 'Tên sản phẩm', price: 'Giá (đồng)', unit: 'Đơn vị (hũ, chai, gói…)',
      stock: 'Tồn kho', stars: 'Số sao OCOP', aliases: 'Tên gọi khác, cách nhau bởi dấu |', description: 'Mô tả', image: 'Đường dẫn ảnh (tệp trong thư mục dữ liệu)', picture: 'Ảnh sản phẩm (hiện trên thẻ sản phẩm khi live)', imagePath: 'Nhập đường dẫn ảnh',
      priceInvalid: 'Giá “{{value}}” chưa đúng. Hãy gõ số tiền bằng đồng, không có phần lẻ, ví dụ 150000, 150.000 hoặc 150,000.',
    },
    deleted: 'Đã xoá {{name}}.',
    saved: 'Đã lưu {{name}}.',
    imported: 'Đã nhập {{products}} sản phẩm: {{added}} mới, {{updated}} cập nhật.',
    importFailed: 'Chưa nhập gì: tệp có lỗi. Sửa các dòng sau rồi nhập lại:',
    line: 'Dòng {{line}}',
  },
  settings: { title: 'Cài đặt', language: 'Ngôn ngữ', about: 'Thông tin', dataDir: 'Thư mục dữ liệu', database: 'Cơ sở dữ liệu', version: 'Phiên bản' },
};
export type Messages = typeof vi;
