// Messages of the chat sources panel (i18next namespace "sources"); Vietnamese first.
const vi = {
  title: 'Nguồn bình luận',
  intro: 'Kết nối bình luận từ các nền tảng đang phát live. Có thể kết nối nhiều nền tảng cùng lúc; mọi bình luận vào chung một sổ đơn.',
  none: 'Chưa kết nối nguồn nào.',
  add: 'Kết nối',
  disconnect: 'Ngắt',
  platform: { tiktok: 'TikTok', facebook: 'Facebook', youtube: 'YouTube', twitch: 'Twitch', simulator: 'Mô phỏng', replay: 'Phát lại bản ghi' },
  state: {
    idle: 'Chưa chạy',
    connecting: 'Đang kết nối…',
    live: 'Đang nhận bình luận',
    livePolling: 'Đang nhận (dự phòng: hỏi định kỳ)',
    reconnecting: 'Mất kết nối — thử lại lần {{attempt}} sau {{seconds}} giây',
    ended: 'Đã dừng',
    failed: 'Lỗi',
  },
  counts: '{{comments}} bình luận · {{stored}} đã lưu',
  countsFailed: '{{failed}} chưa lưu được',
  unofficialBadge: 'không chính thức',
  activity: { like: '{{name}} thả {{count}} tim', gift: '{{name}} tặng {{gift}} ×{{count}}', join: '{{name}} vào xem' },
  dialog: {
    titleFor: 'Kết nối {{platform}}',
    cancel: 'Huỷ',
    connect: 'Kết nối',
    connecting: 'Đang kết nối…',
    saved: 'Đã lưu trong kho bí mật của máy này. Để trống để dùng mã đã lưu.',
    notSaved: 'Chưa lưu mã nào.',
    remember: 'Ghi nhớ an toàn trên máy này (không bao giờ hiện lại)',
    forget: 'Xoá mã đã lưu',
    forgotten: 'Đã xoá mã đã lưu.',
    connected: 'Đã kết nối {{platform}}: {{target}}',
  },
  help: {
    tiktok: {
      target: 'Tên TikTok của người đang live',
      targetHint: 'Ví dụ: @ocop.shop hoặc dán link tiktok.com/@ocop.shop/live',
      secret: 'Khoá ký (signing key) của Euler Stream',
      warning:
        'TikTok không có cách đọc bình luận chính thức. Ứng dụng dùng thư viện không chính thức (tiktok-live-connector), nên có thể ngừng hoạt động bất cứ lúc nào khi TikTok thay đổi. Khi đó hãy dùng Facebook/YouTube hoặc nhập đơn bằng tay.',
      steps: [
        'Vào eulerstream.com, đăng ký tài khoản miễn phí.',
        'Trong Dashboard, mở mục API Keys và tạo một khoá mới.',
        'Sao chép khoá và dán vào ô bên dưới. Gói miễn phí có giới hạn số lần kết nối mỗi ngày.',
      ],
    },
    facebook: {
      target: 'ID video live (hoặc link video)',
      targetHint: 'Mở buổi live trên Trang: địa chỉ có dạng facebook.com/<tên trang>/videos/<ID>',
      secret: 'Mã truy cập Trang (Page access token)',
      steps: [
        'Vào developers.facebook.com, tạo một ứng dụng (loại Doanh nghiệp) nếu chưa có.',
        'Mở Công cụ → Graph API Explorer, chọn ứng dụng đó.',
        'Chọn “Lấy mã truy cập Trang” cho Trang đang phát live, cấp quyền pages_read_engagement và pages_read_user_content.',
        'Sao chép mã và dán vào ô bên dưới. Mã ngắn hạn hết hạn sau khoảng 1–2 giờ: dùng Access Token Debugger → “Gia hạn” để có mã dài hạn.',
      ],
    },
    youtube: {
      target: 'ID video (hoặc link buổi live)',
      targetHint: 'Phần sau watch?v= trong link, hoặc dán cả link youtube.com/live/…',
      secret: 'Khoá API YouTube (API key)',
      steps: [
        'Vào console.cloud.google.com, tạo một dự án.',
        'APIs & Services → Library: tìm và bật “YouTube Data API v3”.',
        'APIs & Services → Credentials → Create credentials → API key. Sao chép khoá.',
        'Mỗi khoá có khoảng 10.000 đơn vị hạn mức mỗi ngày; mỗi lần đọc bình luận tốn khoảng 5 đơn vị. Hết hạn mức thì ứng dụng báo rõ và dừng, không gọi liên tục.',
      ],
    },
    twitch: {
      target: 'Tên kênh Twitch',
      targetHint: 'Phần sau twitch.tv/ — ví dụ twitch.tv/ocopshop thì nhập ocopshop',
      steps: ['Không cần khoá hay mật khẩu: ứng dụng đọc bình luận ẩn danh và chỉ đọc.'],
    },
    simulator: {
      target: 'Số bình luận mỗi giây',
      targetHint: 'Ví dụ 2 cho buổi diễn tập, 200 để thử tải',
      steps: [
        'Tạo bình luận tiếng Việt giống thật từ danh mục hiện tại: chốt đơn, +1 sản phẩm đang giới thiệu, hỏi giá, huỷ, số điện thoại, teen code, không dấu.',
        'Cùng một “hạt giống” (seed) cho ra đúng cùng các bình luận: dùng để diễn tập và chấm điểm.',
      ],
      seed: 'Hạt giống (seed)',
      limit: 'Dừng sau (số bình luận, để trống: không giới hạn)',
    },
    replay: {
      target: 'Đường dẫn tệp bản ghi (.jsonl) trên máy này',
      targetHint: 'Mỗi dòng một bình luận: {"id","platform","user","text","ts","showcase"}',
      steps: ['Phát lại một buổi live đã lưu như đang diễn ra, giữ khoảng cách thời gian giữa các bình luận (chia cho tốc độ).'],
      speed: 'Tốc độ (1 = như thật, 10 = nhanh gấp 10)',
    },
  },
};

const en: typeof vi = {
  title: 'Chat sources',
  intro: 'Connect the live chat of the platforms you stream on. Several platforms at once is fine; every comment goes into the one order book.',
  none: 'No source connected yet.',
  add: 'Connect',
  disconnect: 'Disconnect',
  platform: { tiktok: 'TikTok', facebook: 'Facebook', youtube: 'YouTube', twitch: 'Twitch', simulator: 'Simulator', replay: 'Replay a transcript' },
  state: {
    idle: 'Not started',
    connecting: 'Connecting…',
    live: 'Receiving comments',
    livePolling: 'Receiving (fallback: polling)',
    reconnecting: 'Connection lost — retry {{attempt}} in {{seconds}} s',
    ended: 'Stopped',
    failed: 'Error',
  },
  counts: '{{comments}} comments · {{stored}} stored',
  countsFailed: '{{failed}} not stored',
  unofficialBadge: 'unofficial',
  activity: { like: '{{name}} sent {{count}} likes', gift: '{{name}} sent {{gift}} ×{{count}}', join: '{{name}} joined' },
  dialog: {
    titleFor: 'Connect {{platform}}',
    cancel: 'Cancel',
    connect: 'Connect',
    connecting: 'Connecting…',
    saved: 'Saved in this computer’s secret store. Leave empty to use the saved one.',
    notSaved: 'Nothing saved yet.',
    remember: 'Remember it safely on this computer (never shown again)',
    forget: 'Forget the saved one',
    forgotten: 'The saved key was removed.',
    connected: 'Connected {{platform}}: {{target}}',
  },
  help: {
    tiktok: {
      target: 'TikTok name of the streamer',
      targetHint: 'E.g. @ocop.shop, or paste tiktok.com/@ocop.shop/live',
      secret: 'Euler Stream signing key',
      warning:
        'TikTok has no official way to read live chat. The app uses an unofficial library (tiktok-live-connector), so it may stop working whenever TikTok changes. If it does, use Facebook/YouTube or enter orders by hand.',
      steps: [
        'Go to eulerstream.com and sign up for a free account.',
        'In the Dashboard, open API Keys and create a key.',
        'Copy the key and paste it below. The free plan limits connections per day.',
      ],
    },
    facebook: {
      target: 'Live video id (or link)',
      targetHint: 'Open the live on your Page: the address looks like facebook.com/<page>/videos/<ID>',
      secret: 'Page access token',
      steps: [
        'Go to developers.facebook.com and create an app (Business type) if you have none.',
        'Open Tools → Graph API Explorer and choose that app.',
        'Choose “Get Page Access Token” for the Page that streams, granting pages_read_engagement and pages_read_user_content.',
        'Copy the token and paste it below. Short tokens expire in 1–2 hours: use Access Token Debugger → “Extend” for a long-lived one.',
      ],
    },
    youtube: {
      target: 'Video id (or live link)',
      targetHint: 'What follows watch?v= in the link, or paste a youtube.com/live/… link',
      secret: 'YouTube API key',
      steps: [
        'Go to console.cloud.google.com and create a project.',
        'APIs & Services → Library: find and enable “YouTube Data API v3”.',
        'APIs & Services → Credentials → Create credentials → API key. Copy the key.',
        'A key has about 10,000 quota units a day; each chat read costs about 5. When the quota runs out the app says so plainly and stops; it never keeps calling.',
      ],
    },
    twitch: {
      target: 'Twitch channel name',
      targetHint: 'What follows twitch.tv/ — for twitch.tv/ocopshop enter ocopshop',
      steps: ['No key or password needed: the app reads the chat anonymously, read-only.'],
    },
    simulator: {
      target: 'Comments per second',
      targetHint: 'E.g. 2 for a rehearsal, 200 for a load test',
      steps: [
        'Makes realistic Vietnamese comments from the current catalog: orders, +1 on the showcased product, price questions, cancels, phone numbers, teen code, no diacritics.',
        'The same seed gives exactly the same comments: use it to rehearse and to score.',
      ],
      seed: 'Seed',
      limit: 'Stop after (comments; empty: no limit)',
    },
    replay: {
      target: 'Path of the transcript file (.jsonl) on this computer',
      targetHint: 'One comment per line: {"id","platform","user","text","ts","showcase"}',
      steps: ['Plays a saved live back as if it were happening, keeping the gaps between comments (divided by the speed).'],
      speed: 'Speed (1 = real time, 10 = ten times faster)',
    },
  },
};

export const sourcesMessages = { vi, en };
