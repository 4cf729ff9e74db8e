// The files a build writes for each document: their formats and file name endings (a module of its own, light enough for any worker to load).
import type { RenderFormat } from '../render';

/** The files an edition can have. */
export type OutputFormat = 'tei' | RenderFormat | 'review' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['tei', 'html', 'text', 'review', 'pdf'];
/** What `build` writes unless told otherwise. */
export const DEFAULT_FORMATS: readonly OutputFormat[] = ['tei', 'html', 'text', 'review'];

/** The file name ending of each format. */
export const EXTENSIONS: Record<OutputFormat, string> = {
  tei: '.tei.xml', html: '.html', text: '.txt', review: '.review.json', pdf: '.pdf',
};

export function isRenderFormat(format: OutputFormat): format is RenderFormat {
  return format === 'html' || format === 'text';
}
