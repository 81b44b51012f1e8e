/**
 * The task pane page's Content-Security-Policy against what office.js loads on the web, Windows and
 * Mac (read from office.js itself: scripts/csp.js lists it). A policy that would block one of them
 * breaks the add-in in that host only — this fails first.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_JS_LOADS, POLICY, allows, policyText, sourceAllows } = require("../../scripts/csp.js");

describe("the task pane's Content-Security-Policy", () => {
  const loads: Array<[string, string, string]> = OFFICE_JS_LOADS.map(
    (l: { directive: string; url: string; why: string }) => [l.why, l.directive, l.url],
  );
  it.each(loads)("allows %s (%s %s)", (_why: string, directive: string, url: string) => {
    expect(allows(POLICY, directive, url)).toBe(true);
  });

  it("allows nothing else from outside: no inline scripts, no eval, no plugins, no form posts, no other hosts", () => {
    expect(POLICY["script-src"]).not.toContain("'unsafe-inline'");
    expect(POLICY["script-src"]).not.toContain("'unsafe-eval'");
    expect(POLICY["object-src"]).toEqual(["'none'"]);
    expect(allows(POLICY, "connect-src", "https://api.example.com/upload")).toBe(false);
    expect(allows(POLICY, "script-src", "https://alcdn.msauth.net/browser/2.21.0/js/msal-browser.min.js")).toBe(false);
    expect(allows(POLICY, "frame-src", "https://evil.example.org/")).toBe(false);
    expect(policyText()).toMatch(/^default-src 'self'; script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
  });

  it("matches sources as browsers do: a wildcard covers subdomains only, a path source is a prefix when it ends in /", () => {
    expect(sourceAllows("https://*.pipe.aria.microsoft.com", "https://eu.pipe.aria.microsoft.com/x")).toBe(true);
    expect(sourceAllows("https://*.pipe.aria.microsoft.com", "https://pipe.aria.microsoft.com/x")).toBe(false);
    expect(sourceAllows("https://appsforoffice.microsoft.com", "http://appsforoffice.microsoft.com/lib")).toBe(false);
    expect(sourceAllows("https://a.test/lib/", "https://a.test/lib/x.js")).toBe(true);
    expect(sourceAllows("https://a.test/lib/", "https://a.test/other.js")).toBe(false);
    expect(sourceAllows("data:", "data:image/png;base64,AA")).toBe(true);
  });
});
