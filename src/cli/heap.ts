/**
 * The command line's memory: V8 lets its young generation grow to 16 MB a semi-space (48 MB with the
 * space it copies into) while a review streams a million rows, each row's cells dying young; that
 * growth, and the old-space pages it leaves behind, were what lifted a findings-dense million-row
 * review's peak RSS over the 400 MB the README promises (measured: 410–430 MB with the default,
 * 362–393 MB with 8 MB semi-spaces that do not grow — at 10–15 % more time on that file, the price of
 * the more frequent scavenges; `npm run bench`, section 3).
 * Set once, before the first file is read; V8 reads these flags whenever it resizes the young generation.
 */
import { setFlagsFromString } from "v8";

let set = false;

/** Keeps V8's young generation at 8 MB a semi-space for the rest of the process. */
export function keepYoungGenerationSmall(): void {
  if (set) return;
  set = true;
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--max-semi-space-size=8");
}
