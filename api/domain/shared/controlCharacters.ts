/**
 * Control characters in text (issue 14), pure. PostgreSQL cannot store U+0000 in text or jsonb
 * (a NUL reaching it was a 500), and XML 1.0 (DOCX, XLSX) has no way to write C0 controls other
 * than tab, LF and CR (XML 1.0 §2.2 Char) — Word refuses a document carrying one. Input is checked
 * here; what leaves in a document is cleaned by documentText.ts.
 */

/** C0 controls and DEL, tab/LF/CR excepted: never accepted in text. */
const unsafeInText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A single-line value refuses tab, LF and CR as well. */
const unsafeInLine = /[\u0000-\u001F\u007F]/;

export function hasControlCharacter(s: string, multiline: boolean): boolean {
  return (multiline ? unsafeInText : unsafeInLine).test(s);
}

export const hasNul = (s: string) => s.includes('\u0000');
