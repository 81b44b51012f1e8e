/**
 * JSON.stringify(value, null, 2), in pieces: long arrays (a million-row report's findings) are
 * written a few hundred items at a time, so the whole document never has to be one string in memory.
 * The pieces joined are exactly JSON.stringify's text. A Pages list is written as its items.
 */
import { Pages } from "../util/pages";

/**
 * Items a piece. Small on purpose: a piece's text (~30 KB for 100 findings) stays under V8's
 * large-object size, so it dies young; 500-item pieces (~150 KB) piled up in the large-object space.
 */
const BATCH = 100;
/** Arrays at least this long are written in pieces; shorter ones as one string. */
const LONG = 200;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

/** JSON.stringify's text of `value` at nesting `depth` (its lines after the first indented for it). */
function leaf(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  // Undefined, functions and symbols: left out (objects skip such properties before coming here).
  if (text === undefined) return "";
  return depth === 0 ? text : text.replace(/\n/g, `\n${"  ".repeat(depth)}`);
}

/** Whether JSON.stringify leaves this property out of an object. */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  const pad = "  ".repeat(depth + 1);
  const close = "  ".repeat(depth);
  // A Pages list (made a page at a time) is written as the array it stands for; short, by its toJSON.
  if ((Array.isArray(value) || value instanceof Pages) && value.length >= LONG) {
    yield "[\n";
    // One JSON.stringify a batch, nested in `depth` arrays so that JSON.stringify itself indents the
    // items as deep as they sit in the document; the nesting's brackets are cut off.
    const open = Array.from({ length: depth + 1 }, (_, k) => `${"  ".repeat(k)}[\n`).join("");
    const shut = Array.from({ length: depth + 1 }, (_, k) => `\n${"  ".repeat(depth - k)}]`).join("");
    for (let i = 0; i < value.length; i += BATCH) {
      let nested: unknown = value.slice(i, i + BATCH);
      for (let k = 0; k < depth; k++) nested = [nested];
      const text = JSON.stringify(nested, null, 2);
      yield `${text.slice(open.length, text.length - shut.length)}${i + BATCH < value.length ? "," : ""}\n`;
    }
    yield `${close}]`;
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
  yield leaf(value, depth);
}
