/**
 * A report's currency (RULES.md §6 of 2026-12-07): amounts carry the currency the report gives — a
 * currency column, or a symbol or code in the price cells (or the price header, "Price (AUD)").
 * Unambiguous symbols become their ISO 4217 code (€ EUR, £ GBP, R$ BRL, A$ AUD …); a bare dollar sign
 * stays "$" (Australian, US, Canadian… cannot be told). Amounts in different currencies are never added.
 */

/** Currency symbols that name one currency, and their ISO 4217 codes. */
const SYMBOLS: Record<string, string> = {
  "€": "EUR",
  "£": "GBP",
  R$: "BRL",
  A$: "AUD",
  AU$: "AUD",
  NZ$: "NZD",
  C$: "CAD",
  CA$: "CAD",
  US$: "USD",
  S$: "SGD",
  HK$: "HKD",
  MX$: "MXN",
  "₹": "INR",
  "₩": "KRW",
  "₪": "ILS",
  zł: "PLN",
  Kč: "CZK",
  $: "$",
};

/** ISO 4217 codes a report may write beside or instead of a symbol. */
const CODES = new Set(
  (
    "AUD USD EUR GBP NZD CAD BRL JPY CHF SEK NOK DKK INR ZAR SGD HKD MXN PLN CZK HUF CNY KRW TWD THB MYR IDR PHP " +
    "AED SAR ILS TRY ARS CLP COP PEN RON BGN ISK"
  ).split(" "),
);

/** A currency as written (a code, or a symbol) → its code, "$" for a bare dollar sign; undefined otherwise. */
export function currencyCode(text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const upper = t.toUpperCase();
  if (CODES.has(upper)) return upper;
  return SYMBOLS[t] ?? SYMBOLS[upper];
}

/** The currency in a price cell's text ("$36.30", "AUD 8.25", "95,00 €", "R$ 10,00"), if it shows one. */
export function currencyInAmount(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^\s*([^\d\s.,()+-][^\d]*?)?\s*[-+(]?\s*\d[\d.,\s']*\)?\s*([^\d\s].*?)?\s*$/.exec(value);
  if (!m) return undefined;
  return (m[1] && currencyCode(m[1])) || (m[2] && currencyCode(m[2])) || undefined;
}

/** A currency code named in a header ("Price (AUD)", "Unit Price AUD", "Preis in EUR"), if one is. */
export function currencyInHeader(header: string): string | undefined {
  for (const word of header.split(/[^A-Za-z$€£₹]+/)) {
    const code = (word.length === 3 && word === word.toUpperCase()) || word in SYMBOLS ? currencyCode(word) : undefined;
    if (code) return code;
  }
  return undefined;
}
