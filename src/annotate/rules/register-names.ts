// Names the register knows: its surface forms, wherever the text writes them.
import { longestMatches } from '../phrases';
import type { RuleContext } from '../rule';
import type { Unit } from '../unit';
import { make, type NameSpan } from './name-span';

/** Register surface forms: certain, and they carry the register id. */
export function registerNames(unit: Unit, ctx: RuleContext): NameSpan[] {
  return longestMatches(unit.text, (p) => ctx.register.bySurface.get(p)).map((m) => ({
    ...make(m.value.type, m.start, m.end, unit.text.slice(m.start, m.end), m.value.entry.id, 'high', 'register'),
    registerId: m.value.entry.id,
  }));
}
