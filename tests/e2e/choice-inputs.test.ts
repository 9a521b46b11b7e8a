// Radio buttons and checkboxes keep their own size on a 1366×768 laptop: the
// global rule that makes fields fill their column once stretched them across
// the whole card, which left Settings' language choice as two lonely dots far
// from their labels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { readFixture } from '../helpers/fixtures';

let t: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  t = await startTestServer({ withUi: true });
  await t.app.call('importCatalogCsv', { csv: readFixture('catalog-live.csv') });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('radio buttons and checkboxes', () => {
  it('sit beside their labels in Settings, while the text field there still fills its row', async () => {
    await page.goto(`${t.url}/#/settings`);
    for (const name of ['Tiếng Việt', 'English']) {
      const radio = page.getByRole('radio', { name });
      const radioBox = (await radio.boundingBox())!;
      const labelBox = (await page.locator('label', { has: radio }).boundingBox())!;
      expect(radioBox.width).toBeLessThan(30);
      // One line: the radio and its words side by side, not the words under a full-width radio.
      expect(labelBox.height).toBeLessThan(40);
      expect(labelBox.width).toBeLessThan(200);
    }
    const field = page.getByRole('textbox').last();
    expect((await field.boundingBox())!.width).toBeGreaterThan(600);
  });

  it('keep their own size on every screen', async () => {
    let seen = 0;
    for (const screen of ['live', 'products', 'orders', 'training', 'settings']) {
      await page.goto(`${t.url}/#/${screen}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const widths = await page.locator('input[type=checkbox]:visible, input[type=radio]:visible').evaluateAll((inputs) =>
        inputs.map((input) => input.getBoundingClientRect().width),
      );
      for (const width of widths) expect(width, screen).toBeLessThan(30);
      seen += widths.length;
    }
    expect(seen).toBeGreaterThan(4);
  });
});
