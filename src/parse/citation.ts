// Parses the archive's citation line into title, date, distributor, archive reference, translator and URL.
import type { Citation } from '../model/edition';
import { readDateAt } from './dates';

/** A web address with a real host name; the archive wraps it in <…>, a damaged one is left as text. */
const URL = /(https?:\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?::\d+)?(?:[/?#][^\s<>"]*[^\s<>".,;)])?)/;

/**
 * The Wilson Center's citation: `"Title", Date, Wilson Center Digital Archive, ARCHIVE REF.
 * Translated by NAME. <URL>`. Every part is optional; what cannot be read stays in `text`.
 */
export function parseCitation(text: string): Citation {
  const citation: Citation = { text };
  const url = URL.exec(text);
  if (url) citation.url = url[1];
  let rest = text.replace(/<[^>]*>/g, '').trim();

  const title = /^["“](.+?)[,]?["”],?\s*/.exec(rest);
  if (title) {
    citation.title = title[1]!.replace(/,$/, '');
    rest = rest.slice(title[0].length);
  }
  const date = readDateAt(rest);
  if (date) {
    citation.date = date.value;
    rest = rest.slice(date.length).replace(/^,?\s*/, '');
  }
  const translator = /\bTranslated\s+(?:and\s+\w+\s+)?(?:for\s+[^.]*?\s+)?by\s+(.+?)\.(?=\s|$)(?<![\s.][A-Z]\.)/.exec(rest);
  if (translator) citation.translators = translator[1]!.trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  const beforeTranslator = translator ? rest.slice(0, translator.index) : rest;
  const parts = beforeTranslator.replace(/\.\s*$/, '').split(/,\s*/).map((p) => p.trim()).filter(Boolean);
  const distributorAt = parts.findIndex((p) => /\b(?:Archive|Library|Center|Centre)\b/i.test(p));
  if (distributorAt >= 0) {
    citation.distributor = parts[distributorAt];
    const archive = parts.slice(distributorAt + 1);
    if (archive.length > 0) {
      citation.archive = archive.join(', ');
      citation.archiveAbbr = archive[0];
    }
  }
  return citation;
}
