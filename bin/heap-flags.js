// The Node options the command line runs with (bin/renewal-radar.js starts Node with them; the
// benchmark runs its measured reviews with them). V8 lets its young generation grow to 16 MB a
// semi-space while a review streams a million rows, each row's cells dying young; kept at 8 MB from
// the start, a findings-dense million-row Partner Center file peaks at ~360–370 MB instead of
// ~386–401 MB, at the same speed (measured alternately, `npm run bench`). Set at run time instead
// (v8.setFlagsFromString, as before 2026-12-08) the same flag cost ~10–15 % more time: it must be
// given when Node starts.
"use strict";
module.exports = ["--max-semi-space-size=8"];
