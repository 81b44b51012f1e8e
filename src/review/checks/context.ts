/**
 * What every check needs: the review's day, horizon and parameters, and one way to write a finding.
 */
import { DEFAULT_DEPROVISION_DAYS } from "../../rules/csp";
import { toISO } from "../../rules/dates";
import { DEFAULT_LATE_REDUCTION } from "../../rules/ea";
import { roundCents } from "../../rules/nce";
import { DEFAULT_PAU_MINIMUM } from "../../rules/incentives";
import { DEFAULT_EST_FEE, DEFAULT_EST_FEE_NO_MONTHLY, DEFAULT_MONTHLY_BILLING_PREMIUM, DEFAULT_MONTHLY_TERM_PREMIUM } from "../../rules/pricing";
import { own, ownShared } from "../cells";
import type { Finding, RuleId, Severity } from "../findings";
import type { Role } from "../roles";
import type { RowBase } from "../row";

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
}

export const DEFAULT_PARAMETERS: RuleParameters = {
  deprovisionDays: DEFAULT_DEPROVISION_DAYS,
  estFee: DEFAULT_EST_FEE,
  estFeeNoMonthly: DEFAULT_EST_FEE_NO_MONTHLY,
  monthlyBillingPremium: DEFAULT_MONTHLY_BILLING_PREMIUM,
  monthlyTermPremium: DEFAULT_MONTHLY_TERM_PREMIUM,
  lateReduction: DEFAULT_LATE_REDUCTION,
  pauMinimum: DEFAULT_PAU_MINIMUM,
};

/** A finding's dates and money: the date that matters, the act-by date (day serials) and the cost. */
export interface FindingExtra {
  date?: number;
  actBy?: number;
  cost?: number;
  field?: Role;
}

/** Where a finding is: the row and whose subscription it is. */
export type RowContext = Pick<RowBase, "row" | "customer" | "product" | "subscriptionId">;

const isoCache = new Map<number, string>();
/** ISO text of a day, made once per day (reports repeat their dates). */
function isoOf(serial: number): string {
  let text = isoCache.get(serial);
  if (text === undefined) {
    text = toISO(serial);
    if (isoCache.size < 50000) isoCache.set(serial, text);
  }
  return text;
}

const same = (text: string) => text;

/** The review's settings and the findings it collects. */
export class CheckContext {
  readonly findings: Finding[] = [];

  constructor(
    readonly asOf: number,
    readonly horizon: number,
    readonly params: RuleParameters,
    /** Findings copy their texts (a streamed report; see `own`). */
    private readonly ownTexts = false,
  ) {}

  /** Adds a finding, always of one shape (absent fields undefined, left out of JSON). */
  add(ctx: RowContext, rule: RuleId, severity: Severity, message: string, extra: FindingExtra = {}): void {
    this.findings.push(this.make(ctx, rule, severity, message, extra));
  }

  make(ctx: RowContext, rule: RuleId, severity: Severity, message: string, { date, actBy, cost, field }: FindingExtra = {}): Finding {
    const text = this.ownTexts ? own : same;
    return {
      row: ctx.row,
      rule,
      severity,
      message: text(message),
      date: date === undefined ? undefined : isoOf(date),
      days: date === undefined ? undefined : date - this.asOf,
      actBy: actBy === undefined ? undefined : isoOf(actBy),
      cost: cost === undefined || !Number.isFinite(cost) ? undefined : roundCents(cost),
      customer: ctx.customer ? (this.ownTexts ? ownShared(ctx.customer) : ctx.customer) : undefined,
      product: ctx.product ? (this.ownTexts ? ownShared(ctx.product) : ctx.product) : undefined,
      subscriptionId: ctx.subscriptionId ? text(ctx.subscriptionId) : undefined,
      field,
    };
  }

  /** DATA_ISSUE: a value a rule needs cannot be read. */
  issue(ctx: RowContext, role: Role, message: string): void {
    this.add(ctx, "DATA_ISSUE", "warning", message, { field: role });
  }
}
