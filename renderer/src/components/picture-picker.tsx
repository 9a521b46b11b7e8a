// Choose a picture from this computer (a product photo, the shop's logo):
// a preview of what is there now, a button to pick another, one to remove it.
// The file is read here and handed on as base64; the app checks what it is.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import './picture-picker.css';

/** undefined: unchanged; null: remove; a string: the new picture, base64. */
export type PictureChoice = string | null | undefined;

const ACCEPT = 'image/png,image/jpeg,image/webp,image/gif';

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function PicturePicker({ label, currentUrl, onChange, testId }: { label: string; currentUrl: string; onChange(choice: PictureChoice): void; testId?: string }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState(currentUrl);
  const [broken, setBroken] = useState(false);
  useEffect(() => {
    setPreview(currentUrl);
    setBroken(false);
  }, [currentUrl]);

  return (
    <fieldset className="picture-picker">
      <legend>{label}</legend>
      {preview !== '' && !broken ? (
        <img className="picture-preview" src={preview} alt={label} onError={() => setBroken(true)} />
      ) : (
        <span className="muted small">{t('picture.none')}</span>
      )}
      <label className="button-like">
        {t('picture.choose')}
        <input
          type="file"
          accept={ACCEPT}
          hidden
          data-testid={testId}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            void readAsBase64(file).then((base64) => {
              setPreview(URL.createObjectURL(file));
              setBroken(false);
              onChange(base64);
            });
          }}
        />
      </label>
      {preview !== '' && !broken && (
        <button
          type="button"
          onClick={() => {
            setPreview('');
            onChange(null);
          }}
        >
          {t('picture.remove')}
        </button>
      )}
    </fieldset>
  );
}
