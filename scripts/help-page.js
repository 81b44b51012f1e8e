/**
 * Builds help.html, the page each function's help URL points at, from the generated functions.json
 * (descriptions and parameters from the JSDoc) and src/functions/help.json (example, result, errors).
 * Everything is HTML-escaped.
 */
const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

function helpPage(metadata, examples) {
  const sections = metadata.functions.map((f) => {
    const ex = examples[f.id] || {};
    const sig = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    const params = f.parameters
      .map((p) => `<li><code>${esc(p.name)}</code>${p.optional ? " (optional)" : ""}: ${esc(p.description || "")}</li>`)
      .join("");
    const errors = (ex.errors || []).map((e) => `<li>${esc(e)}</li>`).join("");
    return `<section id="${esc(f.id)}"><h2>LIC.${esc(f.name)}(${esc(sig)})</h2>
<p>${esc(f.description)}</p><p class="rule">Rule ${esc(ex.rule || "")} of RULES.md</p>
<h3>Arguments</h3><ul>${params}</ul>
<h3>Example</h3><pre>${esc(ex.example || "")}</pre><p>Result: <strong>${esc(ex.result || "")}</strong></p>
<h3>Errors</h3><ul>${errors}</ul>
<p>Every argument may be a range: the result spills one answer per cell, and a bad cell gets its own error.</p></section>`;
  });
  const toc = metadata.functions.map((f) => `<li><a href="#${esc(f.id)}">${esc(f.name)}</a></li>`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Renewal Radar formulas</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:820px;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#242424}
pre{background:#f3f3f3;padding:.6rem;overflow:auto}section{border-top:1px solid #ddd;margin-top:1.5rem}.rule{color:#616161}
@media (prefers-color-scheme: dark){body{background:#1f1f1f;color:#eee}pre{background:#2b2b2b}}</style></head>
<body><h1>Renewal Radar formulas</h1><p>Dates are Excel dates. A date result shows as a date (2025-01-15) in Microsoft 365 and Excel on the web; Excel 2021 shows its serial number: format the cell as a date. Either way it is a number to other formulas.
A workbook in the 1904 date system is detected when the add-in starts; after switching the option, reopen the workbook.
A row with no data gives an empty cell; a row with some inputs missing is an error naming them. Text dates must be unambiguous: ISO (2024-01-15), 15-Jan-2024 or January 15, 2024.
Percentages are fractions: type 15% (or 0.15). Arguments left out default as stated; as_of left out is today, and those functions recalculate every time the sheet does, so they never go stale.</p>
<h2 id="errors">Errors</h2><p>Excel shows a function's explanation only for <strong>#VALUE!</strong> (a value of the wrong kind: an unreadable date, term or number) and <strong>#N/A</strong> (no answer for these inputs, e.g. a subscription that has not started): hover the error indicator, or open <em>Show Calculation Steps</em>, to read what to fix.
<strong>#NUM!</strong> (a number out of range, as with Excel's own functions) never shows a message, so every function lists its #NUM! causes below: most often a percentage typed as 15 instead of 15%, a negative price or seat count, or a date outside 1900-03-01 … 9999-12-31.
A cell of a range argument that holds an error (#N/A, #REF! …) gives that row the same error; the other rows still compute.</p>
<ul>${toc}</ul>${sections.join("\n")}</body></html>`;
}

module.exports = { helpPage };
