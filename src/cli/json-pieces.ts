/**
 * JSON.stringify(value, null, 2), in pieces: long arrays (a million-row report's findings) are
 * written a few hundred items at a time, so the whole document never has to be one string in memory.
 * The pieces joined are exactly JSON.stringify's text.
 */
const BATCH = 500;
/** Arrays at least this long are written in pieces; shorter ones as one string. */
const LONG = 200;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

/** JSON.stringify's text of `value` at nesting `depth` (its lines after the first indented for it). */
function leaf(value: unknown, depth: number, inArray: boolean): string {
  const text = JSON.stringify(value, null, 2);
  // What JSON.stringify writes for undefined, functions and symbols: nothing in objects, null in arrays.
  if (text === undefined) return inArray ? "null" : "";
  return depth === 0 ? text : text.replace(/\n/g, `\n${"  ".repeat(depth)}`);
}

/** Whether JSON.stringify leaves this property out of an object. */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  const pad = "  ".repeat(depth + 1);
  const close = "  ".repeat(depth);
  if (Array.isArray(value) && value.length >= LONG) {
    let batch = "[\n";
    for (let i = 0; i < value.length; i++) {
      batch += `${pad}${leaf(value[i], depth + 1, true)}${i < value.length - 1 ? "," : ""}\n`;
      if (i % BATCH === BATCH - 1) {
        yield batch;
        batch = "";
      }
    }
    yield `${batch}${close}]`;
    return;
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value).filter((k) => !skipped(value[k]));
    if (!keys.length) {
      yield "{}";
      return;
    }
    yield "{\n";
    for (let i = 0; i < keys.length; i++) {
      yield `${pad}${JSON.stringify(keys[i])}: `;
      yield* jsonPieces(value[keys[i]], depth + 1);
      yield i < keys.length - 1 ? ",\n" : "\n";
    }
    yield `${close}}`;
    return;
  }
  yield leaf(value, depth, false);
}
