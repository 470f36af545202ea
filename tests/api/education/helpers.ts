import { readFileSync } from 'node:fs';
import type { Client } from '../../helpers/testApp';

const dir = new URL('../../fixtures/education/', import.meta.url);

/** Uploads one of the small fixture registers as multipart/form-data. */
export function uploadRegister(c: Client, kind: string, file: string, asOf: string, mapping?: Record<string, string>) {
  const form = new FormData();
  form.set('file', new File([readFileSync(new URL(file, dir))], file, { type: 'text/csv' }));
  form.set('asOf', asOf);
  if (mapping) form.set('mapping', JSON.stringify(mapping));
  return c.send('POST', `/api/education/registers/${kind}/import`, form);
}

export function uploadText(c: Client, kind: string, name: string, text: string, asOf: string) {
  const form = new FormData();
  form.set('file', new File([text], name, { type: 'text/csv' }));
  form.set('asOf', asOf);
  return c.send('POST', `/api/education/registers/${kind}/import`, form);
}

/** An 18-character ID number anywhere in a text. */
export const fullIdPattern = /(?<![\d.])\d{17}[\dXx](?![\d])/;
