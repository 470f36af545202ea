import type { Bilingual } from '../domain/shared/bilingual';
/**
 * Coded domain errors (STYLE.md rule 6): thrown anywhere, turned into HTTP once, in onError.
 * Every error carries a zh-CN and an English message; the client picks by Accept-Language.
 */

export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 503,
    readonly code: string,
    readonly messages: Bilingual,
    readonly field?: string,
    public details?: unknown,
  ) {
    super(messages.en);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, messages: Bilingual, field?: string, details?: unknown) =>
  new AppError(400, code, messages, field, details);

export const unauthorized = () =>
  new AppError(401, 'unauthenticated', { zh: '请先登录', en: 'Please log in' });

export const forbidden = (field?: string) =>
  new AppError(403, 'forbidden', { zh: '无权访问该资源', en: 'You are not allowed to access this resource' }, field);

export const notFound = (what: Bilingual) =>
  new AppError(404, 'not_found', { zh: `未找到${what.zh}`, en: `${what.en} not found` });

export const conflict = (code: string, messages: Bilingual, details?: unknown, field?: string) =>
  new AppError(409, code, messages, field, details);

export const unavailable = () =>
  new AppError(503, 'database_unavailable', {
    zh: '数据库暂时不可用，请稍后重试',
    en: 'The database is temporarily unavailable; please retry shortly',
  });
