import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context';
import { invalid } from '../domain/shared/domainError';

/** No API body nests deeper than a few levels (a MultiPolygon is 4); 64 leaves ample room. */
export const maxJsonDepth = 64;

const pollutingKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Depth of the deepest array/object nesting, counted on the text before JSON.parse, so a body
 * nested 100,000 deep is refused in one linear pass instead of reaching recursive code (zod,
 * JSON.stringify in the audit log) that would overflow the stack.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      if (++depth > limit) return true;
    } else if (ch === 93 || ch === 125) depth--;
  }
  return false;
}

/** Finds a key that could reach an object's prototype (`__proto__`, `constructor`, `prototype`). */
export function pollutingKeyOf(text: string): string | undefined {
  // Cheap pre-check: such a key needs its name, or a \u escape that could spell it, in the text.
  if (!/__proto__|constructor|prototype|\\u/.test(text)) return undefined;
  let found: string | undefined;
  try {
    JSON.parse(text, (key, value: unknown) => {
      if (found === undefined && pollutingKeys.has(key)) found = key;
      return value;
    });
  } catch {
    return undefined; // malformed JSON is reported by the route's own parser
  }
  return found;
}

const isJson = (type: string | undefined) => !!type && /^application\/([\w.+-]*\+)?json\b/i.test(type);

/**
 * Refuses, before any route parses it, a JSON body nested deeper than maxJsonDepth or carrying a
 * prototype-polluting key. The text is read through Hono's body cache, so the route's own
 * `c.req.json()` / `c.req.text()` reuse it.
 */
export const jsonGuard = createMiddleware<AppEnv>(async (c, next) => {
  const method = c.req.method;
  if ((method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE') && isJson(c.req.header('content-type'))) {
    const text = await c.req.text();
    if (jsonDepthExceeds(text, maxJsonDepth)) {
      throw invalid('too_deep', { zh: `JSON 嵌套超过 ${maxJsonDepth} 层`, en: `The JSON body nests deeper than ${maxJsonDepth} levels` }, 'body');
    }
    const key = pollutingKeyOf(text);
    if (key !== undefined) {
      throw invalid('forbidden_key', { zh: `请求体含禁止的字段名 ${key}`, en: `The body contains the forbidden key ${key}` }, 'body');
    }
  }
  await next();
});
