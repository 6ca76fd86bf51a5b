/**
 * The HTML run report in a real browser: Debian's headless Chromium opens the page from a file:// URL with every
 * other request blocked, and the page must render without errors, with every chart laid out, and look like
 * something (a screenshot that is not blank). The screenshot stays in the test's temporary directory.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadRun } from '../../src/report/html/load.js';
import { renderReport } from '../../src/report/html/page.js';

const CHROMIUM = '/usr/bin/chromium';
const FIXTURE = fileURLToPath(new URL('./fixtures/html/run', import.meta.url));
const HEADINGS = [
  'Verdicts',
  'Data validation',
  'Training',
  'Evaluation',
  'Comparison with the baseline',
  'Serving compatibility',
  'Load test',
  'Promotion',
  'Lineage',
];

let dir: string;
let browser: Browser | undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlops-report-browser-'));
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

it('opens offline in headless Chromium with no errors, no requests and every chart laid out', async () => {
  // Never a silent skip: without the browser this test has checked nothing, so it says how to get one.
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium) to run this test`);
  }
  const report = await renderReport(await loadRun(FIXTURE));
  const file = path.join(dir, 'report.html');
  await writeFile(file, report.html);
  const url = pathToFileURL(file).href;

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failed: string[] = [];
  const blocked: string[] = [];
  const requested: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText ?? ''}`));
  page.on('request', (request) => requested.push(request.url()));
  await page.route('**/*', async (route) => {
    const target = route.request().url();
    if (target === url) return route.continue();
    blocked.push(target);
    return route.abort('blockedbyclient');
  });

  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response === null || response.ok()).toBe(true);

  expect(consoleErrors).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(blocked).toEqual([]);
  expect(failed).toEqual([]);
  expect(requested).toEqual([url]);
  expect(await page.locator('script').count()).toBe(0);
  expect(await page.locator('h2').allTextContents()).toEqual(HEADINGS);

  const sizes = await page
    .locator('figure.chart > svg')
    .evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect()).map((box) => [box.width, box.height]),
    );
  expect(sizes).toHaveLength(report.charts);
  expect(report.charts).toBeGreaterThan(10);
  for (const [width, height] of sizes) {
    expect(width).toBeGreaterThan(50);
    expect(height).toBeGreaterThan(30);
  }
  // The layout holds: no chart is wider than the page.
  const overflow = await page.locator('html').evaluate((root) => root.scrollWidth - root.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  const screenshot = path.join(dir, 'report.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  const png = await readFile(screenshot);
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(png.length).toBeGreaterThan(10 * 1024);
});
