/**
 * Runs a review in small steps so the pane stays responsive on 100,000 rows, reports progress and
 * stops when cancelled. Pure apart from yielding to the browser between steps.
 */
import { ReportReview, type ReviewOptions, type ReviewResult, type Role } from "../review";
import { iso, todaySerial, type DateOrder } from "../rules/dates";
import type { PaneSettings, ReportSnapshot } from "../excel/host";

export interface ReviewChoices {
  /** Mapping corrections: role → column index within the report, or null. */
  mapping: Partial<Record<Role, number | null>>;
  /** The user's date-order switch, when touched. */
  forceDateOrder?: DateOrder;
}

/** Review options from the pane's settings, the user's corrections and where the report sits. */
export function reviewOptions(settings: PaneSettings, choices: ReviewChoices, snapshot: ReportSnapshot, today = todaySerial()): ReviewOptions {
  return {
    asOf: settings.asOf ? iso(settings.asOf) : today,
    horizon: settings.horizon,
    dateOrder: settings.dateOrder,
    forceDateOrder: choices.forceDateOrder,
    firstRow: snapshot.firstRow,
    mapping: choices.mapping,
    parameters: {
      deprovisionDays: settings.deprovisionDays,
      estFee: settings.estFee,
      lateReduction: settings.lateReduction,
      pauMinimum: settings.pauMinimum,
    },
  };
}

const STEP_ROWS = 4000;

export async function runReview(
  snapshot: ReportSnapshot,
  options: ReviewOptions,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ReviewResult> {
  const review = new ReportReview(snapshot.values, options);
  while (review.step(STEP_ROWS)) {
    onProgress?.(review.done, review.total);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) throw new DOMException("Cancelled", "AbortError");
  }
  onProgress?.(review.total, review.total);
  return review.result();
}
