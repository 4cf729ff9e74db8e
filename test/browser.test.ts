// The seed's HTML edition in a real browser (the system's Chromium): no error, no request, every link lands, the view switch works; screenshots and the PDF for review.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Renderer } from '../src/render';
import { CHROMIUM_PATH, PdfPrinter, launchChromium } from '../src/render/pdf';
import { FIXTURES } from './helpers/fixtures';

const OUTPUT = join(__dirname, 'output');
const PAGES = join(OUTPUT, 'browser');
const SCREENSHOTS = join(OUTPUT, 'screenshots');
const SEED_TEI = join(FIXTURES, 'seed-120726', 'expected.tei.xml');
const TITLE = 'From the Diary of S. V. Chervonenko, Transcripts of a Conversation with the General Secretary of the CC CCP Deng Xiaoping, 9 April 1962';

/** The page's DOM, as far as the checks that run in it use it: the tests are compiled without the DOM library. */
interface DomElement {
  readonly id: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
}
declare const document: Pick<DomElement, 'querySelector' | 'querySelectorAll'> & { getElementById(id: string): DomElement | null };
declare function getComputedStyle(element: DomElement): { backgroundColor: string; borderLeftWidth: string; display: string };
declare const CSS: { escape(text: string): string };

const haveChromium = existsSync(CHROMIUM_PATH);
const describeInChromium = haveChromium ? describe : describe.skip;

describe('PDF printing without Chromium', () => {
  it('says how to install Chromium instead of failing', async () => {
    const printer = await PdfPrinter.open('/nonexistent/chromium');
    expect(printer).toEqual({
      unavailable: 'Chromium was not found at /nonexistent/chromium: install it with `apt-get install -y chromium` to print PDF editions; the other formats are built without it.',
    });
  });
});

describeInChromium(`the seed's edition in Chromium${haveChromium ? '' : ` (skipped: no browser at ${CHROMIUM_PATH}; apt-get install -y chromium)`}`, () => {
  const html = join(PAGES, '120726.html');
  const url = pathToFileURL(html).href;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(PAGES, { recursive: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(html, new Renderer().render(readFileSync(SEED_TEI, 'utf8'), 'html'));
    const launched = await launchChromium();
    if ('unavailable' in launched) throw new Error(launched.unavailable);
    browser = launched;
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    // Record every request, and let none but the file itself leave.
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text()); });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console error and no request but the page itself', () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it('marks direct speech visibly, with the speaker on hover', async () => {
    const speech = await page.locator('#p8 .said').first().evaluate((el: DomElement) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, rule: style.borderLeftWidth, title: el.getAttribute('title') };
    });
    expect(speech.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(parseFloat(speech.rule)).toBeGreaterThan(0);
    expect(speech.title).toBe('Speaker: Deng Xiaoping (certainty medium)');
  });

  it('resolves every internal link', async () => {
    const { count, broken } = await page.evaluate(() => {
      const links = [...document.querySelectorAll('a[href^="#"]')];
      return {
        count: links.length,
        broken: links.map((a) => a.getAttribute('href')!).filter((href) => !document.getElementById(decodeURIComponent(href.slice(1)))),
      };
    });
    expect(count).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });

  it('links each index entry back to paragraphs that name the entity or quote it', async () => {
    const { checked, wrong } = await page.evaluate(() => {
      const wrong: string[] = [];
      let checked = 0;
      for (const entry of document.querySelectorAll('#index li.entry')) {
        for (const line of entry.querySelectorAll('.entry-refs')) {
          const speaks = line.textContent!.startsWith('Speaks in');
          for (const a of line.querySelectorAll('a')) {
            checked++;
            const target = document.getElementById(a.getAttribute('href')!.slice(1));
            const names = target?.querySelector(`a[href="#${CSS.escape(entry.id)}"]`);
            const quotes = [...(target?.querySelectorAll('.said[title]') ?? [])].some((s) => s.getAttribute('title')!.includes(entry.querySelector('.entry-name')!.textContent!));
            if (!target || !(speaks ? quotes : names)) wrong.push(`${entry.id} → ${a.getAttribute('href')}`);
          }
        }
      }
      // And the other way: every name in the text leads to an index entry.
      for (const a of document.querySelectorAll('#text a.person, #text a.org, #text a.place')) {
        const target = document.getElementById(a.getAttribute('href')!.slice(1));
        if (!target?.matches('#index li.entry')) wrong.push(`text name → ${a.getAttribute('href')}`);
      }
      return { checked, wrong };
    });
    expect(checked).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('switches between the reading and the diplomatic view', async () => {
    const paragraph = page.locator('#p13');
    expect(await paragraph.innerText()).toContain('[tumanno]');
    expect(await paragraph.innerText()).not.toContain('tумanno');
    await page.locator('label[for="view-diplomatic"]').click();
    expect(await paragraph.innerText()).toContain('[tумanno]');
    expect(await paragraph.innerText()).not.toContain('tumanno');
    expect(await page.locator('#p13 .pb-rejoin').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, '120726-diplomatic.png'), fullPage: true });
    await page.locator('label[for="view-reading"]').click();
    expect(await paragraph.innerText()).toContain('[tumanno]');
  });

  it('saves screenshots of the screen, phone and print layouts', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: join(SCREENSHOTS, '120726-screen.png'), fullPage: true });
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(url);
    await phone.screenshot({ path: join(SCREENSHOTS, '120726-phone.png'), fullPage: true });
    await phone.close();
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() => ['.toc', 'main > input', '.view-caption'].map((s) => getComputedStyle(document.querySelector(s)!).display));
    expect(hidden).toEqual(['none', 'none', 'none']);
    await page.screenshot({ path: join(SCREENSHOTS, '120726-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    for (const name of ['120726-screen.png', '120726-phone.png', '120726-print.png', '120726-diplomatic.png']) {
      expect(readFileSync(join(SCREENSHOTS, name)).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('prints an A4 PDF with the body text, page numbers, running title and index', async () => {
    const pdf = join(PAGES, '120726.pdf');
    await PdfPrinter.using(browser).print(html, pdf, TITLE);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(pdf).size).toBeGreaterThan(20_000);
    const pdftotext = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    if (pdftotext.error) {
      console.warn(`pdftotext is not installed (apt-get install -y poppler-utils): the PDF's text was not checked (${pdf})`);
      return;
    }
    const text = pdftotext.stdout.replace(/\s+/g, ' ');
    const pages = pdftotext.stdout.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    expect(text).toContain('I visited Deng Xiaoping in the CC CCP building.');
    expect(text).toContain(`Page 1 of ${pages.length}`);
    expect(text).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(pages[1]).toContain('From the Diary of S. V. Chervonenko');
    expect(text).toContain('Notes');
    expect(text).toContain('Index');
    expect(text).toMatch(/Deng Xiaoping, 1904 – 1997/);
    expect(text).toMatch(/Named in opener, ¶1, ¶2/);
  });

  it('says which file it could not print, and leaves no PDF behind', async () => {
    const missing = join(PAGES, 'missing.html');
    const pdf = join(PAGES, 'missing.pdf');
    await expect(PdfPrinter.using(browser).print(missing, pdf, 'Missing')).rejects.toThrow(`cannot print ${missing} to ${pdf}`);
    expect(existsSync(pdf)).toBe(false);
    expect(readdirSync(PAGES).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
