/**
 * Reading one report cell for one role. Cells are what Excel's `range.values` returns (numbers,
 * text, booleans, "" for blank) or what a CSV reader returns (text). Readers never throw: they
 * return a value, `BLANK`, or `BAD` (the cell has something the review cannot read). Date cells:
 * ./date-reader.
 */
import { YES_WORDS, NO_WORDS, fold, isBlank, readNumber, readPercentText, readYesNo } from "../../cells/values";
import {
  FLAG_OFF_WORDS,
  FLAG_ON_WORDS,
  STATUS_WORDS,
  actionOfWords,
  type PlannedAction,
  type Status,
} from "./words/vocabulary";

export const BLANK = Symbol("blank");
export const BAD = Symbol("bad");
export type Read<T> = T | typeof BLANK | typeof BAD;

/** What an Excel pivot table writes for an empty item: a blank cell once pasted as values. */
const PIVOT_BLANK = /^\s*\(blank\)\s*$/i;

/**
 * A blank report cell: empty, only spaces, or "(blank)" as a pivot table writes an empty item (a
 * pivot pasted as values is a report too).
 */
export function isBlankCell(value: unknown): boolean {
  return isBlank(value) || (typeof value === "string" && isPivotBlank(value));
}

/** "(blank)", spaces around it allowed. Only a text starting with "(" or a space is tested (most cells start otherwise). */
function isPivotBlank(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 40 || c === 32 || c === 9 || c === 160) && PIVOT_BLANK.test(text);
}

/** Text of a cell for display and grouping (trimmed; numbers as Excel would show them plainly; "(blank)" is ""). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value).trim();
  return isPivotBlank(text) ? "" : text;
}

/** What follows a seat count or a monthly price: "10 seats", "36.00/month", "$36.00 per user per month". */
const PER_UNIT = /(?:[\s/]*(?:\b(?:per|a)\s+)?(?:users?|seats?|licen[cs]es?|units?|months?|mo|mth|pupm)\.?)+\s*$/i;
/** A price for another period than the month: never read as a monthly price. */
const OTHER_PERIOD = /(?:\/|\bper\b|\ba\b)\s*(?:year|yr|annum|week|day|hour|term)/i;

/** A count written in thousands groups: "1.200", "1,200", "1 200", "1'200", "12.000.000" (one separator throughout). */
const GROUPED_COUNT = /^\d{1,3}([.,\s\u00a0\u202f'’])\d{3}(?:\1\d{3})*$/;

/**
 * Seats, licences assigned and planned quantities (RULES.md §6): counts, so "1.200", "1,200" and
 * "1 200" are 1,200 whatever the report's decimal mark (a file with no money gives the review no mark
 * to learn from); "10 seats" is 10. A fraction ("12,5", 2.5), a negative number or text is BAD.
 * @example readCount("1.200") // 1200
 */
export function readCount(value: unknown, decimalComma = false): Read<number> {
  if (typeof value === "string") {
    const t = value.trim();
    if (GROUPED_COUNT.test(t)) return Number(t.replace(/\D/g, ""));
  }
  const n = readAmount(value, decimalComma);
  return typeof n === "number" && !Number.isInteger(n) ? BAD : n;
}

/**
 * Quantities and prices: 150, "1,200", "$36.00", "AUD 8.25"; with `decimalComma` "36,00", "1.200";
 * with what says per what: "10 seats", "36.00/month", "$36.00 per user per month". Text that is no
 * number, or a negative one, or a price per year ("432.00/year"), is BAD.
 */
export function readAmount(value: unknown, decimalComma = false): Read<number> {
  if (isBlankCell(value)) return BLANK;
  let n = readNumber(value, decimalComma);
  if (n === undefined && typeof value === "string" && !OTHER_PERIOD.test(value)) {
    const plain = value.replace(PER_UNIT, "");
    if (plain !== value && /\d/.test(plain)) n = readNumber(plain, decimalComma);
  }
  return n === undefined || n < 0 ? BAD : n;
}

/** Cells that say nothing, as reports fill an empty cell: dashes, N/A. */
const SAYS_NOTHING = ["-", "--", "—", "–", "n/a", "na"];

/** A flag cell that says it is not set: read as blank (RULES.md §6: blank auto-renew is on). */
const NOT_SET = new Set([...SAYS_NOTHING, "not set"]);

/** Reports' auto-renew words beyond yes/no: Enabled/Disabled, Auto/Manual, Ja/Nein (./words/vocabulary/flags.json). */
const ON = new Set([...YES_WORDS, ...FLAG_ON_WORDS]);
const OFF = new Set([...NO_WORDS, ...FLAG_OFF_WORDS]);

/** Renewal phrases of "Renewal Status"-style columns: "Auto Renew On", "Will renew", "Renewing". */
const ON_PHRASE =
  /^(?:auto[\s-]*renew(?:al)?s?|renew(?:s|ing)?|will\s+(?:auto[\s-]*)?renew)(?:\s+(?:is\s+)?(?:on|enabled|yes|true))?$/;
/** …and their opposites: "Auto Renew Off", "Will not renew", "Do not renew", "Cancel at end of term". */
const AT_TERM_END = String.raw`(?:\s+at\s+(?:the\s+)?end\s+of\s+(?:the\s+)?term)?`;
const OFF_PHRASE = new RegExp(
  "^(?:" +
    [
      String.raw`auto[\s-]*renew(?:al)?s?\s+(?:is\s+)?(?:off|disabled|no|false)`,
      String.raw`(?:will\s+not|won'?t|do\s+not|don'?t|not)\s+(?:auto[\s-]*)?renew(?:ing|al)?`,
      String.raw`non[\s-]?renew(?:ing|al)?`,
      String.raw`cancel(?:led|ed)?` + AT_TERM_END,
      String.raw`expires?` + AT_TERM_END,
    ].join("|") +
    ")$",
);

/** Auto-renew flags: Yes/No, TRUE/FALSE, On/Off, Enabled/Disabled, and renewal phrases ("Auto Renew Off", "Will renew"). */
export function readFlag(value: unknown): Read<boolean> {
  if (isBlankCell(value) || (typeof value === "string" && NOT_SET.has(value.trim().toLowerCase()))) return BLANK;
  const flag = readYesNo(
    typeof value === "string" || typeof value === "boolean" || typeof value === "number" ? value : String(value),
    ON,
    OFF,
  );
  if (flag !== undefined || typeof value !== "string") return flag ?? BAD;
  const t = value.trim().toLowerCase().replace(/\s+/g, " ");
  if (ON_PHRASE.test(t)) return true;
  if (OFF_PHRASE.test(t)) return false;
  // Another language's word with its accents: "Sí", "Não", "Désactivé".
  const folded = fold(t);
  return ON.has(folded) ? true : OFF.has(folded) ? false : BAD;
}

export type { Status };

/**
 * RULES.md §6 statuses: blank or active = active; suspended; cancelled, expired, deleted, disabled
 * (and terminated, ended) = ended; enabled = active. A note in brackets or after a dash or colon is not
 * part of it: "Active (auto-renew)", "Suspended - non-payment".
 * Anything else (pending, trial …) is no status the review knows: a data issue.
 */
export function readStatus(value: unknown): Read<Status> {
  if (isBlankCell(value)) return "active";
  // The common spellings without allocating a lowered copy.
  if (value === "Active" || value === "active") return "active";
  const t = String(value).trim().toLowerCase();
  return (
    statusWord(t) ??
    (t.includes("(") ? statusWord(t.replace(/\([^)]*\)/g, " ").trim()) : undefined) ??
    // A note after a dash or colon: "Suspended - non-payment", "Cancelled: customer request".
    (/\s[-–]\s|:/.test(t) ? statusWord(t.split(/\s[-–]\s|:/)[0].trim()) : undefined) ??
    BAD
  );
}

/**
 * What a status's note says of renewing, for a report with no auto-renew column: "Active - Non
 * Renewing", "Active (auto-renew off)" → false, "Active (Auto-renew)" → true; BLANK when the note says
 * nothing of it ("Suspended - non-payment") or there is none.
 */
export function renewalInStatus(value: unknown): Read<boolean> {
  // Most statuses have no note: said without lowering or splitting the text.
  if (typeof value !== "string" || value === "Active" || !/[(:–-]/.test(value)) return BLANK;
  const t = value.toLowerCase();
  const note = /\(([^)]*)\)/.exec(t)?.[1] ?? t.split(/\s[-–]\s|:/)[1];
  const flag = note ? readFlag(note.trim()) : BLANK;
  return typeof flag === "boolean" ? flag : BLANK;
}

/**
 * An EA row's status (RULES.md §6): the status does not end an EA row — an expired enrollment, its
 * extended term or EPT is exactly what EA_LATE is about — except a transfer or migration (moved to
 * CSP or MCA-E: a migration, not a renewal, so no discount is lost). Other words as readStatus.
 */
export function readEaStatus(value: unknown): Read<Status> {
  if (isBlankCell(value)) return "active";
  const t = String(value).trim().toLowerCase();
  const word = t
    .replace(/\([^)]*\)/g, " ")
    .split(/\s[-–]\s|:/)[0]
    .trim()
    .replace(/\s+/g, " ");
  if (EA_RUNNING.test(word)) return "active";
  if (EA_MOVED.test(word)) return "ended";
  return readStatus(value);
}

/** EA states that EA_LATE is about: expired, extended, indefinite extended term, EPT (and "in EPT", "extended term"). */
const EA_RUNNING =
  /^(?:expired|extended|extended term|indefinite extended term|indefinitely extended|ept|in ept|extended enrollment)$/;
/** An enrollment moved to CSP or MCA-E. */
const EA_MOVED = /^(?:transferred|migrated|transitioned)(?: to .*)?$/;

/** A status word in English or another language ("Gesperrt", "Résilié"; ./words/vocabulary/statuses.json). */
function statusWord(t: string): Status | undefined {
  return STATUS_WORDS.get(fold(t));
}

export type { PlannedAction };

/** Planned-action cells that say nothing is decided yet: read as a blank cell. */
const NO_PLAN_YET = new Set([...SAYS_NOTHING, "tbd", "tbc", "?", "unknown", "undecided", "pending"]);

/** "Switch to monthly" or "Migrate to E5" is no move: only a switch to another partner is. */
const SWITCH_PARTNER = /^(switch|migrat)\w*\b.*\b(partner|csp|provider|reseller|distributor|msp|vendor|competitor)\b/;

/** Planned actions of RULES.md §6 (case-insensitive; "Transfer out", "Leaving", "New partner" are moves). */
export function readAction(value: unknown): Read<PlannedAction> {
  if (isBlankCell(value)) return BLANK;
  const text = String(value).toLowerCase();
  if (NO_PLAN_YET.has(text.trim())) return BLANK;
  // Words of any language the review reads: "Reduce seats", "Kündigen", "No renovar" (./words/vocabulary/actions.json).
  return actionOfWords(text) ?? (SWITCH_PARTNER.test(text.trim()) ? "move" : BAD);
}

/**
 * The seats a planned reduction's words leave (with no planned-quantity cell): "Reduce to 40" → 40,
 * "Reduce from 50 to 40 seats" → 40, "Reduce by 10" of 50 → 40. Undefined when the words give no
 * number of seats ("Reduce seats", "Downgrade to E3") or a number not below the seats held.
 */
export function seatsInAction(value: unknown, quantity: number | undefined): number | undefined {
  if (typeof value !== "string") return undefined;
  const t = value.toLowerCase();
  const to = /(?:\bto|->|→)\s*(\d+)(?:\s*(?:seats?|licen[cs]es?|users?|units?))?\s*$/.exec(t);
  const by = /\bby\s*(\d+)(?:\s*(?:seats?|licen[cs]es?|users?|units?))?\s*$/.exec(t);
  const seats = to ? Number(to[1]) : by && quantity !== undefined ? quantity - Number(by[1]) : undefined;
  return seats !== undefined && seats >= 0 && (quantity === undefined || seats < quantity) ? seats : undefined;
}

/**
 * EA discounts in reports: "12%", 0.12, or 12 (a report's bare number above 1 is read as
 * percentage points, since no discount exceeds 100 %).
 */
export function readDiscount(value: unknown, decimalComma = false): Read<number> {
  if (isBlankCell(value)) return BLANK;
  const percent = readPercentText(value);
  if (percent !== undefined) return percent >= 0 && percent <= 1 ? percent : BAD;
  const n = readNumber(value, decimalComma);
  if (n === undefined || n < 0 || n > 100) return BAD;
  return n > 1 ? n / 100 : n;
}

/**
 * Cell text quoted for a message: at most 60 characters, no control characters, inside quotes, so
 * a message never starts with what a spreadsheet would take for a formula.
 */
export function quote(value: unknown): string {
  // Control characters (a stray NUL, a tab) become spaces in a quoted cell.
  // eslint-disable-next-line no-control-regex
  const text = cellText(value).replace(/[\u0000-\u001f\u007f]/g, " ");
  return `“${text.length > 60 ? text.slice(0, 59) + "…" : text}”`;
}

/**
 * A copy of `text` that holds nothing else. A parser's field is often a slice of the whole chunk it
 * was cut from (V8 keeps the chunk alive as long as the slice lives), so text a review keeps past its
 * row — findings, grouping keys, caches — is copied first, or a streamed file would stay in memory.
 */
export function own(text: string): string {
  // Short strings are copies already (V8 slices from 13 characters). JSON's round trip makes a fresh
  // flat string (any text survives it). `(" " + text).slice(1)` is 3-4x faster but keeps a slice over
  // a copy one character longer: measured +20 MB at the peak of a million-row review.
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
