import { z } from 'zod';
import { specOf, type RouteSpec } from './route';

/** What Hono keeps of each mounted handler (`app.routes`). */
interface MountedRoute {
  method: string;
  path: string;
  handler: unknown;
}

/** The two dialects served: 3.1 for the whole API, 3.0 for the OGC API (its `oas30` conformance class). */
export type OpenApiDialect = '3.1' | '3.0';

function schemaOf(s: z.ZodType, dialect: OpenApiDialect): Record<string, unknown> {
  const target = dialect === '3.0' ? 'openapi-3.0' : 'draft-2020-12';
  return z.toJSONSchema(s, { io: 'input', unrepresentable: 'any', target }) as Record<string, unknown>;
}

/** `/api/gas/hazards/:id` → `/api/gas/hazards/{id}` (a `:name{regex}` keeps only its name). */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
}

function parameters(path: string, spec: RouteSpec, dialect: OpenApiDialect) {
  const params = spec.params ? (schemaOf(spec.params, dialect).properties as Record<string, unknown> | undefined) : undefined;
  const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: params?.[m[1]!] ?? { type: 'string' },
  }));
  const query = spec.query ? (schemaOf(spec.query, dialect) as { properties?: Record<string, unknown>; required?: string[] }) : undefined;
  const inQuery = Object.entries(query?.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: query?.required?.includes(name) ?? false,
    schema,
  }));
  const inHeader = spec.idempotent
    ? [{
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description: '重试安全：同一键同一请求只执行一次，之后重放首次应答（Idempotency-Replayed: true）；同一键不同请求 → 422 idempotency_key_reused / retry-safe write: the first answer is kept 48 h and replayed',
        schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' },
      }]
    : [];
  return [...inPath, ...inQuery, ...inHeader];
}

function requestBody(spec: RouteSpec, dialect: OpenApiDialect) {
  if (spec.body) return { required: true, content: { 'application/json': { schema: schemaOf(spec.body, dialect) } } };
  if (spec.form) return { required: true, content: { 'multipart/form-data': { schema: schemaOf(spec.form, dialect) } } };
  if (spec.consumes) return { required: true, content: Object.fromEntries(spec.consumes.map((t) => [t, {}])) };
  return undefined;
}

function responses(spec: RouteSpec) {
  const ok = String(spec.status ?? 200);
  const out: Record<string, unknown> = {
    [ok]: { description: ok === '201' ? 'Created' : ok === '204' ? 'No content' : 'OK', ...(ok === '204' ? {} : { content: { [spec.produces ?? 'application/json']: {} } }) },
  };
  for (const [code, description] of Object.entries(spec.responses ?? {})) out[code] = { description, content: { 'application/json': {} } };
  if (spec.idempotent) out['422'] ??= { description: 'Idempotency-Key 已用于另一请求 / idempotency_key_reused', content: { 'application/json': {} } };
  const standard: [string, string][] = [['400', '请求无效 / invalid input: {"error":{"code","message","field"}}']];
  if (spec.access !== 'public') standard.push(['401', '未登录 / not logged in'], ['403', '无权限 / forbidden']);
  for (const [code, description] of standard) out[code] ??= { description, content: { 'application/json': {} } };
  return out;
}

function accessText(access: RouteSpec['access']): string {
  if (access === 'public') return '公开 / public';
  if (access === 'any') return '任何已登录用户 / any logged-in user';
  return `角色 / roles: ${access.join(', ')}`;
}

/**
 * The OpenAPI document of the declared routes of the mounted app (api/http/route.ts): by default
 * 3.1 of every route (/api/openapi.json); with `under`, only the routes below that prefix, their
 * paths relative to it and the prefix as the server (the OGC API's own definition at /api/ogc/api,
 * OpenAPI 3.0 as OGC API – Features Part 1 §7.3 / conformance class `oas30` asks).
 */
export function openApiDocument(routes: readonly MountedRoute[], version: string, { dialect = '3.1', under }: { dialect?: OpenApiDialect; under?: string } = {}) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const spec = specOf(r.handler);
    if (!spec) continue;
    if (under && !(r.path === under || r.path.startsWith(`${under}/`))) continue;
    const path = openApiPath(under ? r.path.slice(under.length) || '/' : r.path);
    const method = r.method.toLowerCase();
    const body = requestBody(spec, dialect);
    paths[path] ??= {};
    paths[path]![method] = {
      summary: spec.summary,
      tags: [spec.tag],
      description: accessText(spec.access),
      parameters: parameters(path, spec, dialect),
      ...(body ? { requestBody: body } : {}),
      responses: responses(spec),
      ...(spec.access === 'public'
        ? {}
        : { security: method === 'get' && !spec.personal ? [{ session: [] }, { apiToken: [] }] : [{ session: [] }] }),
      'x-access': spec.access,
    };
  }
  return {
    openapi: dialect === '3.0' ? '3.0.3' : '3.1.0',
    info: {
      title: '海东市规划与督查地图 API / Haidong planning & inspection map API',
      version,
      description: '地下空间、燃气安全督查、控辍保学 / underground space, gas-safety inspection, dropout control',
    },
    ...(under ? { servers: [{ url: under }] } : {}),
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'hd_session' },
        apiToken: { type: 'http', scheme: 'bearer', description: 'Personal API token (POST /api/auth/tokens); read-only GET routes without minors’ data' },
      },
    },
    paths,
  };
}
