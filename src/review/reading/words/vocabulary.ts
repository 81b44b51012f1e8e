/**
 * The words the review reads in cells, as data (./vocabulary/*.json): statuses, auto-renew flags,
 * term and billing words, planned actions and totals lines, by meaning and language (English,
 * German, French, Spanish, Italian, Dutch, Portuguese). Adding a word is a one-line change to its
 * file; `test/review/reading/words/vocabulary.test.ts` checks that every word is read as its file says.
 * Header synonyms are ./roles.ts (English) and ./local-words.ts (the other languages).
 *
 * Every word is kept folded (lower case, accents off, ß as ss), as cells are compared.
 */
import { fold } from "../../../cells/values";
import actionsFile from "./vocabulary/actions.json";
import flagsFile from "./vocabulary/flags.json";
import statusesFile from "./vocabulary/statuses.json";
import termsFile from "./vocabulary/terms.json";
import totalsFile from "./vocabulary/totals.json";

/** "est": in the Extended Service Term (N5) — billed monthly, running until converted or cancelled. */
export type Status = "active" | "suspended" | "ended" | "est";
export type PlannedAction = "reduce" | "cancel" | "move" | "keep" | "increase" | "upgrade";

/** A vocabulary file's words by language. */
type ByLanguage = Record<string, readonly string[]>;

/** The meanings of a file (its keys but "_about"), each with its words of every language, in file order. */
function meanings(file: object): Array<[string, ByLanguage]> {
  return Object.entries(file).filter(([key]) => key !== "_about") as Array<[string, ByLanguage]>;
}

/** All words of one meaning, every language, folded. */
function wordsOf(byLanguage: ByLanguage): string[] {
  return Object.values(byLanguage).flatMap((words) => words.map((w) => fold(w)));
}

/** Status words → status. A word two meanings claim keeps the first (the vocabulary test forbids it). */
export const STATUS_WORDS: ReadonlyMap<string, Status> = (() => {
  const map = new Map<string, Status>();
  for (const [status, byLanguage] of meanings(statusesFile))
    for (const word of wordsOf(byLanguage)) if (!map.has(word)) map.set(word, status as Status);
  return map;
})();

/** Auto-renew words beyond yes/no/true/false/1/0 (those are src/cells/values's, shared with the formulas). */
export const FLAG_ON_WORDS: readonly string[] = wordsOf(flagsFile.on);
export const FLAG_OFF_WORDS: readonly string[] = wordsOf(flagsFile.off);

/** Term and billing words of other languages → the English word each stands for. */
export const TERM_WORDS: ReadonlyMap<string, string> = new Map(
  meanings(termsFile.words).flatMap(([english, byLanguage]) =>
    wordsOf(byLanguage).map((word) => [word, english] as [string, string]),
  ),
);

/** Words around a term or billing plan that say nothing of its length. */
export const TERM_NOISE: ReadonlySet<string> = new Set(wordsOf(termsFile.noise));

/**
 * One planned-action entry: a phrase matched at the start of the cell, as whole words ("reduce":
 * "Reduce seats", not "Reduced") or, ending in *, as the start of a word ("leav*": "Leaving").
 */
interface ActionEntry {
  phrase: string;
  stem: boolean;
  action: PlannedAction;
}

const ACTION_ENTRIES: readonly ActionEntry[] = meanings(actionsFile).flatMap(([action, byLanguage]) =>
  wordsOf(byLanguage).map((word) => ({
    phrase: word.replace(/\*$/, ""),
    stem: word.endsWith("*"),
    action: action as PlannedAction,
  })),
);

/**
 * A planned action's first words as the vocabulary reads them: `text` folded, hyphens and
 * underscores as spaces ("No-Action", "auto_renew"). Undefined when no entry matches.
 */
export function actionOfWords(text: string): PlannedAction | undefined {
  const t = fold(text)
    .replace(/[\s_-]+/g, " ")
    .trim();
  for (const { phrase, stem, action } of ACTION_ENTRIES) {
    if (!t.startsWith(phrase)) continue;
    if (stem || t.length === phrase.length || !/[a-z0-9]/.test(t[phrase.length])) return action;
  }
  return undefined;
}

/** Words of a totals line, every language, folded. */
export const TOTALS_WORDS: readonly string[] = wordsOf(totalsFile.words);
/** Words that end a group's totals line only ("Acme Count"), every language, folded. */
export const GROUP_TOTALS_WORDS: readonly string[] = wordsOf(totalsFile["group words"]);

/**
 * A term or billing text in another language put in English words, or undefined when it has none of
 * them: "1 Jahr" → "1 year", "Jährlich" → "annual", "3 ans" → "3 years", "Mensual" → "monthly",
 * "12 Monate" → "12 months", "Engagement annuel" → "annual".
 */
export function englishTermWords(text: string): string | undefined {
  let found = false;
  const words = fold(text)
    .replace(/[a-z]+/g, (w) => {
      if (TERM_NOISE.has(w)) return " ";
      const english = TERM_WORDS.get(w);
      if (english === undefined) return w;
      found = true;
      return english;
    })
    .replace(/\s+/g, " ")
    .trim();
  return found ? words : undefined;
}
