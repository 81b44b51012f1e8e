/**
 * What every check needs: the review's day, horizon and parameters, and one way to write a finding.
 */
import { DEFAULT_DEPROVISION_DAYS } from "../../rules/csp";
import { DEFAULT_EA_HORIZON, DEFAULT_LATE_REDUCTION } from "../../rules/ea";
import { rowTerm, type RowTerm } from "../../rules/nce";
import { DEFAULT_PAU_MINIMUM } from "../../rules/incentives";
import { DEFAULT_EST_START } from "../../rules/end-of-term";
import {
  DEFAULT_EST_FEE,
  DEFAULT_EST_FEE_NO_MONTHLY,
  DEFAULT_MONTHLY_BILLING_PREMIUM,
  DEFAULT_MONTHLY_TERM_PREMIUM,
} from "../../rules/pricing";
import { own } from "../reading/cells";
import { FindingStore } from "../findings/store";
import type { RuleId, Severity } from "../findings/findings";
import type { Role } from "../reading/words/roles";
import type { RowBase } from "../reading/row";

/** The parameters of RULES.md a user can change (pane settings, CLI flags). */
export interface RuleParameters {
  /** C1: days from suspension to de-provisioning. */
  deprovisionDays: number;
  /** N5: Extended Service Term fee over the monthly-term price. */
  estFee: number;
  /** N5: Extended Service Term fee over the annual-term price, for a product without a monthly term. */
  estFeeNoMonthly: number;
  /** N6: premium of an annual or triennial term billed monthly over paying upfront. */
  monthlyBillingPremium: number;
  /** N6: premium of the monthly term over the annual term. */
  monthlyTermPremium: number;
  /** E2: discount points lost by a late EA renewal. */
  lateReduction: number;
  /** I1: paid seats needed for incentives. */
  pauMinimum: number;
  /** N5: the first term end that can move into EST (day serial; parameter `est_start`). */
  estStart: number;
  /** §6 EA_RENEWAL_DUE: days before an EA's expiry that its unsigned renewal is due (an EA takes weeks to sign). */
  eaHorizon: number;
}

export const DEFAULT_PARAMETERS: RuleParameters = {
  deprovisionDays: DEFAULT_DEPROVISION_DAYS,
  estFee: DEFAULT_EST_FEE,
  estFeeNoMonthly: DEFAULT_EST_FEE_NO_MONTHLY,
  monthlyBillingPremium: DEFAULT_MONTHLY_BILLING_PREMIUM,
  monthlyTermPremium: DEFAULT_MONTHLY_TERM_PREMIUM,
  lateReduction: DEFAULT_LATE_REDUCTION,
  pauMinimum: DEFAULT_PAU_MINIMUM,
  eaHorizon: DEFAULT_EA_HORIZON,
  estStart: DEFAULT_EST_START,
};

/** A finding's dates and money: the date that matters, the act-by date (day serials) and the cost. */
export interface FindingExtra {
  date?: number;
  actBy?: number;
  cost?: number;
  field?: Role;
}

/** Where a finding is: the row and whose subscription it is. */
export type RowContext = Pick<RowBase, "row" | "customer" | "product" | "subscriptionId"> & { currency?: string };

/**
 * Messages of a streamed review, one copy per distinct text: most repeat (every renewal on the same
 * day reads the same), and the copy holds no parser chunk (see `own`). Texts seen once churn through
 * a bounded map.
 */
const messages = new Map<string, string>();
function ownMessage(text: string): string {
  let copy = messages.get(text);
  if (copy === undefined) {
    copy = own(text);
    if (messages.size >= 20000) messages.clear();
    messages.set(copy, copy);
  }
  return copy;
}

/** Day serials a term key holds (Excel's last day, 9999-12-31, is 2958465): start × 256 stays an int32. */
const DAY_KEYS = 4194304;
/** Undefined, or a whole number in [0, limit). */
const small = (v: number | undefined, limit: number) => v === undefined || (Number.isInteger(v) && v >= 0 && v < limit);

/**
 * Values last worked out, by three whole-number (int32) keys, in a small direct-mapped table: a slot
 * holds the last keys that fell in it. A map of a few thousand keys cost a cache miss a row; this
 * table stays in the processor's cache. Used for the rows' current terms and for wordings.
 */
class KeyedSlots<T> {
  private static readonly BITS = 12;
  private readonly firsts = new Int32Array(1 << KeyedSlots.BITS);
  private readonly seconds = new Int32Array(1 << KeyedSlots.BITS);
  private readonly thirds = new Int32Array(1 << KeyedSlots.BITS);
  private readonly values: (T | undefined)[] = new Array(1 << KeyedSlots.BITS).fill(undefined);

  slot(first: number, second: number, third: number): number {
    return (
      (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca77) ^ Math.imul(third, 0xc2b2ae35)) >>>
      (32 - KeyedSlots.BITS)
    );
  }

  /** The value kept for these keys, or undefined when not kept. */
  get(slot: number, first: number, second: number, third: number): T | undefined {
    return this.firsts[slot] === first && this.seconds[slot] === second && this.thirds[slot] === third
      ? this.values[slot]
      : undefined;
  }

  set(slot: number, first: number, second: number, third: number, value: T): void {
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.thirds[slot] = third;
    this.values[slot] = value;
  }
}

/** Whether `v` is a whole number that fits an int32 (a key KeyedSlots can hold). */
const isInt32 = (v: number) => (v | 0) === v;

/** The review's settings and the findings it collects. */
export class CheckContext {
  /** The findings, as columns (see FindingStore). */
  readonly findings: FindingStore;

  constructor(
    readonly asOf: number,
    readonly horizon: number,
    readonly params: RuleParameters,
    /** Findings copy their texts (a streamed report; see `own`). */
    private readonly ownTexts = false,
  ) {
    this.findings = new FindingStore(asOf, ownTexts ? own : undefined);
  }

  /**
   * Adds a finding. The row's names are the row reader's (one copy per name, see readName); its
   * subscription id is copied by the store, its message here when streamed.
   */
  add(
    ctx: RowContext,
    rule: RuleId,
    severity: Severity,
    message: string,
    { date, actBy, cost, field }: FindingExtra = {},
  ): void {
    this.findings.add(
      ctx.row,
      rule,
      severity,
      this.ownTexts ? ownMessage(message) : message,
      date,
      actBy,
      cost,
      ctx.customer,
      ctx.product,
      ctx.subscriptionId,
      field,
      ctx.currency,
    );
  }

  private readonly terms = new KeyedSlots<RowTerm | null>();
  private readonly texts = new KeyedSlots<string>();

  /**
   * rowTerm (RULES.md §6 "A row's current term") on the review's day, worked out once per distinct
   * term and dates (see KeyedSlots): reports repeat them, and the anniversary arithmetic cost more
   * than the rest of a row's check. Throws as rowTerm does (never kept).
   */
  rowTerm(
    term: number | undefined,
    start: number | undefined,
    renewal: number | undefined,
    end: number | undefined,
  ): RowTerm | undefined {
    if (!(small(term, 256) && small(start, DAY_KEYS) && small(renewal, DAY_KEYS) && small(end, DAY_KEYS)))
      return rowTerm(term, this.asOf, { start, renewal, end });
    const first = ((start ?? -1) * 256 + (term ?? 0)) | 0;
    const second = (renewal ?? -1) | 0;
    const third = (end ?? -1) | 0;
    const slot = this.terms.slot(first, second, third);
    const known = this.terms.get(slot, first, second, third);
    if (known !== undefined) return known ?? undefined;
    const result = rowTerm(term, this.asOf, { start, renewal, end });
    this.terms.set(slot, first, second, third, result ?? null);
    return result;
  }

  /**
   * A finding's wording that depends only on `kind` and the whole numbers `a`, `b`, `c` (the review's
   * day and parameters aside): made by `make` the first time, then kept (see KeyedSlots). A million-row
   * report has a few thousand distinct renewal wordings; writing each again cost ~0.5 µs a finding.
   * Keys that are not int32 (a price that is no whole number of cents…) are made each time.
   */
  text(kind: number, a: number, b: number, c: number, make: () => string): string {
    const first = a * 8 + kind;
    if (!(isInt32(first) && isInt32(b) && isInt32(c) && kind >= 0 && kind < 8)) return make();
    const slot = this.texts.slot(first, b, c);
    const kept = this.texts.get(slot, first, b, c);
    if (kept !== undefined) return kept;
    const text = ownMessage(make());
    this.texts.set(slot, first, b, c, text);
    return text;
  }

  /** DATA_ISSUE: a value a rule needs cannot be read. */
  issue(ctx: RowContext, role: Role, message: string): void {
    this.add(ctx, "DATA_ISSUE", "warning", message, { field: role });
  }
}
