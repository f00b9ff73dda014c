// GraphiQL in Debian's headless Chromium with every request outside the service cut off: the page loads, the
// docs explorer lists Query, and a query typed with a token in the headers editor runs and shows data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { token, url } from './env.mjs';

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const origin = new URL(url).origin;

test('GraphiQL works offline: docs explorer, headers editor, a query with data', async () => {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    const outside = [];
    await context.route('**/*', (route) => {
      if (new URL(route.request().url()).origin === origin) {
        return route.continue();
      }

      outside.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const failures = [];
    page.on('pageerror', (error) => failures.push(String(error)));

    await page.goto(url, { waitUntil: 'networkidle' });
    await page.locator('#note').getByText('Every request needs a token').waitFor();
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 30_000 });

    // The headers editor: replace its content with the token.
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await setEditor(page, '.monaco-editor[data-uri*="headers"]', JSON.stringify({ Authorization: `Bearer ${token}` }));
    await setEditor(page, '.graphiql-query-editor .monaco-editor', 'query Units { organisationUnits(first: 2, order: [{ code: ASC }]) { totalCount nodes { code name { text } } } }');
    await page.getByRole('button', { name: /prettify/i }).click();
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await response.getByText('totalCount').waitFor({ timeout: 30_000 });
    const result = await response.innerText();
    assert.match(result, /"organisationUnits"/);
    assert.match(result, /"code"/);

    // The schema was first fetched before there was a token; fetch it again with the token, as a person would.
    await page.getByRole('button', { name: /re-fetch graphql schema/i }).click();
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().waitFor({ timeout: 30_000 }).catch(async (error) => {
      await page.screenshot({ path: '/tmp/graphiql-failure.png' });
      throw error;
    });
    assert.match(await docs.innerText(), /Query/);

    if (process.env.SCREENSHOT) {
      for (const editor of ['.graphiql-query-editor .monaco-editor', '.monaco-editor[data-uri*="headers"]']) {
        await page.locator(editor).first().click();
        await page.keyboard.press('ControlOrMeta+Home');
      }

      await page.screenshot({ path: process.env.SCREENSHOT });
    }

    assert.deepEqual(outside, [], 'the page asked for nothing outside the service');
    assert.deepEqual(failures, []);
  } finally {
    await browser.close();
  }
});

async function setEditor(page, selector, text) {
  const editor = page.locator(selector).first();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // insertText sends no key events, so Monaco's bracket and quote completion adds nothing.
  await page.keyboard.insertText(text);
}
