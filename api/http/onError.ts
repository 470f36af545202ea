import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DomainError, invalid, messageOf, tooLarge, unavailable, type ErrorKind } from '../domain/shared/domainError';
import type { AppEnv } from './context';

/** The one place an error kind becomes an HTTP status. */
export const statusOfKind = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media: 415,
  unprocessable: 422,
  locked: 423,
  rate_limited: 429,
  unavailable: 503,
} as const satisfies Record<ErrorKind, number>;

const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006']);

/** Error codes along an error's `cause` chain (driver errors wrap the server's). */
function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    e = (e as { cause?: unknown }).cause;
  }
  return codes;
}

/** What a database error means for the caller; a driver error not listed here is a bug (500). */
function fromDatabase(codes: string[]): DomainError | undefined {
  // A database outage (server stopped, restarting) is a 503 the client may retry, not a bug.
  if (codes.some((c) => unavailableCodes.has(c))) return unavailable();
  for (const code of codes) {
    if (code === '23505') return new DomainError('conflict', 'duplicate', { zh: '记录已存在', en: 'The record already exists' });
    if (code === '23503') return new DomainError('conflict', 'referenced', { zh: '关联记录不存在或仍被引用', en: 'A related record is missing or still referenced' });
    if (code === '22P02' || code === '22003' || code === '22007' || code === '22008')
      return invalid('invalid_value', { zh: '数值或日期无效', en: 'A number or date is invalid' });
    // Text the database cannot hold (a NUL from a file import): the guards refuse it first, this is the net.
    if (code === '22021' || code === '22P05')
      return invalid('control_character', { zh: '文本含数据库无法保存的字符（如 NUL）', en: 'The text contains a character the database cannot store (such as NUL)' });
  }
  return undefined;
}

/** Any thrown value as the product's error model, or undefined when it is a bug. */
export function toDomainError(err: unknown): DomainError | undefined {
  if (err instanceof DomainError) return err;
  if (err instanceof HTTPException) {
    if (err.status === 413) return tooLarge();
    if (err.status === 400) return invalid('malformed_json', { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' }, 'body');
    return undefined;
  }
  if (err instanceof SyntaxError || err instanceof RangeError)
    return invalid('malformed_body', { zh: '请求体无法解析', en: 'The request body could not be parsed' }, 'body');
  return fromDatabase(codesOf(err));
}

export function errorResponse(c: Context<AppEnv>, err: DomainError) {
  const lang = c.var.lang ?? 'zh';
  const status = statusOfKind[err.kind];
  if (status === 503) c.header('Retry-After', '2');
  return c.json(
    {
      error: {
        code: err.code,
        message: messageOf(err, lang),
        ...(err.field ? { field: err.field } : {}),
        ...(err.details !== undefined ? { details: err.details } : {}),
      },
    },
    status,
  );
}

/** The single place errors become responses; anything unexpected is a logged 500 without a stack. */
export function onError(err: Error, c: Context<AppEnv>) {
  const known = toDomainError(err);
  if (known) return errorResponse(c, known);
  console.error(`[500] ${c.req.method} ${new URL(c.req.url).pathname}: ${safeDescription(err)}`);
  return c.json({ error: { code: 'internal_error', message: c.var.lang === 'en' ? 'Internal server error' : '服务器内部错误' } }, 500);
}

/**
 * What may be logged of an unexpected error: its class and database error code, never its
 * message — a failed query's message carries the bound parameters (ID numbers, names; PIPL
 * Art. 28), and a stack may carry request data.
 */
export function safeDescription(err: Error): string {
  const codes = codesOf(err);
  const where = err.stack?.split('\n').find((l) => l.includes('/api/') || l.includes('/db/'))?.trim();
  return `${err.name}${codes.length ? ` [${codes.join(', ')}]` : ''}${where ? ` ${where.replace(/\(.*\/(api|db)\//, '($1/')}` : ''}`;
}
