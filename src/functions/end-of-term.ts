/*
 * The end-of-term formulas (RULES.md §2 N5, Microsoft's rules since May 2026): what happens when a
 * term ends, and whether it can move into the Extended Service Term. Thin wrappers over
 * src/rules/end-of-term.ts; see ./functions.ts for what every wrapper does.
 */
import { todaySerial } from "../rules/dates";
import { DEFAULT_EST_START, endOfTerm, isEstEligible, judgedTerm } from "../rules/end-of-term";
import { RuleError } from "../rules/errors";
import { isBlank } from "../cells/values";
import { broadcast } from "./broadcast";
import { toDate, toDateOrUndefined, toFlag, toOptionalDate, toTerm } from "./coerce";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** auto_renew is required here: a blank would silently mean "off". */
function toAutoRenew(value: unknown): boolean {
  if (isBlank(value)) throw new RuleError("value", "auto_renew is blank: enter TRUE (auto-renew on) or FALSE (off).");
  return toFlag(value, "auto_renew");
}

/**
 * What happens at the coming (or just passed) term end: "renew" with auto-renew on; with it off, "EST" when the term is EST-eligible (began on or after 2025-04-01, ends on or after est_start), else "expire" (rule N5).
 * @customfunction NCE_END_OF_TERM
 * @volatile
 * @helpurl https://localhost:3000/help.html#NCE_END_OF_TERM
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param auto_renew TRUE if auto-renew is on, FALSE if off.
 * @param [as_of] Day to look from. Today if left out. With auto-renew off, a term end before it did not renew.
 * @param [end_date] The actual term end, where co-terming or a term change moved it (else start + term).
 * @param [est_start] First term end that can move into EST. 2026-05-04 if left out.
 * @returns "renew", "EST" or "expire".
 */
export function nceEndOfTerm(
  start_date: any[][],
  term: any[][],
  auto_renew: any[][],
  as_of?: any[][],
  end_date?: any[][],
  est_start?: any[][],
): any[][] {
  const today = todaySerial();
  return broadcast([start_date, term, auto_renew, as_of, end_date, est_start], ([s, t, r, a, e, est]) =>
    endOfTerm(
      toDate(s, "start_date"),
      toTerm(t),
      toAutoRenew(r),
      toOptionalDate(a, "as_of", today),
      toDateOrUndefined(e, "end_date"),
      toOptionalDate(est, "est_start", DEFAULT_EST_START),
    ),
  );
}

/**
 * TRUE when the coming (or just passed) term can move into the Extended Service Term: it began (bought or last renewed) on or after 2025-04-01 and ends on or after est_start (rule N5).
 * @customfunction EST_ELIGIBLE
 * @volatile
 * @helpurl https://localhost:3000/help.html#EST_ELIGIBLE
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param [as_of] Day to look from. Today if left out.
 * @param [end_date] The actual term end, where co-terming or a term change moved it (else start + term).
 * @param [est_start] First term end that can move into EST. 2026-05-04 if left out.
 * @returns TRUE or FALSE.
 */
export function estEligible(
  start_date: any[][],
  term: any[][],
  as_of?: any[][],
  end_date?: any[][],
  est_start?: any[][],
): any[][] {
  const today = todaySerial();
  return broadcast([start_date, term, as_of, end_date, est_start], ([s, t, a, e, est]) =>
    isEstEligible(
      judgedTerm(
        toDate(s, "start_date"),
        toTerm(t),
        toOptionalDate(a, "as_of", today),
        toDateOrUndefined(e, "end_date"),
      ),
      toOptionalDate(est, "est_start", DEFAULT_EST_START),
    ),
  );
}
