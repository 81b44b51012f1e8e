import * as React from "react";
import { columnLetters } from "../excel/host";
import type { MemoryWorkbook } from "../excel/memory-workbook";

/** A small spreadsheet view of the in-page workbook: sheet tabs, a grid, fills, the selection. */
export function WorkbookView({ workbook }: { workbook: MemoryWorkbook }): React.ReactElement {
  const [, force] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => workbook.subscribe(force), [workbook]);
  const sheet = workbook.sheet(workbook.activeSheet);
  const sel = workbook.selection;
  const anchor = React.useRef<{ row: number; col: number } | null>(null);
  const width = sheet.cells.reduce((w, r) => Math.max(w, r.length), 8);
  const height = Math.max(30, sheet.cells.length + 3);
  // Large sheets show a window of rows around the selection, so the page stays fast.
  const WINDOW = 400;
  const first = height > WINDOW ? Math.max(0, Math.min(sel.top - 50, height - WINDOW)) : 0;
  const shownRows = Math.min(height - first, WINDOW);
  const selectedRow = React.useRef<HTMLTableRowElement | null>(null);
  const scroller = React.useRef<HTMLDivElement | null>(null);
  React.useEffect(() => {
    // Bring the selected row into view vertically only (Go to row), as Excel does.
    const row = selectedRow.current;
    const box = scroller.current;
    if (!row || !box) return;
    if (row.offsetTop < box.scrollTop + 24 || row.offsetTop > box.scrollTop + box.clientHeight - 24)
      box.scrollTop = Math.max(0, row.offsetTop - 60);
  }, [sel.top, sel.sheet]);

  const onCell = (row: number, col: number, extend: boolean) => {
    if (extend && anchor.current) {
      const a = anchor.current;
      workbook.select({
        sheet: sheet.name,
        top: Math.min(a.row, row),
        bottom: Math.max(a.row, row),
        left: Math.min(a.col, col),
        right: Math.max(a.col, col),
      });
    } else {
      anchor.current = { row, col };
      workbook.select({ sheet: sheet.name, top: row, bottom: row, left: col, right: col });
    }
  };
  const inSel = (r: number, c: number) =>
    sel.sheet === sheet.name && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;

  return (
    <div className="workbook" aria-label="Demo workbook" style={{ minWidth: 0 }}>
      <div role="tablist" aria-label="Sheets" style={{ display: "flex", gap: 4, padding: 4, background: "#f3f2f1" }}>
        {workbook.sheets.map((s) => (
          <button
            key={s.name}
            role="tab"
            aria-selected={s.name === sheet.name}
            onClick={() => workbook.activate(s.name)}
            style={{
              fontWeight: s.name === sheet.name ? 700 : 400,
              border: "1px solid #c8c6c4",
              background: s.name === sheet.name ? "#fff" : "#edebe9",
              padding: "2px 8px",
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div ref={scroller} style={{ overflow: "auto", height: "calc(100vh - 40px)" }}>
        <table className="grid" style={{ borderCollapse: "collapse", fontSize: 12 }} data-sheet={sheet.name}>
          <thead>
            <tr>
              <th style={{ background: "#f3f2f1", position: "sticky", top: 0 }} />
              {Array.from({ length: width }, (_, c) => (
                <th
                  key={c}
                  style={{
                    background: "#f3f2f1",
                    border: "1px solid #e1dfdd",
                    position: "sticky",
                    top: 0,
                    minWidth: 60,
                  }}
                >
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: shownRows }, (_, i) => first + i).map((r) => (
              <tr
                key={r}
                data-row={r + 1}
                ref={r === sel.top ? selectedRow : undefined}
                aria-selected={sel.sheet === sheet.name && r >= sel.top && r <= sel.bottom}
              >
                <th style={{ background: "#f3f2f1", border: "1px solid #e1dfdd", padding: "0 4px" }}>{r + 1}</th>
                {Array.from({ length: width }, (_, c) => {
                  const value = sheet.cells[r]?.[c];
                  const fill = workbook.effectiveFill(sheet, r, c);
                  const link = sheet.links.get(`${r},${c}`);
                  return (
                    <td
                      key={c}
                      data-cell={`${columnLetters(c)}${r + 1}`}
                      data-fill={fill ?? ""}
                      onMouseDown={(e) => onCell(r, c, e.shiftKey)}
                      style={{
                        border: "1px solid #e1dfdd",
                        padding: "1px 4px",
                        whiteSpace: "nowrap",
                        maxWidth: 220,
                        overflow: "hidden",
                        textOverflow: "ellipsis",
                        background: fill ?? "#fff",
                        outline: inSel(r, c) ? "2px solid #107c41" : undefined,
                        outlineOffset: -2,
                        color: "#201f1e",
                      }}
                    >
                      {link ? (
                        <a
                          href="#"
                          onClick={(e) => {
                            e.preventDefault();
                            void workbook.goToRow(link.sheet, link.row, 0, 1);
                          }}
                        >
                          {String(value ?? "")}
                        </a>
                      ) : (
                        String(value ?? "")
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {height > WINDOW && (
          <p style={{ fontSize: 12, padding: 4 }}>
            Rows {first + 1}–{first + shownRows} of {sheet.cells.length} shown.
          </p>
        )}
      </div>
    </div>
  );
}
