import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { InferInput } from 'hono/validator';
import type { z } from 'zod';
import type { Role } from '../domain/auth/roles';
import { forbidden, invalid } from '../domain/shared/domainError';
import { checkIdempotencyKey, idempotencyHeader, replayedHeader } from '../domain/shared/idempotency';
import { runIdempotent } from '../services/idempotency/runIdempotent';
import { authenticate } from './auth';
import type { AppEnv } from './context';
import { parseOrThrow } from '../routes/shared/parse';
import { afterRead, noteWrite, routeRead } from './readRouting';

/**
 * Everything about one route that is not its handler: who may call it, what it takes, what it
 * answers — declared once, beside the handler, in the Hono chain:
 *
 *   .get('/hazards/:id', route({ summary, tag: 'gas', access: gasRoles, params: idParam }), handler)
 *
 * The same object enforces the access rule, validates the inputs (typed for the handler and the
 * web's typed client) and is the route's OpenAPI entry (api/http/openapi.ts reads it from the
 * mounted app), so path, schema and access rule cannot drift apart.
 */
export interface RouteSpec {
  /** `中文 / English`. */
  summary: string;
  tag: 'system' | 'auth' | 'geo' | 'ogc' | 'imports' | 'underground' | 'gas' | 'education' | 'search';
  /** 'public', any logged-in user, or these roles. */
  access: 'public' | 'any' | readonly Role[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** multipart/form-data fields (files as `z.instanceof(File)`). */
  form?: z.ZodType;
  /** Request media types when the handler reads the raw body itself (file imports). */
  consumes?: readonly string[];
  /** Media type of a successful answer other than JSON (PDF, XLSX, CSV, DOCX). */
  produces?: string;
  /** Status of success when not 200 (201 for creations). */
  status?: 200 | 201 | 204;
  /** Further documented answers, e.g. `{ '409': 'conflicting transition' }`. */
  responses?: Record<string, string>;
  /** Answers carry personal data of minors: never cached (PIPL Art. 28/31); audited, so read on the primary. */
  personal?: boolean;
  /** A GET that writes (or must see the latest state): never answered by a read replica. */
  primary?: boolean;
  /**
   * A write a client may retry (the phone's offline queue): with an `Idempotency-Key` header the
   * first answer is kept with the write and replayed to every retry (runIdempotent).
   */
  idempotent?: boolean;
}

type Schema = z.ZodType | undefined;
type Part<S, K extends string, V> = S extends z.ZodType ? { [P in K]: V } : {};

/** The validated inputs, as Hono's own validators type them (handler: `out`; typed client: `in`). */
export type RouteInput<P extends Schema, Q extends Schema, B extends Schema, F extends Schema> = [P, Q, B, F] extends [undefined, undefined, undefined, undefined]
  ? {}
  : {
  in: Part<P, 'param', InferInput<z.output<NonNullable<P>>, 'param'>> &
    Part<Q, 'query', InferInput<z.output<NonNullable<Q>>, 'query'>> &
    Part<B, 'json', z.input<NonNullable<B>>> &
    Part<F, 'form', InferInput<z.output<NonNullable<F>>, 'form'>>;
  out: Part<P, 'param', z.output<NonNullable<P>>> &
    Part<Q, 'query', z.output<NonNullable<Q>>> &
    Part<B, 'json', z.output<NonNullable<B>>> &
    Part<F, 'form', z.output<NonNullable<F>>>;
};

const specs = new WeakMap<object, RouteSpec>();

/** The declaration behind a route's middleware, if it is one (read by the OpenAPI generator). */
export function specOf(handler: unknown): RouteSpec | undefined {
  return typeof handler === 'function' ? specs.get(handler) : undefined;
}

const malformedJson = () => invalid('malformed_json', { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' }, 'body');
const jsonType = /^application\/([\w.-]+\+)?json$/i;

function queryValues(queries: Record<string, string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(queries).map(([k, v]) => [k, v.length === 1 ? v[0]! : v]));
}

/**
 * sha-256 of what the request asks: the JSON text, or for multipart each field's name with its
 * text or its file's type and bytes (a retried FormData gets a new boundary, not a new meaning).
 */
async function bodyHash(c: Context<AppEnv>): Promise<string> {
  const hash = createHash('sha256');
  if (/^multipart\/form-data/i.test(c.req.header('content-type') ?? '')) {
    for (const [name, value] of (await c.req.formData()).entries()) {
      hash.update(`${name}\0`);
      if (typeof value === 'string') hash.update(`s${value}\0`);
      else hash.update(`f${value.type}\0`).update(new Uint8Array(await value.arrayBuffer())).update('\0');
    }
  } else {
    hash.update(await c.req.text());
  }
  return hash.digest('hex');
}

/** Runs the rest of the chain once per Idempotency-Key (api/services/idempotency/runIdempotent.ts). */
async function idempotently(c: Context<AppEnv>, header: string, next: () => Promise<void>): Promise<void> {
  const key = checkIdempotencyKey(header);
  const db = c.var.db;
  const target = `${c.req.method} ${c.req.path}`;
  const { answer, replayed } = await runIdempotent(db, c.var.user, { key, target, bodyHash: await bodyHash(c) }, async (tx) => {
    // The handler's service writes in this transaction; its own transaction becomes a savepoint.
    c.set('db', tx);
    try {
      await next();
    } finally {
      c.set('db', db);
    }
    return { status: c.res.status, contentType: c.res.headers.get('content-type'), body: await c.res.clone().text() };
  });
  if (replayed) {
    c.res = new Response(answer.body, { status: answer.status, headers: { ...(answer.contentType ? { 'content-type': answer.contentType } : {}), [replayedHeader]: 'true' } });
  }
}

function formValues(form: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(form));
}

export function route<P extends Schema = undefined, Q extends Schema = undefined, B extends Schema = undefined, F extends Schema = undefined>(
  spec: RouteSpec & { params?: P; query?: Q; body?: B; form?: F },
): MiddlewareHandler<AppEnv, string, RouteInput<P, Q, B, F>> {
  const handler: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (spec.access !== 'public') {
      const user = await authenticate(c, { tokenAllowed: !spec.personal });
      if (spec.access !== 'any' && !spec.access.includes(user.role)) throw forbidden();
    }
    if (spec.params) c.req.addValidatedData('param', parseOrThrow(spec.params, c.req.param()) as object);
    if (spec.query) c.req.addValidatedData('query', parseOrThrow(spec.query, queryValues(c.req.queries())) as object);
    if (spec.body) {
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
      // Like Hono's validator: a body that is not JSON counts as empty, so the schema names what is missing.
      const value: unknown = jsonType.test(type) ? await c.req.json().catch(() => { throw malformedJson(); }) : {};
      c.req.addValidatedData('json', parseOrThrow(spec.body, value) as object);
    }
    if (spec.form) c.req.addValidatedData('form', parseOrThrow(spec.form, formValues(await c.req.parseBody())) as object);
    const reads = c.req.method === 'GET' || c.req.method === 'HEAD';
    const replica = reads && spec.access !== 'public' && !spec.personal && !spec.primary ? routeRead(c) : undefined;
    const key = spec.idempotent ? c.req.header(idempotencyHeader) : undefined;
    if (key !== undefined) await idempotently(c, key, next);
    else await next();
    afterRead(c, replica);
    if (!reads && spec.access !== 'public') await noteWrite(c);
    if (spec.personal) c.header('Cache-Control', 'no-store');
  };
  specs.set(handler, spec);
  return handler as MiddlewareHandler<AppEnv, string, RouteInput<P, Q, B, F>>;
}
