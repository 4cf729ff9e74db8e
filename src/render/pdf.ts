// Print-ready PDF: the HTML edition printed by headless Chromium (playwright-core driving the system's /usr/bin/chromium).
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a headless browser in a container: no sandbox, GPU, updates, sync or background traffic. */
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync',
];

/** Why PDF editions cannot be printed here, said so that the user can fix it. */
export interface Unavailable {
  unavailable: string;
}

/** The page margins of the HTML edition's `@page` rule; the running title and page numbers sit in them. */
const MARGIN = { top: '20mm', right: '18mm', bottom: '22mm', left: '22mm' };

/**
 * Starts the system's Chromium, or says why it cannot: missing, or failing to start. Other formats
 * need no browser, so this is not an error for a build.
 */
export async function launchChromium(executablePath: string = CHROMIUM_PATH): Promise<Browser | Unavailable> {
  if (!existsSync(executablePath)) {
    return {
      unavailable: `Chromium was not found at ${executablePath}: install it with \`apt-get install -y chromium\` to print PDF editions; the other formats are built without it.`,
    };
  }
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0];
    return {
      unavailable: `Chromium at ${executablePath} did not start (${reason}): reinstall it with \`apt-get install -y chromium\` to print PDF editions; the other formats are built without it.`,
    };
  }
}

/** Prints HTML editions to PDF with one browser, opened once and used for every document. */
export class PdfPrinter {
  private constructor(
    private readonly browser: Browser,
    private readonly ownsBrowser: boolean,
  ) {}

  /** A printer with a browser of its own, or why there can be none (see `launchChromium`). */
  static async open(executablePath: string = CHROMIUM_PATH): Promise<PdfPrinter | Unavailable> {
    const browser = await launchChromium(executablePath);
    return 'unavailable' in browser ? browser : new PdfPrinter(browser, true);
  }

  /** A printer on a browser the caller launched (with `launchChromium`) and closes itself. */
  static using(browser: Browser): PdfPrinter {
    return new PdfPrinter(browser, false);
  }

  /**
   * Prints the HTML file to an A4 PDF with its backgrounds, the running title at the head of each page
   * and "page n of N" at the foot. Nothing but `file:` URLs may load and scripts do not run. The PDF is
   * written beside `pdfPath` under a temporary name and renamed when complete, so that a failed print
   * never leaves a truncated PDF behind.
   */
  async print(htmlPath: string, pdfPath: string, title: string): Promise<void> {
    const temporary = join(dirname(pdfPath), `.${basename(pdfPath)}.${process.pid}.tmp`);
    const context = await this.browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    try {
      await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      const page = await context.newPage();
      await page.goto(pathToFileURL(resolve(htmlPath)).href, { waitUntil: 'load' });
      await page.pdf({
        path: temporary,
        format: 'A4',
        printBackground: true,
        margin: MARGIN,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(title),
        footerTemplate: FOOTER_TEMPLATE,
      });
      renameSync(temporary, pdfPath);
    } catch (err) {
      rmSync(temporary, { force: true });
      throw new Error(`cannot print ${htmlPath} to ${pdfPath}: ${(err as Error).message.split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }

  /** Closes the browser, unless the caller lent it. */
  async close(): Promise<void> {
    if (this.ownsBrowser) await this.browser.close();
  }
}

// Chromium draws these templates across the whole page width, in a box of their own with a near-zero
// default font size: they set their font and repeat the page's side margins.
const TEMPLATE_STYLE = `font:8pt/1.3 Georgia,'Times New Roman',serif;color:#555;box-sizing:border-box;width:100%;padding:0 ${MARGIN.right} 0 ${MARGIN.left};`;

function headerTemplate(title: string): string {
  return `<div style="${TEMPLATE_STYLE}white-space:nowrap;overflow:hidden;text-overflow:ellipsis;">${escapeHtml(title)}</div>`;
}

const FOOTER_TEMPLATE = `<div style="${TEMPLATE_STYLE}text-align:center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

/** A title as template text: Chromium parses the template as HTML, and the title comes from the document. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
