// Names the register knows: its surface forms, wherever the text writes them.
import { longestMatches } from '../phrases';
import type { RuleContext } from '../rule';
import type { Unit } from '../unit';
import { make, type NameSpan } from './name-span';
import { EVENT_NAMED_AFTER } from './name-patterns';

/** Register surface forms: certain, and they carry the register id. */
export function registerNames(unit: Unit, ctx: RuleContext): NameSpan[] {
  const matches = longestMatches(unit.text, (p) => ctx.register.bySurface.get(p));
  // "the Moscow Treaty" names a treaty (see EVENT_NAMED_AFTER).
  return matches.filter((m) => m.value.type !== 'place' || !EVENT_NAMED_AFTER.test(unit.text.slice(m.end))).map((m) => ({
    ...make(m.value.type, m.start, m.end, unit.text.slice(m.start, m.end), m.value.entry.id, 'high', 'register'),
    registerId: m.value.entry.id,
  }));
}
