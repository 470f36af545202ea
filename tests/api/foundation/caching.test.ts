import { get } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureClientBuilt } from '../../../api/clientBuild';
import { DEMO_PASSWORD } from '../../../api/services/demo/demoAccounts';
import { getTestApp, testDatabases, type TestApp } from '../../helpers/testApp';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A raw request (fetch would undo the compression): status, headers and the bytes as sent. */
function raw(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (b: Buffer) => chunks.push(b));
      res.on('end', () => {
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
        resolve({ status: res.statusCode!, headers: h, bytes: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

describe.each(testDatabases)('compression, caching headers and ETags on %s', (kind) => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await getTestApp(kind);
    await ensureClientBuilt(root, () => {});
    const res = await fetch(`${app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'planner', password: DEMO_PASSWORD }) });
    cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  });

  test.each(['/api/geo/counties', '/api/geo/townships', '/api/underground/parcels'])('%s: gzip when accepted, an ETag, and 304 without a body on If-None-Match', async (path) => {
    const first = await raw(app.baseUrl + path, { cookie, 'accept-encoding': 'gzip, br' });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const json = JSON.parse(gunzipSync(first.bytes).toString('utf8'));
    expect(json.type).toBe('FeatureCollection');
    expect(first.bytes.length).toBeLessThan(Buffer.byteLength(JSON.stringify(json)) / 2);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^(W\/)?"[^"]+"$/);
    const again = await raw(app.baseUrl + path, { cookie, 'accept-encoding': 'gzip', 'if-none-match': tag! });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    // Another body (another query) has another tag: no 304 for it.
    const other = await raw(`${app.baseUrl}${path}${path.includes('parcels') ? '?county=630203' : ''}`, { cookie, 'if-none-match': '"stale"' });
    expect(other.status).toBe(200);
  });

  test('no compression without Accept-Encoding', async () => {
    const r = await raw(`${app.baseUrl}/api/geo/counties`, { cookie, 'accept-encoding': 'identity' });
    expect(r.headers.get('content-encoding')).toBeNull();
    expect(JSON.parse(r.bytes.toString('utf8')).type).toBe('FeatureCollection');
  });

  test('index.html is revalidated; hashed assets are immutable and sent precompressed (brotli, else gzip)', async () => {
    const index = await raw(`${app.baseUrl}/`, { 'accept-encoding': 'identity' });
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const shell = await raw(`${app.baseUrl}/gas`, { 'accept-encoding': 'identity' });
    expect(shell.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.bytes.toString('utf8'))![1]!;
    const br = await raw(app.baseUrl + script, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    const gz = await raw(app.baseUrl + script, { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await raw(app.baseUrl + script, { 'accept-encoding': 'identity' });
    expect(gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 3);
  });
});
