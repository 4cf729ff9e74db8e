// Finds register entries by the surface forms they appear under.
import type { EntityType } from '../model/edition';
import { foldName, splitFullName } from './names-data';
import { REGISTER_LIST, type Register, type RegisterEntry } from './register';

/** A register entry together with its entity type. */
export interface IndexedEntry {
  type: EntityType;
  entry: RegisterEntry;
}

export interface RegisterIndex {
  bySurface: Map<string, IndexedEntry>;
  byId: Map<string, IndexedEntry>;
  /** Person entries by lower-case surname, for linking names the register spells differently. */
  bySurname: Map<string, IndexedEntry[]>;
}

/** Surface forms of an entry: its names and variants, each also in upper case (opener headings are in capitals). */
export function surfaces(entry: RegisterEntry): string[] {
  const forms = [entry.name, ...(entry.variants ?? [])];
  return [...new Set([...forms, ...forms.map((f) => f.toUpperCase())])];
}

export function indexRegister(register: Register): RegisterIndex {
  const bySurface = new Map<string, IndexedEntry>();
  const bySurname = new Map<string, IndexedEntry[]>();
  const byId = new Map<string, IndexedEntry>();
  for (const type of ['person', 'org', 'place'] as const) {
    for (const entry of register[REGISTER_LIST[type]]) {
      byId.set(entry.id, { type, entry });
      for (const form of surfaces(entry)) if (!bySurface.has(form)) bySurface.set(form, { type, entry });
      if (type === 'person') {
        const surname = foldName(splitFullName(entry.fullName ?? entry.name).surname);
        bySurname.set(surname, [...(bySurname.get(surname) ?? []), { type, entry }]);
      }
    }
  }
  return { bySurface, byId, bySurname };
}
