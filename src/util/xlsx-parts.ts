/**
 * Reading an .xlsx workbook's own parts as text (pure: no file system, for the command line and the
 * browser demo alike): its sheets from `xl/workbook.xml` and the relationships that point each to its
 * part, with names, visibility and tab order.
 */

export interface WorkbookSheet {
  name: string;
  /** "visible", "hidden" or "veryHidden". */
  state: string;
  /** The sheet's id in the workbook (`sheetId`). */
  sheetId: number;
  /** N of the part `xl/worksheets/sheetN.xml` that holds it (undefined: another part name). */
  part?: number;
  /** Its place among the workbook's tabs (0 first). */
  tab: number;
}

/** The sheets of a workbook part's XML, with the parts its relationships point them to. */
export function sheetsOf(workbookXml: string, relsXml: string): WorkbookSheet[] {
  const targets = new Map<string, string>();
  for (const tag of relsXml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const a = attributes(tag);
    if (a.Id && a.Target) targets.set(a.Id, a.Target);
  }
  return (workbookXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []).map((tag, tab) => {
    const a = attributes(tag);
    const target = targets.get(a["r:id"] ?? a.id ?? "") ?? "";
    const part = /(?:^|\/)worksheets\/sheet(\d+)\.xml$/i.exec(target);
    return {
      name: a.name ?? "",
      state: a.state ?? "visible",
      sheetId: Number(a.sheetId),
      part: part ? Number(part[1]) : undefined,
      tab,
    };
  });
}

/** A tag's attributes, their entities decoded ("R&amp;D" → "R&D"). */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = decodeEntities(m[2] ?? m[3]);
  return out;
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_m, hex, dec, name) =>
    hex
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()],
  );
}
