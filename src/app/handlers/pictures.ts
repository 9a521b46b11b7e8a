// A picture sent by the UI (base64) stored in the data folder, its problems
// turned into the app's bilingual errors.
import { PictureError, savePicture } from '../../adapters/pictures/picture-store';
import { AppError } from '../errors';

export function storePicture(dataDir: string, base64: string): string {
  const bytes = Buffer.from(base64.replace(/^data:[^,]*,/, ''), 'base64');
  try {
    return savePicture(dataDir, bytes);
  } catch (error) {
    if (error instanceof PictureError) throw new AppError(error.code, error.message, error.messageEn, error.code === 'PICTURE_TOO_LARGE' ? 413 : 422);
    throw error;
  }
}
