/**
 * The last touches on the functions.json that custom-functions-metadata-plugin generates from the
 * JSDoc, and on the production manifest. Used by webpack.config.js and tested on its own
 * (test/build/functions-metadata.test.ts) and on the built dist/ (browser tests).
 *
 * - `allowErrorForDataTypeAny: true` at the root: without it Excel never calls a function whose
 *   input range holds an error cell, and one #N/A in a 50,000-row column turns every answer into an
 *   error. The generator does not write it from JSDoc, so it is added here.
 * - `allowCustomDataForDataTypeAny: true`: Excel passes data types (a formatted number — what the
 *   date functions return — a value with properties, an entity) into `any` parameters as such,
 *   and lets the functions return formatted numbers; src/functions/cell-values.ts reads each as its
 *   basic value, so a LIC date fed into another LIC formula still works.
 * - Production URLs: only in a release (npm run release, ADDIN_URL set, https). Otherwise nothing
 *   points at a placeholder host: functions.json keeps the development URLs.
 */
const DEV_URL = "https://localhost:3000/";

/** The production base URL from ADDIN_URL, with one trailing slash; null when unset. Throws when not https. */
function productionUrl(env = process.env) {
  const raw = (env.ADDIN_URL || "").trim();
  if (!raw) return null;
  if (!/^https:\/\/[^\s/]+/i.test(raw)) throw new Error(`ADDIN_URL must be an https URL (got ${JSON.stringify(raw)}).`);
  return raw.replace(/\/?$/, "/");
}

/** Replaces every development URL (with or without the trailing slash) by `url`. */
function toProductionUrls(text, url) {
  return text.split(DEV_URL).join(url).split(DEV_URL.slice(0, -1)).join(url.slice(0, -1));
}

/** functions.json as the add-in ships it: errors allowed into `any` parameters, URLs for `url` (or dev). */
function finishMetadata(jsonText, url) {
  const metadata = JSON.parse(jsonText);
  const out = { allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: true, ...metadata };
  out.allowErrorForDataTypeAny = true;
  out.allowCustomDataForDataTypeAny = true;
  const text = JSON.stringify(out, null, 2);
  return url ? toProductionUrls(text, url) : text;
}

module.exports = { DEV_URL, productionUrl, toProductionUrls, finishMetadata };
