// Pictures the seller picks (product photos, the shop's logo), kept in the
// data folder under images/ and named by their content: the same photo picked
// twice is one file, and a file once written never changes under a page that
// shows it. Written to a temporary name first, so a crash leaves no half file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_PICTURE_BYTES, PICTURE_EXTENSION, pictureKind } from '../../core/pictures/picture-kind';

export class PictureError extends Error {
  constructor(
    readonly code: 'PICTURE_TOO_LARGE' | 'PICTURE_NOT_AN_IMAGE',
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

/** Stores the picture; returns its path relative to the data folder (what products and the theme keep). */
export function savePicture(dataDir: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_PICTURE_BYTES) {
    throw new PictureError(
      'PICTURE_TOO_LARGE',
      `Ảnh quá lớn (${(bytes.length / 1024 / 1024).toFixed(1)} MB); hãy chọn ảnh dưới 8 MB.`,
      `The picture is too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB); choose one under 8 MB.`,
    );
  }
  const kind = pictureKind(bytes);
  if (kind === null) {
    throw new PictureError(
      'PICTURE_NOT_AN_IMAGE',
      'Tệp này không phải ảnh PNG, JPEG, WebP hay GIF.',
      'This file is not a PNG, JPEG, WebP or GIF picture.',
    );
  }
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 20)}${PICTURE_EXTENSION[kind]}`;
  const dir = join(dataDir, 'images');
  const path = join(dir, name);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  }
  return `images/${name}`;
}
