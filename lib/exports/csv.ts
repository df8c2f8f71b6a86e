export type CsvColumn<T> = { header: string; value: (row: T) => string | number | boolean | null | undefined };

// Cells starting with these are run as formulas by spreadsheet programs (CSV injection): = + - @ tab CR.
const FORMULA_START = new Set([61, 43, 45, 64, 9, 13]);
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: quoted when it must be, a formula-like text defused with a leading apostrophe. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") {
    const text = String(value);
    return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }
  const text = FORMULA_START.has(value.charCodeAt(0)) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with a header row and CRLF line ends. Built by appending to one string (no array per
 * row): exports write 10,000 rows of 18 cells in one request.
 */
export function toCsv<T>(rows: T[], columns: CsvColumn<T>[], { header = true } = {}): string {
  let out = header ? columns.map((c) => csvCell(c.header)).join(",") + "\r\n" : "";
  for (const row of rows) {
    let line = "";
    for (let i = 0; i < columns.length; i++) line += (i ? "," : "") + csvCell(columns[i].value(row));
    out += line + "\r\n";
  }
  return out;
}

export function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
    },
  });
}
