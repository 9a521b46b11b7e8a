#!/usr/bin/env node
// `npm run icons`: draws the app's PNG icons from the SVG sources in
// assets/icons with Chromium (playwright-core and Debian's chromium, already
// used by the tests), so the PNGs committed beside them can be remade.
//   assets/icons/icon.svg -> icon.png (1024) and png/<n>x<n>.png (Linux, and
//                            electron-builder's source for .ico and .icns)
//   assets/icons/tray.svg -> tray.png (16) and tray@2x.png (32)
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icons');
const APP_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const draw = async (svgFile, size, outFile) => {
    const svg = readFileSync(join(dir, svgFile)).toString('base64');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent"><img style="display:block" width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg}"></body></html>`);
    await page.waitForFunction(() => globalThis.document.images[0]?.complete); // runs in the page
    mkdirSync(dirname(join(dir, outFile)), { recursive: true });
    await page.screenshot({ path: join(dir, outFile), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`${outFile} (${size}px)`);
  };
  for (const size of APP_SIZES) await draw('icon.svg', size, `png/${size}x${size}.png`);
  await draw('icon.svg', 1024, 'icon.png');
  await draw('tray.svg', 16, 'tray.png');
  await draw('tray.svg', 32, 'tray@2x.png');
} finally {
  await browser.close();
}
