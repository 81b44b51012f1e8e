/**
 * Which date system a workbook uses. The released API sets have no property for it, so Excel is
 * asked what DATE(1904,1,1) is: 1462 in the 1900 date system, 0 in the 1904 one. Kept apart from
 * the task pane's host so the formulas' bundle (functions.js) can ask without carrying the pane.
 */

/** 1900 or 1904 (mirrors host.ts's DateSystem, without importing the pane's host). */
export type WorkbookDateSystem = 1900 | 1904;

/** Queues the question on `context`; the returned function answers it after the next sync. */
export function loadDateSystem(context: Excel.RequestContext): () => WorkbookDateSystem {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => (probe.value === 0 ? 1904 : 1900);
}

/**
 * Asks once and hands the answer to `onDetected`; when it is 1904, Excel recalculates everything,
 * so formulas computed before the answer came are computed again in it. 1900 when Excel cannot say.
 */
export async function detectDateSystem(onDetected: (system: WorkbookDateSystem) => void): Promise<WorkbookDateSystem> {
  try {
    return await Excel.run(async (context) => {
      const system = loadDateSystem(context);
      await context.sync();
      const found = system();
      onDetected(found);
      if (found === 1904) {
        context.application.calculate(Excel.CalculationType.full);
        await context.sync();
      }
      return found;
    });
  } catch {
    return 1900;
  }
}
