/**
 * Control characters in text (issue 14), pure. PostgreSQL cannot store U+0000 in text or jsonb
 * (a NUL reaching it was a 500), and XML 1.0 (DOCX, XLSX) has no way to write C0 controls other
 * than tab, LF and CR (XML 1.0 §2.2 Char) — Word refuses a document carrying one.
 */

/** C0 controls and DEL, tab/LF/CR excepted: never accepted in text. */
const unsafeInText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A single-line value refuses tab, LF and CR as well. */
const unsafeInLine = /[\u0000-\u001F\u007F]/;

export function hasControlCharacter(s: string, multiline: boolean): boolean {
  return (multiline ? unsafeInText : unsafeInLine).test(s);
}

export const hasNul = (s: string) => s.includes('\u0000');

/** The document formats the product writes. */
export type DocumentFormat = 'xml' | 'pdf' | 'csv';

// XML 1.0 §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// (lone surrogates and U+FFFE/U+FFFF excluded). PDF text (pdfkit) and CSV keep LF/CR/tab too
// but nothing else below U+0020: a C0 in a CSV cell is invisible data a spreadsheet may misread.
const unwritable: Record<DocumentFormat, RegExp> = {
  xml: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
  pdf: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
  csv: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g,
};

/** The text as a document of that format can hold it: what it cannot hold is dropped. */
export function writableText(s: string, format: DocumentFormat): string {
  return s.replace(unwritable[format], '');
}

/** A row of cells with every string made writable (numbers, dates and nulls pass unchanged). */
export function writableRow<T>(values: readonly T[], format: DocumentFormat): T[] {
  return values.map((v) => (typeof v === 'string' ? (writableText(v, format) as T) : v));
}
