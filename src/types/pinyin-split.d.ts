// pinyin-split's syllable list: the module's types are not where TypeScript looks for this deep import.
declare module 'pinyin-split/lib/cjs/syllables' {
  const syllables: string[];
  export default syllables;
}
