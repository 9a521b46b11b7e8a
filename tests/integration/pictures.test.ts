// Pictures the seller picks in the app — a product photo, the shop's logo —
// are stored in the data folder and shown by the overlays; anything that is
// not a picture is refused with a reason, and nothing is half written.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { qrPng } from '../../src/adapters/qr/qr-image';
import type { Product } from '../../src/core/catalog/product';
import type { OverlayState, OverlayView } from '../../src/core/overlay';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function post<T>(name: string, body: unknown): Promise<T> {
  const { json } = await t!.post(name, body);
  if (!json.ok) throw new Error(`${name}: ${JSON.stringify(json.error)}`);
  return json.result as T;
}

describe('a product photo picked in the app', () => {
  it('is kept in the data folder, shown on the card, and the same photo twice is one file', async () => {
    t = await startTestServer();
    const photo = await qrPng('Mật ong rừng', { width: 200 });
    const honey = await post<Product>('createProduct', { code: 'MO1', name: 'Mật ong rừng', price: 180000, stock: 5 });
    const updated = await post<Product>('setProductPicture', { id: honey.id, picture: photo.toString('base64') });
    expect(updated.image).toMatch(/^images\/[0-9a-f]{20}\.png$/);
    expect(updated).toMatchObject({ code: 'MO1', name: 'Mật ong rừng', price: 180000, stock: 5 });
    const served = await fetch(`${t.url}/overlays/product-image/${honey.id}`);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(photo)).toBe(true);
    await post('setShowcase', { productId: honey.id });
    expect((await post<OverlayView>('getOverlayView', {})).card?.imageUrl).toMatch(/^\/overlays\/product-image\//);

    const tea = await post<Product>('createProduct', { code: 'TRA1', name: 'Trà', price: 1000 });
    await post('setProductPicture', { id: tea.id, picture: `data:image/png;base64,${photo.toString('base64')}` });
    expect(readdirSync(join(t.dataDir, 'images'))).toEqual([updated.image.slice('images/'.length)]);

    expect((await post<Product>('setProductPicture', { id: honey.id, picture: null })).image).toBe('');
    expect((await fetch(`${t.url}/overlays/product-image/${honey.id}`)).status).toBe(404);
  });

  it('is refused, saying why, when the file is not a picture, and the product keeps its photo', async () => {
    t = await startTestServer();
    const honey = await post<Product>('createProduct', { code: 'MO1', name: 'Mật ong rừng', price: 180000, image: 'images/old.png' });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64');
    const { status, json } = await t.post('setProductPicture', { id: honey.id, picture: svg });
    expect(status).toBe(422);
    expect(json.error).toMatchObject({ code: 'PICTURE_NOT_AN_IMAGE', message: expect.stringContaining('không phải ảnh') });
    expect((await post<Product>('getProduct', { id: honey.id })).image).toBe('images/old.png');
    const missing = await t.post('setProductPicture', { id: 999, picture: null });
    expect(missing.status).toBe(404);
  });
});

describe('the shop logo picked in the app', () => {
  it('goes into the overlay theme and is served to the lower third', async () => {
    t = await startTestServer();
    const logo = await qrPng('HTX', { width: 120 });
    const state = await post<OverlayState>('setOverlayLogo', { picture: logo.toString('base64') });
    expect(state.theme.logo).toMatch(/^images\/[0-9a-f]{20}\.png$/);
    const served = await fetch(`${t.url}/overlays/logo`);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect((await post<OverlayState>('setOverlayLogo', { picture: null })).theme.logo).toBe('');
  });
});
