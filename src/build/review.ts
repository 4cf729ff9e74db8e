// The review report: entities found by rules but not in the register, with positions and a suggested register entry.
import type { Edition, Entity } from '../model/edition';
import { REGISTER_LIST } from '../annotate/register';

/** What an editor checks before confirming proposed entities into the register. */
export interface ReviewReport {
  document: string;
  proposed: {
    type: Entity['type'];
    id: string;
    name: string;
    mentions: { text: string; line: number; column: number; paragraph?: number; rule: string }[];
    /** Paste into the register's list named here, adjusting the id and name. */
    suggestedEntry: { list: string; entry: { id: string; name: string; fullName?: string; variants: string[] } };
  }[];
}

/** The review report of an annotated edition. */
export function reviewReport(edition: Edition, document: string): ReviewReport {
  return {
    document,
    proposed: edition.entities.filter((e) => e.proposed).map((e) => ({
      type: e.type,
      id: e.id,
      name: e.name,
      mentions: e.mentions.map((m) => ({ text: m.text, line: m.at.line, column: m.at.column, ...(m.paragraph ? { paragraph: m.paragraph } : {}), rule: m.rule })),
      suggestedEntry: {
        list: REGISTER_LIST[e.type],
        entry: {
          id: e.id.replace(/^(?:pers|org|place)-/, ''),
          name: e.name,
          ...(e.fullName ? { fullName: e.fullName } : {}),
          variants: [...new Set(e.mentions.map((m) => m.text))],
        },
      },
    })),
  };
}

/** One line for the console: how many entities wait for review. */
export function reviewSummary(report: ReviewReport): string {
  const count = (type: Entity['type']) => report.proposed.filter((p) => p.type === type).length;
  return `${report.document}: ${report.proposed.length} proposed entit${report.proposed.length === 1 ? 'y' : 'ies'} to review ` +
    `(persons ${count('person')}, organizations ${count('org')}, places ${count('place')})`;
}
