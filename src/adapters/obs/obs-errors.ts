// What went wrong talking to OBS, said so a seller can fix it: Vietnamese
// first, English second, with the steps inside OBS where there are some.

export type ObsErrorCode =
  | 'OBS_NOT_RUNNING'
  | 'OBS_WEBSOCKET_DISABLED'
  | 'OBS_UNREACHABLE'
  | 'OBS_WRONG_PASSWORD'
  | 'OBS_PASSWORD_REQUIRED'
  | 'OBS_TOO_OLD'
  | 'OBS_NOT_CONNECTED'
  | 'OBS_REQUEST_FAILED';

export class ObsError extends Error {
  constructor(
    readonly code: ObsErrorCode,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'ObsError';
  }
}

const ENABLE_STEPS_VI =
  'Trong OBS chọn Tools (Công cụ) → WebSocket Server Settings (Cài đặt máy chủ WebSocket) → đánh dấu “Enable WebSocket server” (Bật máy chủ WebSocket) → Apply; bấm “Show Connect Info” để xem cổng và mật khẩu, rồi kết nối lại.';
const ENABLE_STEPS_EN =
  'In OBS choose Tools → WebSocket Server Settings → tick “Enable WebSocket server” → Apply; press “Show Connect Info” to see the port and password, then connect again.';

export interface ConnectContext {
  host: string;
  port: number;
  /** Whether an OBS process runs on this machine; null when it cannot be told (OBS on another machine). */
  obsRunning: boolean | null;
}

/** Turns what obs-websocket-js reports (a socket error, a close code) into an ObsError. */
export function explainConnectError(error: unknown, context: ConnectContext): ObsError {
  if (error instanceof ObsError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  const text = error instanceof Error ? error.message : String(error);
  const where = `${context.host}:${context.port}`;

  if (code === 4009) {
    if (/missing an `authentication`/i.test(text)) {
      return new ObsError(
        'OBS_PASSWORD_REQUIRED',
        `OBS yêu cầu mật khẩu WebSocket. Xem mật khẩu trong OBS: Tools → WebSocket Server Settings → Show Connect Info.`,
        'OBS asks for its WebSocket password. Find it in OBS: Tools → WebSocket Server Settings → Show Connect Info.',
      );
    }
    return new ObsError(
      'OBS_WRONG_PASSWORD',
      'Sai mật khẩu WebSocket của OBS. Xem mật khẩu đúng trong OBS: Tools → WebSocket Server Settings → Show Connect Info, rồi nhập lại.',
      'Wrong OBS WebSocket password. See the right one in OBS: Tools → WebSocket Server Settings → Show Connect Info, then type it again.',
    );
  }
  if (code === 4010) {
    return new ObsError(
      'OBS_TOO_OLD',
      'Bản OBS này quá cũ: cần OBS Studio 28 trở lên (có sẵn WebSocket 5).',
      'This OBS is too old: OBS Studio 28 or newer is needed (it has WebSocket 5 built in).',
    );
  }
  const refused = /ECONNREFUSED/i.test(text);
  if (refused && context.obsRunning === false) {
    return new ObsError(
      'OBS_NOT_RUNNING',
      // Only a connection that once worked is retried by itself; this one never did, so the seller presses Connect.
      `Không kết nối được OBS: OBS Studio chưa mở. Hãy mở OBS rồi bấm Kết nối lại.`,
      `Cannot reach OBS: OBS Studio is not running. Open OBS, then press Connect again.`,
    );
  }
  if (refused && context.obsRunning === true) {
    return new ObsError(
      'OBS_WEBSOCKET_DISABLED',
      `OBS đang mở nhưng không nhận kết nối ở cổng ${context.port}: máy chủ WebSocket chưa bật hoặc dùng cổng khác. ${ENABLE_STEPS_VI}`,
      `OBS is running but does not accept connections on port ${context.port}: its WebSocket server is off or uses another port. ${ENABLE_STEPS_EN}`,
    );
  }
  return new ObsError(
    'OBS_UNREACHABLE',
    `Không kết nối được OBS tại ${where}. OBS chưa mở, hoặc chưa bật máy chủ WebSocket, hoặc sai địa chỉ/cổng. ${ENABLE_STEPS_VI}`,
    `Cannot reach OBS at ${where}. OBS is not running, its WebSocket server is off, or the address/port is wrong. ${ENABLE_STEPS_EN}`,
  );
}

export function notConnected(): ObsError {
  return new ObsError(
    'OBS_NOT_CONNECTED',
    'Chưa kết nối OBS. Nhập địa chỉ, cổng, mật khẩu rồi bấm Kết nối.',
    'Not connected to OBS. Enter the address, port and password, then press Connect.',
  );
}

export function requestFailed(request: string, error: unknown): ObsError {
  const text = error instanceof Error ? error.message : String(error);
  return new ObsError('OBS_REQUEST_FAILED', `OBS không làm được “${request}”: ${text}`, `OBS could not do “${request}”: ${text}`);
}
