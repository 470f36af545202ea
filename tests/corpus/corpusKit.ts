import fc from 'fast-check';
import type { Client, Reply } from '../helpers/testApp';

/** One bad request of the corpus: what it is (for the failure message) and how to send it. */
export interface BadRequest {
  label: string;
  method: string;
  path: string;
  body?: BodyInit;
  headers?: Record<string, string>;
}

export interface Outcome {
  req: BadRequest;
  status: number;
  ms: number;
  code: unknown;
  text: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

const RAW = '\u0000RAW:';
/** A JSON text that JSON.stringify cannot produce (1e999, NaN): spliced in after stringifying. */
const raw = (token: string) => `${RAW}${token}`;
export const stringify = (v: unknown) => JSON.stringify(v).replace(/"\\u0000RAW:([^"]*)"/g, '$1');

/** Every node below the root, with its path. */
function nodesOf(v: Json, path: Path = [], out: { path: Path; value: Json }[] = []) {
  if (path.length) out.push({ path, value: v });
  if (Array.isArray(v)) v.forEach((x, i) => nodesOf(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) nodesOf(x, [...path, k], out);
  return out;
}

function setAt(root: Json, path: Path, value: Json): Json {
  const copy = structuredClone(root);
  let o = copy as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, Json>;
  o[path[path.length - 1]!] = value;
  return copy;
}

const getAt = (root: Json, path: Path): Json => path.reduce<Json>((o, k) => (o as Record<string | number, Json>)[k]!, root);

/**
 * Values of the wrong kind for a node (never null: some fields are nullable). In a file's cells
 * (`typedCells`: a GeoJSON upload's feature properties) "12" is the number 12 and "true" and 1 are
 * true, as in any CSV or DBF cell (api/domain/underground/parcelFile.ts, cellValue; issue 12's 0/1
 * booleans): not wrong there.
 */
function wrongFor(v: Json, typedCells = false): Json[] {
  if (typeof v === 'number') return [...(typedCells ? [] : ['12']), 'NaN', true, [], {}, raw('1e999'), raw('-1e999'), raw('NaN'), raw('Infinity')];
  if (typeof v === 'string') return [true, [], {}, raw('1e999'), { $gt: '' }];
  if (typeof v === 'boolean') return [...(typedCells ? [] : ['true', 1]), [], {}, raw('1e999')];
  if (Array.isArray(v)) return [{}, 'x', 1, true, raw('1e999')];
  return [[], 'x', 1, true, raw('NaN')];
}

/** Polygons anywhere in the body: `{type:'Polygon', coordinates}` nodes. */
function polygonPaths(body: Json): Path[] {
  return nodesOf(body)
    .filter(({ value }) => !!value && typeof value === 'object' && !Array.isArray(value) && value.type === 'Polygon' && Array.isArray(value.coordinates))
    .map(({ path }) => path);
}

const isLonLat = (v: Json): v is { lon: number; lat: number } => !!v && typeof v === 'object' && !Array.isArray(v) && typeof v.lon === 'number' && typeof v.lat === 'number';
const isPointGeometry = (v: Json) => !!v && typeof v === 'object' && !Array.isArray(v) && v.type === 'Point' && Array.isArray(v.coordinates);
const pointVariants: [string, (x: number, y: number) => [Json, Json]][] = [
  ['point swapped lon/lat', (x, y) => [y, x]],
  ['point outside China', (x, y) => [x - 100, y]],
  ['point in the sea', () => [150, -30]],
  ['point 1e999', () => [raw('1e999'), raw('-1e999')]],
  ['point as strings', (x, y) => [String(x), String(y)]],
];

const ringVariants = (ring: number[][]): { label: string; ring: Json }[] => {
  const [a, b, c, d] = ring as [number[], number[], number[], number[]];
  return [
    { label: 'unclosed ring', ring: ring.slice(0, -1).concat([[a[0]! + 0.001, a[1]!]]) },
    { label: 'bow-tie ring', ring: [a, c, b, d, a] },
    { label: 'fewer than 4 positions', ring: [a, b, a] },
    { label: 'coordinates outside China', ring: ring.map(([x, y]) => [x! - 100, y!]) },
    { label: 'swapped lon/lat', ring: ring.map(([x, y]) => [y!, x!]) },
    { label: 'position of one number', ring: [a, [b[0]!], c, d, a] },
    { label: 'string coordinates', ring: ring.map(([x, y]) => [String(x), String(y)]) },
  ];
};

/**
 * fast-check arbitrary of bad JSON requests built from one VALID body: wrong-kind values at any
 * node (strings as numbers, 1e999, NaN, arrays for objects…), broken syntax, wrong top-level
 * types, prototype-polluting keys, deep nesting, and broken polygons where the body has any.
 */
export function badJsonBodies(valid: Json, { fileCells = false }: { fileCells?: boolean } = {}): fc.Arbitrary<{ label: string; text: string }> {
  const nodes = nodesOf(valid);
  const polys = polygonPaths(valid);
  const options: fc.Arbitrary<{ label: string; text: string }>[] = [
    fc.constantFrom('', '{', '[1,', '{"a":}', 'null', '[]', '"x"', '1', 'NaN', '{}', 'true', '\u0000', '{"a":1e999}').map((t) => ({ label: `syntax/top-level ${JSON.stringify(t)}`, text: t })),
    fc.constantFrom('__proto__', 'constructor', 'prototype').chain((key) =>
      fc.nat({ max: nodes.length }).map((i) => {
        const poison = key === 'constructor' ? { prototype: { polluted: 'yes' } } : { polluted: 'yes' };
        const hosts = [{ path: [] as Path, value: valid }, ...nodes].filter((n) => n.value && typeof n.value === 'object' && !Array.isArray(n.value));
        const host = hosts[i % hosts.length]!;
        // JSON.stringify drops a "__proto__" key set by assignment: splice the key in as text.
        const objText = JSON.stringify(host.value).replace(/^\{/, `{"${key}":${JSON.stringify(poison)}${Object.keys(host.value as object).length ? ',' : ''}`);
        const marker = '@@POISON@@';
        const text = host.path.length ? stringify(setAt(valid, host.path, marker)).replace(`"${marker}"`, objText) : objText;
        return { label: `polluting key ${key} at ${host.path.join('.') || 'root'}`, text };
      }),
    ),
    fc.constantFrom(100_000, 1000, 65).map((n) => ({ label: `nested ${n} deep`, text: '{"a":'.repeat(n) + '1' + '}'.repeat(n) })),
    fc.constantFrom(100_000, 5000).map((n) => ({ label: `array nested ${n} deep`, text: '['.repeat(n) + ']'.repeat(n) })),
  ];
  if (nodes.length) {
    options.push(
      fc.nat({ max: nodes.length - 1 }).chain((i) =>
        fc.constantFrom(...wrongFor(nodes[i]!.value, fileCells && nodes[i]!.path.includes('properties'))).map((bad) => ({
          label: `wrong kind at ${nodes[i]!.path.join('.')}: ${stringify(bad)}`,
          text: stringify(setAt(valid, nodes[i]!.path, bad)),
        })),
      ),
    );
  }
  if (polys.length) {
    options.push(
      fc.nat({ max: polys.length - 1 }).chain((i) => {
        const ring = (getAt(valid, [...polys[i]!, 'coordinates', 0]) as number[][]).map((p) => [...p]);
        return fc.constantFrom(...ringVariants(ring)).map((v) => ({
          label: `${v.label} at ${polys[i]!.join('.')}`,
          text: stringify(setAt(valid, [...polys[i]!, 'coordinates', 0], v.ring)),
        }));
      }),
    );
  }
  const points = nodesOf(valid).filter(({ value }) => isLonLat(value) || isPointGeometry(value));
  if (points.length) {
    options.push(
      fc.nat({ max: points.length - 1 }).chain((i) =>
        fc.constantFrom(...pointVariants).map(([label, f]) => {
          const node = points[i]!;
          const [x, y] = isLonLat(node.value) ? [node.value.lon, node.value.lat] : ((node.value as { coordinates: number[] }).coordinates as [number, number]);
          const [nx, ny] = f(x, y);
          const moved = isLonLat(node.value) ? { ...node.value, lon: nx, lat: ny } : { ...(node.value as object), coordinates: [nx, ny] };
          return { label: `${label} at ${node.path.join('.')}`, text: stringify(setAt(valid, node.path, moved as Json)) };
        }),
      ),
    );
  }
  // Leaf mutations and broken polygons are the most varied: weight them up.
  return fc.oneof(...options.map((arbitrary, k) => ({ arbitrary, weight: k >= 4 ? 4 : 1 })));
}

/** Path ids that are not positive integers (or overflow every integer column). */
export const badIds = ['abc', '-1', '0', '1.5', '1e999', 'NaN', 'Infinity', '99999999999999999999999', '%00', '0x10', ' 1', '1;drop table users', '%F0%9F%92%A9'];

/** A ring of `n` vertices as compact JSON text, without building a JS array of n positions. */
export function hugeRingText(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n - 1; i++) {
    const t = (i / (n - 1)) * 2 * Math.PI;
    parts.push(`[${(102.4 + 0.01 * Math.cos(t)).toFixed(6)},${(36.5 + 0.01 * Math.sin(t)).toFixed(6)}]`);
  }
  parts.push(parts[0]!);
  return `[${parts.join(',')}]`;
}

/** Sends requests with modest concurrency, timing each one. */
export async function sendAll(c: Client, reqs: BadRequest[], concurrency = 4): Promise<Outcome[]> {
  const out: Outcome[] = new Array(reqs.length);
  let next = 0;
  const worker = async () => {
    while (next < reqs.length) {
      const k = next++;
      const req = reqs[k]!;
      const t0 = performance.now();
      let r: Reply;
      try {
        r = await c.send(req.method, req.path, req.body as BodyInit, req.headers ?? {});
      } catch (err) {
        out[k] = { req, status: 0, ms: performance.now() - t0, code: undefined, text: `transport error: ${(err as Error).message}` };
        continue;
      }
      out[k] = { req, status: r.status, ms: performance.now() - t0, code: r.body?.error?.code, text: r.text.slice(0, 200) };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

/**
 * A request still unanswered after this long has hung. Only a hang guard: the tests measure
 * behaviour, not the machine (a busy 2-core runner is slow); speed goals are in `npm run bench`.
 */
export const hangGuardMs = 10_000;

/** What the corpus demands of every answer: a 4xx JSON error with a code, and no hang. */
export function violations(outcomes: Outcome[], maxMs = hangGuardMs): string[] {
  return outcomes
    .filter((o) => o.status < 400 || o.status > 499 || typeof o.code !== 'string' || o.ms >= maxMs)
    .map((o) => `${o.req.method} ${o.req.path} [${o.req.label}] → ${o.status} code=${String(o.code)} ${Math.round(o.ms)} ms ${o.text}`);
}
