// The part of salve-annos (a RELAX NG validator in JavaScript) that tei-edition uses; its bundle ships no usable types.
declare module 'salve-annos' {
  export interface ConcreteName {
    ns: string;
    name: string;
  }
  export class ValidationError {
    readonly msg: string;
    getNames(): { toArray(): ConcreteName[] | null; toString(): string }[];
    toString(): string;
  }
  export interface GrammarWalker {
    fireEvent(name: string, params: string[]): ValidationError[] | false;
    end(): ValidationError[] | false;
  }
  export interface Grammar {
    newWalker(): GrammarWalker;
  }
  export function convertRNGToPattern(url: URL): Promise<{ pattern: Grammar }>;
  /** A grammar from the JSON that writeTreeToJSON made of a simplified schema (schema/compile.js). */
  export function readTreeFromJSON(json: string): Grammar;
}
