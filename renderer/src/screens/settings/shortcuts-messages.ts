// Messages of the global shortcuts section of Settings (namespace "shortcuts"), Vietnamese first.
const vi = {
  title: 'Phím tắt toàn cục',
  intro: 'Các phím này hoạt động cả khi OBS hoặc trang livestream đang được chọn. Để trống một ô để tắt phím đó.',
  hint: 'Viết phím như: CommandOrControl+Alt+Right, Ctrl+Shift+N, F13. Cần ít nhất một phím bổ trợ (Ctrl, Alt, Shift…), trừ F13–F24.',
  actions: {
    showcaseNext: 'Giới thiệu sản phẩm tiếp theo',
    showcasePrevious: 'Giới thiệu sản phẩm trước',
    showcaseHide: 'Ẩn sản phẩm đang giới thiệu',
    hideAllOverlays: 'Ẩn mọi lớp phủ',
  },
  status: {
    active: 'đang dùng',
    off: 'tắt',
    taken: 'ứng dụng khác đang giữ phím này; hãy chọn phím khác',
    invalid: 'không hợp lệ',
    duplicate: 'trùng với “{{other}}”',
    unavailable: 'chưa có trong phiên bản này',
  },
  save: 'Lưu phím tắt',
  saving: 'Đang lưu…',
  saved: 'Đã lưu phím tắt.',
  savedWithConflicts: 'Đã lưu, nhưng một số phím không dùng được (xem bên cạnh).',
  file: 'Lưu trong tệp: {{file}}',
};

const en: typeof vi = {
  title: 'Global shortcuts',
  intro: 'These keys work even while OBS or the live page has the focus. Leave a box empty to turn that key off.',
  hint: 'Write keys like: CommandOrControl+Alt+Right, Ctrl+Shift+N, F13. At least one modifier (Ctrl, Alt, Shift…) is needed, except for F13–F24.',
  actions: {
    showcaseNext: 'Showcase the next product',
    showcasePrevious: 'Showcase the previous product',
    showcaseHide: 'Hide the showcased product',
    hideAllOverlays: 'Hide all overlays',
  },
  status: {
    active: 'active',
    off: 'off',
    taken: 'another app holds this key; choose another',
    invalid: 'not a valid key',
    duplicate: 'same key as “{{other}}”',
    unavailable: 'not in this version yet',
  },
  save: 'Save shortcuts',
  saving: 'Saving…',
  saved: 'Shortcuts saved.',
  savedWithConflicts: 'Saved, but some keys cannot be used (see beside them).',
  file: 'Kept in: {{file}}',
};

export const shortcutsMessages = { vi, en };
