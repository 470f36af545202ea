import type { Bilingual, Language } from './bilingual';
import { fieldLabel } from './fieldLabels';
/**
 * The one error model of the product (STYLE.md "One way to do each thing"). Domain rules,
 * services and the HTTP edge throw `DomainError`s: a kind (what went wrong, not an HTTP status),
 * a stable code for clients, the reason in both languages, and optionally the field it is
 * about. Only the edge (api/http/onError.ts) turns a kind into a status. No I/O.
 */

export const errorKinds = [
  'invalid', // the request names a value the rules do not accept
  'unauthenticated',
  'forbidden',
  'not_found', // also: out of the caller's scope (ids are no oracle)
  'conflict', // the stored state does not allow it (order of steps, duplicate, 3D clash)
  'unprocessable', // well-formed, but the content cannot be used as a whole (row reports)
  'too_large',
  'unsupported_media',
  'locked',
  'rate_limited',
  'unavailable', // the database (or another dependency) is down: retry
] as const;
export type ErrorKind = (typeof errorKinds)[number];

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    /** The whole reason as users read it; for a FieldError only what is wrong with the field. */
    readonly text: Bilingual,
    readonly field?: string,
    public details?: unknown,
  ) {
    super(text.en);
    this.name = 'DomainError';
  }
}

/**
 * A value of one field is wrong. `text` says what is wrong and what to do; the edge puts the
 * field's label (in the user's language) in front of it, so no code writes "字段 … 无效" itself.
 */
export class FieldError extends DomainError {
  declare readonly field: string;

  constructor(field: string, reason: Bilingual, code = 'validation_failed', details?: unknown) {
    super('invalid', code, reason, field, details);
    this.name = 'FieldError';
    this.message = fieldSentence(field, reason.en, 'en');
  }
}

/** The one sentence for a field error: the field's label (fieldLabels.ts) in that language, then the reason. */
export function fieldSentence(field: string, reason: string, lang: Language): string {
  const label = fieldLabel(field, lang);
  return lang === 'en' ? `Field "${label}" ${reason}` : `字段 ${label} 无效：${reason}`;
}

/** The error as users read it in one language: a field error names its field first. */
export function messageOf(err: DomainError, lang: Language): string {
  const reason = err.text[lang];
  return err instanceof FieldError && err.field ? fieldSentence(err.field, reason, lang) : reason;
}

export const invalid = (code: string, text: Bilingual, field?: string, details?: unknown) =>
  new DomainError('invalid', code, text, field, details);

export const unauthenticated = () =>
  new DomainError('unauthenticated', 'unauthenticated', { zh: '请先登录', en: 'Please log in' });

export const forbidden = (field?: string) =>
  new DomainError('forbidden', 'forbidden', { zh: '无权访问该资源', en: 'You are not allowed to access this resource' }, field);

export const notFound = (what: Bilingual) =>
  new DomainError('not_found', 'not_found', { zh: `未找到${what.zh}`, en: `${what.en} not found` });

export const conflict = (code: string, text: Bilingual, details?: unknown, field?: string) =>
  new DomainError('conflict', code, text, field, details);

export const unprocessable = (code: string, text: Bilingual, details?: unknown, field?: string) =>
  new DomainError('unprocessable', code, text, field, details);

export const tooLarge = (text: Bilingual = { zh: '请求体过大', en: 'The request body is too large' }, field?: string) =>
  new DomainError('too_large', 'payload_too_large', text, field);

export const unavailable = () =>
  new DomainError('unavailable', 'database_unavailable', {
    zh: '数据库暂时不可用，请稍后重试',
    en: 'The database is temporarily unavailable; please retry shortly',
  });
