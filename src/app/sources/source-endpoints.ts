// Where chat sources connect when not straight to the platforms: a proxy (an
// office or carrier network that only lets a proxy out) or a local test
// server. Command-line flags win; environment variables are read by `listen`,
// `serve` and the desktop app alike, so a seller behind a proxy can use the UI
// without a terminal.
import { z } from 'zod';
import { AppError } from '../errors';
import type { SourceEndpoints } from './source-manager';

type OverridableEndpoint = 'twitchUrl' | 'youtubeApiBase' | 'facebookGraphBase';

/** The environment variable of each base URL override. */
export const SOURCE_ENDPOINT_ENV: Record<OverridableEndpoint, string> = {
  twitchUrl: 'OCOP_TWITCH_URL',
  youtubeApiBase: 'OCOP_YOUTUBE_API_BASE',
  facebookGraphBase: 'OCOP_FACEBOOK_GRAPH_BASE',
};

/** The command-line flag of each override (listen and serve). */
export const SOURCE_ENDPOINT_FLAG: Record<OverridableEndpoint, string> = {
  twitchUrl: '--twitch-url',
  youtubeApiBase: '--youtube-api-base',
  facebookGraphBase: '--facebook-graph-base',
};

const PROTOCOLS: Record<OverridableEndpoint, string[]> = {
  twitchUrl: ['ws:', 'wss:'],
  youtubeApiBase: ['http:', 'https:'],
  facebookGraphBase: ['http:', 'https:'],
};

const urlSchema = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine((text) => URL.canParse(text) && protocols.includes(new URL(text).protocol));

/**
 * The endpoints to use: each flag when given, else its environment variable,
 * else the platform's own address (left undefined). A malformed value is an
 * error naming where it came from, never a silent fall back to the platform;
 * with `onInvalid` (the desktop app, which has no terminal) it is reported and
 * left out while the others still apply.
 */
export function resolveSourceEndpoints(
  flags: Partial<Record<OverridableEndpoint, string>>,
  env: NodeJS.ProcessEnv = process.env,
  onInvalid?: (error: AppError) => void,
): SourceEndpoints {
  const endpoints: SourceEndpoints = {};
  for (const key of Object.keys(SOURCE_ENDPOINT_ENV) as OverridableEndpoint[]) {
    const flag = flags[key]?.trim();
    const fromEnv = env[SOURCE_ENDPOINT_ENV[key]]?.trim();
    const value = flag || fromEnv;
    if (!value) continue;
    const where = flag ? SOURCE_ENDPOINT_FLAG[key] : SOURCE_ENDPOINT_ENV[key];
    const protocols = PROTOCOLS[key].map((p) => `${p}//`).join(' hoặc ');
    const protocolsEn = PROTOCOLS[key].map((p) => `${p}//`).join(' or ');
    if (!urlSchema(PROTOCOLS[key]).safeParse(value).success) {
      // A proxy address may carry a password: never echo it.
      const shown = value.replace(/\/\/[^/@]*@/, '//***@').slice(0, 200);
      const error = new AppError(
        'SOURCE_ENDPOINT_INVALID',
        `${where} không phải địa chỉ hợp lệ (cần bắt đầu bằng ${protocols}): ${shown}`,
        `${where} is not a valid address (it must start with ${protocolsEn}): ${shown}`,
        400,
      );
      if (!onInvalid) throw error;
      onInvalid(error);
      continue;
    }
    endpoints[key] = value;
  }
  return endpoints;
}
