import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { hazardListColumns } from '../../../api/domain/gas/hazardList';
import { photoLimits } from '../../../api/domain/gas/photos';
import { DEMO_PASSWORD } from '../../../api/services/demo/demoAccounts';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';
import { hazardInput, venuesOf } from './gasHelpers';

const image = (width: number, height: number, format: 'jpeg' | 'png' | 'webp', orientation?: number) => {
  const img = sharp({ create: { width, height, channels: 3, background: '#c03020' } });
  return (orientation ? img.jpeg().withMetadata({ orientation }) : img.toFormat(format)).toBuffer();
};

function photoForm(bytes: Uint8Array, name: string, type: string, fields: Record<string, string> = { stage: 'finding' }) {
  const form = new FormData();
  form.append('photo', new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

describe.each(testDatabases)('hazard photos on %s', (kind) => {
  let app: TestApp;
  let i3: Client;
  let i1: Client;
  let official: Client;
  let venue: number;
  let jpeg: Buffer;
  const newHazard = async () => (await i3.post('/api/gas/hazards', hazardInput(venue))).body.id as number;
  const upload = (who: Client, hazard: number, form: FormData, headers: Record<string, string> = {}) => who.send('POST', `/api/gas/hazards/${hazard}/photos`, form, headers);
  const photoCount = async (hazard: number) => (await official.get(`/api/gas/hazards/${hazard}`)).body.photos.length as number;

  beforeAll(async () => {
    app = await getTestApp(kind);
    [i3, i1, official] = await Promise.all([app.login('inspector3'), app.login('inspector1'), app.login('official')]);
    [venue] = (await venuesOf(official, '630222', 1)) as [number];
    jpeg = await image(800, 600, 'jpeg');
  });

  test('a JPEG is stored with its metadata, served back byte for byte, with a ≤ 320 px JPEG thumbnail; listed in the hazard', async () => {
    const id = await newHazard();
    const r = await upload(i3, id, photoForm(jpeg, 'IMG_0001.jpg', 'image/jpeg', { stage: 'finding', takenAt: '2026-11-20T09:30:00+08:00' }));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ hazardId: id, stage: 'finding', contentType: 'image/jpeg', bytes: jpeg.length, width: 800, height: 600, createdBy: 'inspector3' });
    const original = await binary('inspector3', `/api/gas/photos/${r.body.id}`);
    expect(original.status).toBe(200);
    expect(original.headers.get('content-type')).toBe('image/jpeg');
    expect(original.headers.get('cache-control')).toMatch(/^private/);
    expect(original.bytes.equals(jpeg)).toBe(true);
    const thumb = await binary('inspector3', `/api/gas/photos/${r.body.id}/thumb`);
    expect(thumb.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(thumb.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 320, 240]);
    const detail = (await i3.get(`/api/gas/hazards/${id}`)).body;
    expect(detail.photos).toHaveLength(1);
    expect(detail.photos[0]).toMatchObject({ id: r.body.id, stage: 'finding', width: 800, height: 600 });
    expect(detail.photos[0].takenAt).not.toBeNull();
  });

  test('EXIF orientation 6 (rotated 90°): the size is as displayed and the thumbnail upright', async () => {
    const id = await newHazard();
    const r = await upload(i3, id, photoForm(await image(400, 200, 'jpeg', 6), 'portrait.jpg', 'image/jpeg', { stage: 'rectification' }));
    expect(r.status).toBe(201);
    expect([r.body.width, r.body.height]).toEqual([200, 400]);
    const thumb = await binary('inspector3', `/api/gas/photos/${r.body.id}/thumb`);
    const meta = await sharp(thumb.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([160, 320]);
  });

  test('PNG and WebP are sniffed from the bytes, whatever the name and declared type', async () => {
    const id = await newHazard();
    const png = await upload(i3, id, photoForm(await image(64, 48, 'png'), 'a.jpg', 'application/octet-stream'));
    expect(png.body.contentType).toBe('image/png');
    const webp = await upload(i3, id, photoForm(await image(64, 48, 'webp'), 'b', 'image/jpeg', { stage: 'verification' }));
    expect(webp.body.contentType).toBe('image/webp');
    const served = await binary('inspector3', `/api/gas/photos/${webp.body.id}`);
    expect(served.headers.get('content-type')).toBe('image/webp');
  });

  test('bad files are 4xx with a code and store nothing', async () => {
    const id = await newHazard();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['not a photo']);
    const zip = new Uint8Array(await wb.xlsx.writeBuffer());
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF');
    const oversize = new Uint8Array(photoLimits.maxBytes + 1);
    oversize.set([0xff, 0xd8, 0xff, 0xe0]);
    const cases: [string, FormData, number, string][] = [
      ['zip named .jpg', photoForm(zip, 'photo.jpg', 'image/jpeg'), 415, 'unsupported_image'],
      ['PDF named .jpg', photoForm(pdf, 'photo.jpg', 'image/jpeg'), 415, 'unsupported_image'],
      ['JPEG header, no image', photoForm(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'broken.jpg', 'image/jpeg'), 415, 'unsupported_image'],
      ['text', photoForm(new TextEncoder().encode('hello'), 'a.txt', 'text/plain'), 415, 'unsupported_image'],
      ['zero bytes', photoForm(new Uint8Array(0), 'empty.jpg', 'image/jpeg'), 400, 'empty_photo'],
      ['over 8 MB', photoForm(oversize, 'big.jpg', 'image/jpeg'), 413, 'photo_too_large'],
      ['50 MB', photoForm(new Uint8Array(50 * 1024 * 1024), 'huge.jpg', 'image/jpeg'), 413, 'payload_too_large'],
      ['no stage', photoForm(jpeg, 'a.jpg', 'image/jpeg', {}), 400, 'validation_failed'],
      ['unknown stage', photoForm(jpeg, 'a.jpg', 'image/jpeg', { stage: 'after' }), 400, 'validation_failed'],
      ['takenAt not a time', photoForm(jpeg, 'a.jpg', 'image/jpeg', { stage: 'finding', takenAt: 'yesterday' }), 400, 'validation_failed'],
    ];
    for (const [label, form, status, code] of cases) {
      const r = await upload(i3, id, form);
      expect(r.status, label).toBe(status);
      expect(r.body.error.code, label).toBe(code);
    }
    const noFile = new FormData();
    noFile.append('stage', 'finding');
    const missing = await upload(i3, id, noFile);
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('photo');
    expect(await photoCount(id)).toBe(0);
  });

  test(`at most ${photoLimits.maxPerHazard} photos per hazard: the next is 409 photo_limit`, async () => {
    const id = await newHazard();
    const small = await image(32, 24, 'jpeg');
    for (let i = 0; i < photoLimits.maxPerHazard; i++) expect((await upload(i3, id, photoForm(small, `${i}.jpg`, 'image/jpeg'))).status).toBe(201);
    const over = await upload(i3, id, photoForm(small, 'over.jpg', 'image/jpeg'));
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('photo_limit');
    expect(await photoCount(id)).toBe(photoLimits.maxPerHazard);
  });

  test('scope as the hazard: another district is 404 for upload, photo and thumbnail; the official reads it', async () => {
    const id = await newHazard();
    const photo = (await upload(i3, id, photoForm(jpeg, 'a.jpg', 'image/jpeg'))).body.id;
    expect((await upload(i1, id, photoForm(jpeg, 'a.jpg', 'image/jpeg'))).status).toBe(404);
    expect((await i1.get(`/api/gas/photos/${photo}`)).status).toBe(404);
    expect((await i1.get(`/api/gas/photos/${photo}/thumb`)).status).toBe(404);
    expect((await i1.get(`/api/gas/photos/2000000000`)).status).toBe(404);
    expect((await official.get(`/api/gas/photos/${photo}`)).status).toBe(200);
    expect((await upload(i3, 2_000_000_000, photoForm(jpeg, 'a.jpg', 'image/jpeg'))).status).toBe(404);
    expect(await photoCount(id)).toBe(1);
  });

  test('an upload retried with its Idempotency-Key stores one photo', async () => {
    const id = await newHazard();
    const key = `photo-${id}`;
    const first = await upload(i3, id, photoForm(jpeg, 'a.jpg', 'image/jpeg'), { 'Idempotency-Key': key });
    const again = await upload(i3, id, photoForm(jpeg, 'a.jpg', 'image/jpeg'), { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(await photoCount(id)).toBe(1);
    const other = await upload(i3, id, photoForm(await image(32, 24, 'png'), 'a.jpg', 'image/jpeg'), { 'Idempotency-Key': key });
    expect(other.status).toBe(422);
  });

  test('附件2 XLSX embeds the first finding photo and the latest rectification photo of each hazard', async () => {
    const campaign = {
      id: 'photo-xlsx-2017',
      document: '东政办〔2017〕1号',
      title: '照片清单测试',
      issuedOn: '2017-05-01',
      rounds: [{ no: 1, nameZh: '第一轮', nameEn: 'Round 1', startsOn: '2017-05-02', endsOn: '2017-05-20', reportDueOn: '2017-05-25' }],
    };
    expect((await official.post('/api/gas/campaigns', campaign)).status).toBe(201);
    const withPhotos = (await i3.post('/api/gas/hazards', hazardInput(venue, { foundAt: '2017-05-03', deadline: '2017-05-10' }))).body.id;
    const without = (await i3.post('/api/gas/hazards', hazardInput(venue, { foundAt: '2017-05-04', deadline: '2017-05-10' }))).body.id;
    const up = async (stage: string, w: number, h: number) => (await upload(i3, withPhotos, photoForm(await image(w, h, 'jpeg'), 'p.jpg', 'image/jpeg', { stage }))).body.id as number;
    const finding = await up('finding', 640, 480);
    await up('finding', 500, 500);
    await up('rectification', 300, 600);
    const latest = await up('rectification', 480, 640);
    await up('verification', 100, 100);

    const xlsx = await binary('inspector3', `/api/gas/reports/3/1/xlsx?campaign=${campaign.id}`);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['发现照片', '整改照片']));
    const rowOf = (seq: number) => sheet.getColumn(1).values.indexOf(seq); // 1-based row number
    expect([rowOf(1), rowOf(2)]).toEqual([3, 4]); // found 05-03 first, then 05-04 (without photos)
    const images = sheet.getImages();
    expect(images).toHaveLength(2);
    const at = (col: number) => images.find((i) => i.range.tl.nativeCol === col && i.range.tl.nativeRow === 2)!;
    const thumbOf = async (id: number) => (await binary('inspector3', `/api/gas/photos/${id}/thumb`)).bytes;
    const embedded = (img: { imageId: string }) => Buffer.from(book.getImage(Number(img.imageId)).buffer as unknown as Uint8Array);
    // The photo columns follow the list's own (zero-based tl: the first photo column is its count).
    const firstPhoto = hazardListColumns.length;
    expect(embedded(at(firstPhoto)).equals(await thumbOf(finding))).toBe(true);
    expect(embedded(at(firstPhoto + 1)).equals(await thumbOf(latest))).toBe(true);
    expect(without).toBeGreaterThan(withPhotos);
  });

  /** A binary answer (the test client reads text), fetched with a session of `username`. */
  const cookies = new Map<string, string>();
  async function binary(username: string, path: string) {
    if (!cookies.has(username)) {
      const res = await fetch(`${app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
      cookies.set(username, res.headers.get('set-cookie')!.split(';')[0]!);
    }
    const res = await fetch(app.baseUrl + path, { headers: { cookie: cookies.get(username)! } });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  }
});
