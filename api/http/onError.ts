import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, unavailable } from './errors';
import type { AppEnv } from './context';

const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006']);

/** A database outage (server stopped, restarting) is a 503 the client may retry, not a bug. */
function isDbUnavailable(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: string }).code;
    if (code && unavailableCodes.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

function fromPostgres(err: unknown): AppError | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: string }).code;
    if (code === '23505') return new AppError(409, 'duplicate', { zh: '记录已存在', en: 'The record already exists' });
    if (code === '23503') return new AppError(409, 'referenced', { zh: '关联记录不存在或仍被引用', en: 'A related record is missing or still referenced' });
    if (code === '22P02' || code === '22003' || code === '22007' || code === '22008')
      return new AppError(400, 'invalid_value', { zh: '数值或日期无效', en: 'A number or date is invalid' });
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    if (err.status === 413)
      return new AppError(413, 'payload_too_large', { zh: '请求体过大', en: 'The request body is too large' });
    if (err.status === 400)
      return new AppError(400, 'malformed_json', { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' }, 'body');
    return undefined;
  }
  if (err instanceof SyntaxError || err instanceof RangeError)
    return new AppError(400, 'malformed_body', { zh: '请求体无法解析', en: 'The request body could not be parsed' }, 'body');
  if (isDbUnavailable(err)) return unavailable();
  return fromPostgres(err);
}

export function errorResponse(c: Context<AppEnv>, err: AppError) {
  const lang = c.var.lang ?? 'zh';
  return c.json(
    {
      error: {
        code: err.code,
        message: lang === 'en' ? err.messages.en : err.messages.zh,
        ...(err.field ? { field: err.field } : {}),
        ...(err.details !== undefined ? { details: err.details } : {}),
      },
    },
    err.status,
  );
}

/** The single place errors become responses; anything unexpected is a logged 500 without a stack. */
export function onError(err: Error, c: Context<AppEnv>) {
  const appError = toAppError(err);
  if (appError) {
    if (appError.status === 503) c.header('Retry-After', '2');
    return errorResponse(c, appError);
  }
  console.error(`[500] ${c.req.method} ${new URL(c.req.url).pathname}: ${safeDescription(err)}`);
  return c.json({ error: { code: 'internal_error', message: c.var.lang === 'en' ? 'Internal server error' : '服务器内部错误' } }, 500);
}

/**
 * What may be logged of an unexpected error: its class and database error code, never its
 * message — a failed query's message carries the bound parameters (ID numbers, names; PIPL
 * Art. 28), and a stack may carry request data.
 */
export function safeDescription(err: Error): string {
  const codes: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    e = (e as { cause?: unknown }).cause;
  }
  const where = err.stack?.split('\n').find((l) => l.includes('/api/') || l.includes('/db/'))?.trim();
  return `${err.name}${codes.length ? ` [${codes.join(', ')}]` : ''}${where ? ` ${where.replace(/\(.*\/(api|db)\//, '($1/')}` : ''}`;
}
