import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { hasControlCharacter } from '../../../api/domain/shared/controlCharacters';
import { csvField, documentText } from '../../../api/domain/shared/documentText';

// XML 1.0 §2.2 Char, the set a DOCX/XLSX part may hold.
const xmlChar = /^(?:[\t\n\r\u0020-\uD7FF\uE000-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

describe('control characters', () => {
  test('hand cases: NUL, U+0001, U+000B refused; tab/newline only in multiline text', () => {
    expect(hasControlCharacter('a\u0000b', true)).toBe(true);
    expect(hasControlCharacter('a\u0001b', true)).toBe(true);
    expect(hasControlCharacter('a\u000Bb', true)).toBe(true);
    expect(hasControlCharacter('a\tb\nc\r', true)).toBe(false);
    expect(hasControlCharacter('a\nb', false)).toBe(true);
    expect(hasControlCharacter('燃气 隐患 ①', false)).toBe(false);
    expect(documentText('检查\u0001结果\u000B：合格\n下一行')).toBe('检查结果：合格\n下一行');
    expect(documentText('a\uD800b')).toBe('ab');
    expect(documentText('😀')).toBe('😀');
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })])('xml: the result is always XML 1.0 text and made of the input characters', (s) => {
    const w = documentText(s);
    expect(w).toMatch(xmlChar);
    expect(documentText(w)).toBe(w);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })])('documents and CSV fields: no control character but tab/LF/CR survives', (s) => {
    expect(hasControlCharacter(documentText(s), true)).toBe(false);
    expect(hasControlCharacter(csvField(s), true)).toBe(false);
  });
});
