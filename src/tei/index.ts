// The TEI stage: edition model → TEI P5 XML text, built with xmlbuilder2.
import type { Edition } from '../model/edition';
import { teiDocument } from './builder';
import { writeText } from './body';
import { writeHeader } from './header';
import { serialize } from './serialize';
import { writeStandOff } from './standoff';

/** The edition as a TEI P5 document (UTF-8, LF, deterministic). */
export function toTei(edition: Edition): string {
  const tei = teiDocument({ 'xml:id': edition.id, 'xml:lang': edition.header.language.ident });
  writeHeader(tei, edition.header);
  writeStandOff(tei, edition.entities);
  writeText(tei, edition);
  return serialize(tei);
}
