import { z } from 'zod';
import type { Role } from '../domain/auth/roles';

/** One documented operation; route modules declare theirs beside the handler. */
export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. `/api/gas/hazards/{id}`. */
  path: string;
  summary: string;
  tag: string;
  /** Who may call it: 'public', any logged-in user, or a list of roles. */
  access: 'public' | 'any' | readonly Role[];
  body?: z.ZodType;
  query?: z.ZodType;
  responses?: Record<string, string>;
  produces?: string;
}

const operations: Operation[] = [];

export function documented(op: Operation): void {
  if (!operations.some((o) => o.method === op.method && o.path === op.path)) operations.push(op);
}

function schemaOf(s: z.ZodType): unknown {
  return z.toJSONSchema(s, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
}

export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = op.query ? (schemaOf(op.query) as { properties?: Record<string, unknown>; required?: string[] }) : undefined;
    const queryParams = Object.entries(query?.properties ?? {}).map(([name, schema]) => ({
      name,
      in: 'query',
      required: query?.required?.includes(name) ?? false,
      schema,
    }));
    const responses = Object.fromEntries(
      Object.entries({ '200': 'OK', ...op.responses }).map(([code, description]) => [
        code,
        code === '200' && op.produces
          ? { description, content: { [op.produces]: {} } }
          : { description, content: { 'application/json': {} } },
      ]),
    );
    for (const [code, description] of [
      ['400', '请求无效 / invalid input: {"error":{"code","message","field"}}'],
      ['401', '未登录 / not logged in'],
      ['403', '无权限 / forbidden'],
    ] as const) {
      if (op.access !== 'public' || code === '400') responses[code] ??= { description, content: { 'application/json': {} } };
    }
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      tags: [op.tag],
      description:
        op.access === 'public' ? '公开 / public' : op.access === 'any' ? '任何已登录用户 / any logged-in user' : `角色 / roles: ${op.access.join(', ')}`,
      parameters: [...params, ...queryParams],
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(op.body) } } } } : {}),
      responses,
      ...(op.access === 'public' ? {} : { security: [{ session: [] }] }),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '海东市规划与督查地图 API / Haidong planning & inspection map API',
      version,
      description: '地下空间、燃气安全督查、控辍保学 / underground space, gas-safety inspection, dropout control',
    },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hd_session' } } },
    paths,
  };
}
