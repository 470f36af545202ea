import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context';
import { invalid } from '../domain/shared/domainError';
import { jsonDepthExceeds, maxJsonDepth, pollutingKeyOf } from './jsonGuard';
import { assertSafeZip } from './zipGuard';

const isZipNamed = (name: string) => /\.(xlsx|xlsm|docx|zip)$/i.test(name);

/**
 * For every multipart upload: the form must parse (else 400, not a 500 from deep inside a route),
 * and every file that is a ZIP container (by name or by its PK signature) passes assertSafeZip
 * before any route hands it to exceljs. The parsed form stays in Hono's body cache, so the
 * route's `c.req.parseBody()` / `c.req.formData()` reuse it.
 */
export const uploadGuard = createMiddleware<AppEnv>(async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (c.req.method !== 'GET' && /^multipart\/form-data/i.test(type)) {
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      throw invalid('malformed_form', { zh: '请以 multipart/form-data 上传文件', en: 'Upload the file as multipart/form-data' }, 'file');
    }
    for (const value of form.values()) {
      if (typeof value === 'string') {
        // Text fields carry JSON too (e.g. a column mapping): the same guard as JSON bodies.
        if (jsonDepthExceeds(value, maxJsonDepth)) throw invalid('too_deep', { zh: `JSON 嵌套超过 ${maxJsonDepth} 层`, en: `A form field nests deeper than ${maxJsonDepth} levels` }, 'body');
        const key = pollutingKeyOf(value);
        if (key !== undefined) throw invalid('forbidden_key', { zh: `表单字段含禁止的字段名 ${key}`, en: `A form field contains the forbidden key ${key}` }, 'body');
        continue;
      }
      const bytes = new Uint8Array(await value.arrayBuffer());
      const pk = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
      if (pk || isZipNamed(value.name)) assertSafeZip(bytes);
    }
  }
  await next();
});
