/**
 * CSV (RFC 4180) with protection against formula injection: a cell that a spreadsheet would run
 * as a formula (starting with = + - @ or a tab/CR) gets a leading apostrophe. Object keys such as
 * "=HYPERLINK(...)" are legal in S3, and this file is meant to be opened in a spreadsheet.
 */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}
