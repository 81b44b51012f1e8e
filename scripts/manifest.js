/**
 * One manifest per environment, as Microsoft advises: `manifest.xml` in the repository is the
 * development manifest (https://localhost:3000, its own Id, "Renewal Radar (dev)", namespace LICDEV),
 * and the release manifest is made from it here, so the two can never drift apart in structure.
 *
 * What differs for a release (and why):
 * - `<Id>`: Office keys an installed add-in by it; a different Id lets a developer keep the released
 *   add-in and the development one installed side by side.
 * - The display name and the custom functions' namespace: the release is "Renewal Radar" with the
 *   documented `LIC.` formulas; the development copy is "(dev)" with `LICDEV.`, so both can be loaded.
 * - `<Version>` (both): package.json's version, as Office's four-part version. Office reloads
 *   functions.json and the ribbon only for a manifest whose version went up.
 * - `<AppDomains>`: origins only (scheme, host, port) — Office matches domains, never paths.
 * - Every URL under ADDIN_URL; icons under names that carry their content's hash, so a host can
 *   let them be cached for good and a changed icon gets a new URL (Office caches icons hard).
 */
const crypto = require("crypto");

const DEV_URL = "https://localhost:3000/";

/** The development and the release add-in: what tells them apart in Office. */
const ENVIRONMENTS = {
  development: {
    id: "4b0e5c7e-2f1a-4d6b-9c3e-8a7d1f2b6c90",
    name: "Renewal Radar (dev)",
    namespace: "LICDEV",
  },
  release: {
    id: "6254a10c-f119-4759-be5f-4325512cb8c2",
    name: "Renewal Radar",
    namespace: "LIC",
  },
};

/** The order of the manifest's top-level elements that the OfficeApp schema (TaskPaneApp) requires. */
const ELEMENT_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

/** package.json's "1.2.3" (a pre-release tag dropped) as Office's "1.2.3.0". */
function officeVersion(semver) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(String(semver));
  if (!m) throw new Error(`package.json version ${JSON.stringify(semver)} is not major.minor.patch.`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** The origin of a URL: what an AppDomain may hold. */
function origin(url) {
  return new URL(url).origin;
}

/** An icon's file name with the first 10 hex digits of its content's SHA-256: icon-32.3f9a…png. */
function hashedName(fileName, content) {
  const hash = crypto.createHash("sha256").update(content).digest("hex").slice(0, 10);
  return fileName.replace(/(\.[^.]+)$/, `.${hash}$1`);
}

/**
 * The manifest for an environment, made from the development manifest `template`:
 * `{ url, version, environment: "development" | "release", icons: { "icon-32.png": "icon-32.<hash>.png" } }`.
 */
function manifestFor(template, { url, version, environment, icons = {} }) {
  const env = ENVIRONMENTS[environment];
  if (!env) throw new Error(`Unknown environment ${environment}`);
  const base = url.replace(/\/?$/, "/");
  let xml = template
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${env.id}</Id>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${officeVersion(version)}</Version>`)
    .replace(/<DisplayName DefaultValue="[^"]*"\/>/, `<DisplayName DefaultValue="${env.name}"/>`)
    .replace(/(<bt:String id="Functions.Namespace" DefaultValue=")[^"]*("\/>)/, `$1${env.namespace}$2`)
    .replace(/(<bt:String id="Group.Label" DefaultValue=")[^"]*("\/>)/, `$1${env.name}$2`);
  for (const [plain, hashed] of Object.entries(icons)) xml = xml.split(`assets/${plain}"`).join(`assets/${hashed}"`);
  xml = xml.split(DEV_URL).join(base);
  xml = xml.replace(/<AppDomains>[\s\S]*?<\/AppDomains>/, (block) =>
    block.replace(
      /<AppDomain>([^<]*)<\/AppDomain>/g,
      (_, u) => `<AppDomain>${origin(u) === origin(DEV_URL) ? origin(base) : origin(u)}</AppDomain>`,
    ),
  );
  if (environment === "release") {
    xml = xml.replace(
      /<!--[\s\S]*?-->\n?/,
      "<!-- Renewal Radar: the release manifest, written by `npm run release` for " + base + " -->\n",
    );
  }
  return xml;
}

/** The names of the manifest's top-level elements in document order (for the schema-order check). */
function topLevelElements(xml) {
  const body = xml.slice(xml.indexOf("<OfficeApp"), xml.lastIndexOf("</OfficeApp>"));
  const names = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (closing) depth--;
    else {
      if (depth === 1) names.push(name);
      if (!selfClosing) depth++;
    }
  }
  return names;
}

module.exports = {
  DEV_URL,
  ENVIRONMENTS,
  ELEMENT_ORDER,
  officeVersion,
  origin,
  hashedName,
  manifestFor,
  topLevelElements,
};
