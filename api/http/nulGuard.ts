import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context';
import { FieldError } from '../domain/shared/domainError';
import { hasNul } from '../domain/shared/controlCharacters';
import { recordRefusedLogin } from '../services/auth/recordRefusedLogin';

const nulRefused = (field: string) =>
  new FieldError(field, { zh: '含空字符（NUL），请删除后重试', en: 'contains a NUL character; remove it and retry' }, 'control_character');

/** The key of the first JSON string (value or key) holding a NUL, or undefined. */
export function nulKeyOf(text: string): string | undefined {
  // A NUL can only be written as an escape inside JSON (a raw one makes the JSON malformed).
  if (!/\\u0000/i.test(text)) return undefined;
  let found: string | undefined;
  try {
    JSON.parse(text, (key, value: unknown) => {
      if (found === undefined && (hasNul(key) || (typeof value === 'string' && hasNul(value)))) found = hasNul(key) ? 'body' : key || 'body';
      return value;
    });
  } catch {
    return undefined; // malformed JSON is reported by the route's own parser
  }
  return found;
}

const isJson = (type: string | undefined) => !!type && /^application\/([\w.+-]*\+)?json\b/i.test(type);

/**
 * Refuses a NUL (U+0000, `%00`, `\u0000`) in the path, the query or a JSON body before any route
 * or database sees it (issue 14): PostgreSQL cannot store it in text or jsonb, and it answered
 * 500 on 8 routes. Other control characters are refused per field by the shared string schema
 * (api/routes/shared/primitives.ts `plainString`). A refused login is audited like any failed one.
 */
export const nulGuard = createMiddleware<AppEnv>(async (c, next) => {
  let field: string | undefined;
  const url = new URL(c.req.url);
  try {
    if (hasNul(decodeURIComponent(url.pathname))) field = 'path';
  } catch {
    // a malformed escape in the path is answered 404 by the router
  }
  if (field === undefined) {
    for (const [k, v] of url.searchParams) {
      if (hasNul(k) || hasNul(v)) {
        field = hasNul(k) ? 'query' : k;
        break;
      }
    }
  }
  const method = c.req.method;
  if (field === undefined && (method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE') && isJson(c.req.header('content-type'))) {
    field = nulKeyOf(await c.req.text());
  }
  if (field !== undefined) {
    if (method === 'POST' && url.pathname === '/api/auth/login') await recordRefusedLogin(c.var.db, 'control_character');
    throw nulRefused(field);
  }
  await next();
});
