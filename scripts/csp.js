/**
 * The Content-Security-Policy of taskpane.html — the page that is the task pane and, in the shared
 * runtime, also runs the custom functions. Our own code loads nothing from outside; office.js does,
 * and Microsoft publishes no list of what, so the list below was read from office.js itself
 * (@microsoft/office-js 1.1.110: office.debug.js and the excel-web / excel-win32 / excel-mac host
 * scripts) and every entry is checked against the policy by test/build/csp.test.ts.
 *
 * Deliberately not allowed: msal-browser from alcdn.msauth.net (office.js loads it only for nested
 * app authentication, which this add-in, having no sign-in, never starts).
 */
const OFFICE_BASE = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** What office.js fetches, frames or loads on the web, Windows and Mac, by CSP directive. */
const OFFICE_JS_LOADS = [
  {
    directive: "script-src",
    url: `${OFFICE_BASE}office.js`,
    why: "office.js itself (the page's only foreign script tag)",
  },
  { directive: "script-src", url: `${OFFICE_BASE}excel-web-16.00.js`, why: "the host script for Excel on the web" },
  { directive: "script-src", url: `${OFFICE_BASE}excel-win32-16.01.js`, why: "the host script for Excel on Windows" },
  { directive: "script-src", url: `${OFFICE_BASE}excel-mac-16.00.js`, why: "the host script for Excel on Mac" },
  {
    directive: "script-src",
    url: `${OFFICE_BASE}en-us/office_strings.js`,
    why: "the user's locale strings (loadLocaleStrings)",
  },
  {
    directive: "script-src",
    url: `${OFFICE_BASE}ariatelemetry/aria-web-telemetry.js`,
    why: "Office's telemetry library",
  },
  {
    directive: "script-src",
    url: "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js",
    why: "MicrosoftAjax, loaded by older hosts (requiresMsAjax)",
  },
  {
    directive: "connect-src",
    url: "https://browser.pipe.aria.microsoft.com/Collector/3.0/",
    why: "telemetry events (also eu., us., jp., au., de. .pipe.aria)",
  },
  {
    directive: "connect-src",
    url: "https://eu.pipe.aria.microsoft.com/Collector/3.0/",
    why: "telemetry events, EU region",
  },
  {
    directive: "frame-src",
    url: `${OFFICE_BASE}AgaveErrorUX/index.html`,
    why: "Excel on the web's host-trust check (a hidden iframe)",
  },
  {
    directive: "style-src",
    url: `${OFFICE_BASE}AgaveErrorUX/style/agaveerrorux.css`,
    why: "OSF.OUtil.loadCSS for Office's own error UI",
  },
  { directive: "img-src", url: `${OFFICE_BASE}AgaveErrorUX/images/error.png`, why: "images of Office's error UI" },
];

/** The policy, one directive a line in this table; `'self'` is the add-in's own files. */
const POLICY = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"],
  // Fluent UI (Griffel) inserts its styles at run time: inline styles are needed, inline scripts never.
  "style-src": ["'self'", "'unsafe-inline'", "https://appsforoffice.microsoft.com"],
  "img-src": ["'self'", "data:", "https://appsforoffice.microsoft.com"],
  "connect-src": ["'self'", "https://*.pipe.aria.microsoft.com"],
  "frame-src": ["https://appsforoffice.microsoft.com"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'none'"],
};

/** The policy as the meta tag's content. */
function policyText(policy = POLICY) {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}

/** The sources that govern `directive` (its own, else default-src), as a browser applies them. */
function sourcesFor(policy, directive) {
  return policy[directive] ?? policy["default-src"] ?? [];
}

/** Whether a CSP source expression (host-source or scheme-source) allows an absolute URL. */
function sourceAllows(source, url) {
  const u = new URL(url);
  if (source === "'none'" || source === "'self'" || source.startsWith("'")) return false;
  if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return u.protocol === source.toLowerCase();
  const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?(\/.*)?$/i.exec(source);
  if (!m) return false;
  const [, scheme, wildcard, host, port, pathPart] = m;
  if (scheme && `${scheme.toLowerCase()}:` !== u.protocol) return false;
  const h = u.hostname.toLowerCase();
  const hostOk = wildcard ? h.endsWith(`.${host.toLowerCase()}`) : h === host.toLowerCase();
  if (!hostOk) return false;
  if (port && port !== "*" && String(u.port || (u.protocol === "https:" ? 443 : 80)) !== port) return false;
  if (port === undefined && u.port) return false;
  if (pathPart) return pathPart.endsWith("/") ? u.pathname.startsWith(pathPart) : u.pathname === pathPart;
  return true;
}

/** Whether the policy lets the page load `url` under `directive`. */
function allows(policy, directive, url) {
  return sourcesFor(policy, directive).some((s) => sourceAllows(s, url));
}

module.exports = { OFFICE_BASE, OFFICE_JS_LOADS, POLICY, policyText, allows, sourceAllows };
