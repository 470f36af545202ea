// Text that leaves the product in a document (DOCX, XLSX, PDF, CSV). Every writer passes its
// strings through here, so a stray control character typed into a form or an imported file
// cannot make Word or Excel refuse the file. No I/O.

// XML 1.0 §2.2 Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]:
// C0 controls other than TAB/LF/CR, lone surrogates and U+FFFE/U+FFFF are not allowed in a part.
// DEL and the C1 controls are allowed by XML but print as boxes, so they go too.
const notDocumentText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character a document cannot carry dropped (XML 1.0 §2.2, plus DEL and C1). */
export function documentText(value: string): string {
  return value.replace(notDocumentText, '');
}

/** Text for an XML element or attribute: document-safe, then the five XML escapes (§2.4). */
export function xmlText(value: string): string {
  return documentText(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A spreadsheet cell value: strings made document-safe, numbers, dates and empties unchanged. */
export function cellValue<T>(value: T): T {
  return (typeof value === 'string' ? documentText(value) : value) as T;
}

/**
 * One RFC 4180 CSV field: document-safe, formula-looking text prefixed with ' so a spreadsheet
 * does not execute it (OWASP CSV injection), quoted when it holds a comma, quote or line break.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : documentText(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file: UTF-8 with a BOM (Excel reads the Chinese text right), CRLF line ends (RFC 4180 §2). */
export function csvFile(rows: readonly (readonly (string | number | null | undefined)[])[]): Uint8Array {
  return new TextEncoder().encode('\ufeff' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n');
}
