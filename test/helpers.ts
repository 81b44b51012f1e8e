import { iso } from "../src/rules/dates";

/** One cell as Excel hands it to a matrix parameter. */
export const cell = (value: unknown): unknown[][] => [[value]];

/** Calls a custom function with single-cell arguments (undefined = left out) and returns its one result. */
export function one(fn: (...args: any[]) => unknown[][], ...args: unknown[]): unknown {
  const result = fn(...args.map((a) => (a === undefined ? undefined : cell(a))));
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0][0];
}

/** The Excel error code of a result, or undefined when it is a value. */
export function errorCode(value: unknown): string | undefined {
  return value instanceof CustomFunctions.Error ? (value as CustomFunctions.Error).code : undefined;
}

export const d = iso;
