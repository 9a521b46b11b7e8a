// What a picture a seller picks really is, read from its first bytes rather
// than its name: only real PNG, JPEG, WebP and GIF files go on the stream.
// (SVG is left out on purpose: it is a document that can carry scripts.)

export type PictureKind = 'png' | 'jpeg' | 'webp' | 'gif';

/** Largest picture accepted: a phone photo fits, a video renamed .jpg does not. */
export const MAX_PICTURE_BYTES = 8 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);

export function pictureKind(bytes: Uint8Array): PictureKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  return null;
}

export const PICTURE_EXTENSION: Record<PictureKind, string> = { png: '.png', jpeg: '.jpg', webp: '.webp', gif: '.gif' };
