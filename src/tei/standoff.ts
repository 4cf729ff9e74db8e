// Writes the document's lists of persons, organizations and places (standOff), which every name in the text points into.
import type { Entity, EntityType } from '../model/edition';
import { TOOL_ID } from '../version';
import { el, type XMLBuilder } from './builder';

const LISTS: [EntityType, string, string, string][] = [
  ['person', 'listPerson', 'person', 'persName'],
  ['org', 'listOrg', 'org', 'orgName'],
  ['place', 'listPlace', 'place', 'placeName'],
];

/** Writes standOff when the edition has entities (TEI forbids empty lists). */
export function writeStandOff(parent: XMLBuilder, entities: Entity[]): void {
  if (entities.length === 0) return;
  const standOff = el(parent, 'standOff');
  for (const [type, listName, entryName, nameElement] of LISTS) {
    const members = entities.filter((e) => e.type === type);
    if (members.length === 0) continue;
    const list = el(standOff, listName);
    for (const entity of members) writeEntry(el(list, entryName, entryAttrs(entity)), entity, nameElement);
  }
}

/** A proposed entry says who proposed it and how sure that is, so an editor can find it. */
function entryAttrs(entity: Entity) {
  return { 'xml:id': entity.id, ...(entity.proposed ? { resp: `#${TOOL_ID}`, cert: 'medium' } : {}) };
}

function writeEntry(entry: XMLBuilder, entity: Entity, nameElement: string): void {
  el(entry, nameElement, { type: 'preferred' }, entity.name);
  if (entity.fullName && entity.fullName !== entity.name) el(entry, nameElement, { type: 'full' }, entity.fullName);
  if (entity.originalName) el(entry, nameElement, { type: 'original', 'xml:lang': scriptLanguage(entity.originalName) }, entity.originalName);
  const variants = [...new Set(entity.mentions.map((m) => m.text))].filter((v) => v !== entity.name && v !== entity.fullName);
  for (const variant of variants) el(entry, nameElement, { type: 'variant' }, variant);
  if (entity.birth) el(entry, 'birth', { when: entity.birth });
  if (entity.death) el(entry, 'death', { when: entity.death });
  if (entity.role) el(entry, 'occupation', {}, entity.role);
  if (entity.note) el(entry, 'note', {}, entity.note);
  if (entity.proposed) el(entry, 'note', { type: 'status' }, 'Proposed by tei-edition: not in the register; confirm it there and rebuild.');
  for (const [type, value] of Object.entries(entity.authority)) if (value) el(entry, 'idno', { type }, value);
}

/** The language an original-script name is most likely in, from its script (for rendering with the right font). */
function scriptLanguage(name: string): string | undefined {
  if (/\p{Script=Han}/u.test(name)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(name)) return 'ru';
  if (/\p{Script=Hangul}/u.test(name)) return 'ko';
  return undefined;
}
