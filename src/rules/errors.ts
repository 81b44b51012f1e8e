/**
 * The one error type the rules raise. `kind` says which Excel error a formula shows for it:
 * `value` → #VALUE! (the input is of the wrong kind), `num` → #NUM! (a number out of range),
 * `na` → #N/A (the question has no answer for these inputs, e.g. a subscription not started yet).
 * The message always says what to fix.
 */
export type RuleErrorKind = "value" | "num" | "na";

export class RuleError extends Error {
  readonly kind: RuleErrorKind;
  constructor(kind: RuleErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = "RuleError";
  }
}

/** Throws a #NUM! rule error unless `value` is a finite number at least `min`. */
export function requireNumber(value: number, name: string, min = 0): number {
  if (!Number.isFinite(value)) throw new RuleError("value", `${name} must be a number.`);
  if (value < min) throw new RuleError("num", `${name} must be ${min} or more (got ${value}).`);
  return value;
}

/** Throws a #NUM! rule error unless `value` is a fraction between 0 and 1 (15 % is 0.15). */
export function requireFraction(value: number, name: string): number {
  if (!Number.isFinite(value)) throw new RuleError("value", `${name} must be a percentage such as 15%.`);
  if (value < 0) throw new RuleError("num", `${name} cannot be negative (got ${value}).`);
  if (value > 1)
    throw new RuleError(
      "num",
      `${name} is a fraction: type 15% or 0.15, not ${value} (a value above 1 would be over 100 %).`,
    );
  return value;
}
