// Decides which entity each name mention is: a register entry, or a proposed entry shared by all its mentions.
import type { Certainty, EntityType } from '../model/edition';
import type { Position } from '../source';
import type { Gazetteer } from './gazetteer';
import { foldName as fold, GENERATION, isShortenedName, nameData, splitFullName } from './names-data';
import type { RegisterIndex } from './register-index';
import type { RegisterEntry } from './register';
import type { NameSpan, PersonParts } from './rules/name-span';

/** An entity of the document's lists. */
export interface DocumentEntity {
  id: string;
  type: EntityType;
  /** The register's entry, or undefined for a proposed entity found by rules. */
  entry?: RegisterEntry;
  /** Name shown in the list: the register's preferred name, or the fullest mention. */
  name: string;
  /** Expansion of an organization's acronym, when known. */
  fullName?: string;
  geonames?: string;
  person?: PersonParts;
  mentions: { text: string; at: Position; paragraph?: number; rule: string }[];
}

/** Ties mentions to entities in document order; call `resolve` once per accepted name span. */
export class EntityTable {
  readonly entities: DocumentEntity[] = [];
  private readonly byKey = new Map<string, DocumentEntity>();
  private readonly ids = new Set<string>();

  constructor(private readonly register: RegisterIndex, private readonly gazetteer: Gazetteer) {}

  /** The entity a name span refers to (created when new) and how sure the link is. */
  resolve(span: NameSpan, at: Position, paragraph: number | undefined): { entity: DocumentEntity; cert: Certainty } {
    const { entity, cert } = this.find(span);
    entity.mentions.push({ text: span.display, at, paragraph, rule: span.rule });
    return { entity, cert };
  }

  private find(span: NameSpan): { entity: DocumentEntity; cert: Certainty } {
    if (span.registerId) return { entity: this.fromRegister(span.type, span.registerId), cert: 'high' };
    if (span.type === 'person' && span.person) return this.findPerson(span, span.person);
    const key = `${span.type}:${span.key}`;
    let entity = this.byKey.get(key);
    if (!entity) {
      const place = span.type === 'place' ? this.gazetteer.byName.get(span.display) : undefined;
      const acronym = nameData().acronyms.get(span.display);
      const cc = /^CC\s+(\S+)$/.exec(span.display);
      const expansion = cc ? `Central Committee of the ${nameData().acronyms.get(cc[1]!) ?? cc[1]}` : acronym;
      entity = this.create(span.type, span.key, place?.preferred ?? place?.name ?? span.display, {
        ...(expansion ? { fullName: expansion } : {}),
        ...(place?.geonames ? { geonames: place.geonames } : {}),
      });
      this.byKey.set(key, entity);
    }
    return { entity, cert: span.cert };
  }

  /** A person: the register by surname and initials, else an earlier compatible mention, else a new entity. */
  private findPerson(span: NameSpan, parts: PersonParts): { entity: DocumentEntity; cert: Certainty } {
    const surname = fold(parts.surname);
    const registered = (this.register.bySurname.get(surname) ?? []).filter((r) => compatible(parts, partsOf(r.entry)));
    if (registered.length === 1) return { entity: this.fromRegister('person', registered[0]!.entry.id), cert: 'medium' };
    const known = this.entities.filter((e) => e.type === 'person' && e.person && fold(e.person.surname) === surname && compatible(parts, e.person));
    const best = known.find((e) => e.person!.given !== undefined) ?? known[0];
    if (best) {
      if (fuller(parts, best.person!)) {
        best.person = parts;
        if (!best.entry) best.name = displayName(span.display);
      }
      return { entity: best, cert: span.cert };
    }
    const entity = this.create('person', `${surname}-${fold(parts.given ?? parts.initials ?? '')}`, displayName(span.display), {});
    entity.person = parts;
    return { entity, cert: span.cert };
  }

  private fromRegister(type: EntityType, id: string): DocumentEntity {
    const key = `register:${id}`;
    let entity = this.byKey.get(key);
    if (!entity) {
      const entry = this.register.byId.get(id)!.entry;
      entity = { id: this.uniqueId(id), type, entry, name: entry.name, mentions: [] };
      if (type === 'person') entity.person = partsOf(entry);
      this.entities.push(entity);
      this.byKey.set(key, entity);
    }
    return entity;
  }

  private create(type: EntityType, key: string, name: string, extra: Partial<DocumentEntity>): DocumentEntity {
    const entity: DocumentEntity = { id: this.uniqueId(idFor(type, key || name)), type, name, mentions: [], ...extra };
    this.entities.push(entity);
    return entity;
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}

const PREFIX: Record<EntityType, string> = { person: 'pers', org: 'org', place: 'place' };

/** An NCName for a proposed entity: type prefix and a slug, e.g. `pers-brezhnev-aa`. */
function idFor(type: EntityType, key: string): string {
  const slug = fold(key).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${PREFIX[type]}-${slug || 'unnamed'}`;
}

function partsOf(entry: RegisterEntry): PersonParts {
  return splitFullName(entry.fullName ?? entry.name);
}

/**
 * Two descriptions of a name can be one person: given names and initials do not contradict. A given name
 * that ends another is the same name shortened ("López Mateos" is Adolfo López Mateos; "Madeira Keïta"
 * is Mamadou Madeira Keïta) when it is no given name of its own; "Mohammad Ali" is not Chaudhri Mohammad
 * Ali, nor "Mamadou Keïta" Mamadou Madeira Keïta.
 */
function compatible(a: PersonParts, b: PersonParts): boolean {
  if (a.given && b.given && (fold(a.given) === fold(b.given) || endsWithWords(a.given, b.given))) return true;
  const initialOf = (p: PersonParts) => fold(p.initials ?? p.given ?? '').charAt(0);
  const ia = initialOf(a);
  const ib = initialOf(b);
  if (a.given && b.given && fold(a.given) !== fold(b.given)) return false;
  return ia === '' || ib === '' || ia === ib;
}

/** Whether the longer of two given names ends with all the other's words, a shortened form of it (see isShortenedName). */
function endsWithWords(a: string, b: string): boolean {
  const [long, short] = [a, b].map((g) => g.split(/\s+/)).sort((x, y) => y.length - x.length) as [string[], string[]];
  return short.length < long.length && isShortenedName(long.slice(0, long.length - short.length + 1)) &&
    short.every((word, i) => fold(word) === fold(long[long.length - short.length + i]!));
}

function fuller(a: PersonParts, b: PersonParts): boolean {
  return (a.given !== undefined && b.given === undefined) || (a.initials !== undefined && b.initials === undefined && b.given === undefined);
}

/** A mention as a list name: capitals made readable ("S.V. CHERVONENKO" → "S.V. Chervonenko"), but not a generation ("Hassan II"). */
function displayName(text: string): string {
  return text.replace(/\p{Lu}{2,}/gu, (w) => (GENERATION.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()));
}
