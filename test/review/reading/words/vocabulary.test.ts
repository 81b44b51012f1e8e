/**
 * Every word of the review's vocabularies is reachable: read as its data file says, in the case a
 * report writes it, never claimed by two meanings — so adding a word to a file is all it takes, and a
 * word that another one shadows is caught here rather than by a user.
 */
import { readAction, readFlag, readStatus } from "../../../../src/review/reading/cells";
import { isTotalsRow } from "../../../../src/review/reading/data-rows";
import { englishTermWords } from "../../../../src/review/reading/words/vocabulary";
import { LOCAL_HEADERS } from "../../../../src/review/reading/words/local-words";
import { ROLES, ROLE_SYNONYMS, roleOfHeader } from "../../../../src/review/reading/words/roles";
import { fold } from "../../../../src/cells/values";
import actions from "../../../../src/review/reading/words/vocabulary/actions.json";
import flags from "../../../../src/review/reading/words/vocabulary/flags.json";
import statuses from "../../../../src/review/reading/words/vocabulary/statuses.json";
import terms from "../../../../src/review/reading/words/vocabulary/terms.json";
import totals from "../../../../src/review/reading/words/vocabulary/totals.json";

type ByLanguage = Record<string, string[]>;

/** [meaning, language, word] of every word of a file's meanings. */
function words(file: object): Array<[string, string, string]> {
  return Object.entries(file)
    .filter(([key]) => key !== "_about")
    .flatMap(([meaning, byLanguage]) =>
      Object.entries(byLanguage as ByLanguage).flatMap(([language, list]) =>
        list.map((word) => [meaning, language, word] as [string, string, string]),
      ),
    );
}

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt"];

/** The words of a file claimed by two meanings. */
function claimedTwice(list: Array<[string, string, string]>): string[] {
  const meaningOf = new Map<string, string>();
  const twice: string[] = [];
  for (const [meaning, , word] of list) {
    const key = fold(word);
    if (meaningOf.has(key) && meaningOf.get(key) !== meaning) twice.push(`${word}: ${meaningOf.get(key)}, ${meaning}`);
    meaningOf.set(key, meaning);
  }
  return twice;
}

describe("the vocabularies (src/review/reading/words/vocabulary/*.json)", () => {
  it("speak every language the review reads, with a line saying what each file is", () => {
    for (const file of [statuses, flags, actions, terms, totals]) expect(file._about.length).toBeGreaterThan(40);
    const spoken = new Set([...words(statuses), ...words(flags), ...words(actions)].map(([, language]) => language));
    expect([...spoken].sort()).toEqual([...LANGUAGES].sort());
    expect(Object.keys(totals.words).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(words(statuses))("reads the status word of %s (%s) “%s”", (meaning, _language, word) => {
    expect(readStatus(word)).toBe(meaning);
    expect(readStatus(capitalised(word))).toBe(meaning);
    expect(readStatus(`${capitalised(word)} (note)`)).toBe(meaning);
  });

  it.each(words(flags))("reads the auto-renew word %s (%s) “%s”", (meaning, _language, word) => {
    expect(readFlag(word)).toBe(meaning === "on");
    expect(readFlag(word.toUpperCase())).toBe(meaning === "on");
  });

  it.each(words(actions))("reads the planned action %s (%s) “%s”", (meaning, _language, entry) => {
    const phrase = entry.replace(/\*$/, "");
    expect(readAction(capitalised(phrase))).toBe(meaning);
    expect(readAction(`${capitalised(phrase)}${entry.endsWith("*") ? "en" : ""} 5`)).toBe(meaning);
  });

  it.each(words(terms.words))("puts the term word “%s” (%s) “%s” in English", (english, _language, word) => {
    expect(englishTermWords(word)).toBe(english);
    expect(englishTermWords(capitalised(word))).toBe(english);
  });

  it.each(Object.entries(terms.noise as ByLanguage).flatMap(([l, list]) => list.map((w) => [l, w])))(
    "drops the %s word “%s” around a term",
    (_language, word) => {
      expect(englishTermWords(`${word} 12 monate`)).toBe("12 months");
    },
  );

  it.each(Object.entries(totals.words as ByLanguage).flatMap(([l, list]) => list.map((w) => [l, w])))(
    "takes a %s line of “%s” for totals, alone or with a few amounts",
    (_language, word) => {
      expect(isTotalsRow([capitalised(word)])).toBe(true);
      expect(isTotalsRow([`${capitalised(word)}:`, "", 1200])).toBe(true);
      expect(isTotalsRow(["", capitalised(word), "", 1200])).toBe(true);
    },
  );

  it.each(Object.entries(totals["group words"] as ByLanguage).flatMap(([l, list]) => list.map((w) => [l, w])))(
    "takes a %s group line ending in “%s” for totals (Excel's Subtotal)",
    (_language, word) => {
      expect(isTotalsRow([`Acme Pty Ltd ${capitalised(word)}`, "", 15])).toBe(true);
    },
  );

  it("gives no word two meanings in one file", () => {
    expect(claimedTwice(words(statuses))).toEqual([]);
    expect(claimedTwice(words(actions))).toEqual([]);
    expect(claimedTwice(words(terms.words))).toEqual([]);
    const on = new Set(flags.on.en.concat(...Object.values(flags.on as ByLanguage)).map(fold));
    expect(
      Object.values(flags.off as ByLanguage)
        .flat()
        .map(fold)
        .filter((w) => on.has(w)),
    ).toEqual([]);
  });
});

describe("the header synonyms (roles.ts in English, local-words.ts in the other languages)", () => {
  const synonyms = ROLES.flatMap((role) =>
    [...ROLE_SYNONYMS[role], ...(LOCAL_HEADERS[role] ?? [])].map((header) => [role, header] as [string, string]),
  );

  it.each(synonyms)("names the role %s by “%s”", (role, header) => {
    expect(roleOfHeader(header)?.[0]).toBe(role);
  });
});
