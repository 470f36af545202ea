import type { Db } from '../../../db/client';
import { runImportJob } from '../imports/runImportJob';
import { appendAudit } from '../../../db/repositories/audit';
import { insertParcel, parcelIdByCode } from '../../../db/repositories/underground';
import { findConflicts } from '../../domain/underground/conflicts';
import { DomainError, invalid, messageOf } from '../../domain/shared/domainError';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { textIn, type Language } from '../../domain/shared/bilingual';
import { parseOrThrow } from '../../routes/shared/parse';
import { parcelInputSchema } from '../../routes/underground/schemas';
import { parcelRow } from './parcelRow';
import { prepareParcel, type PreparedParcel } from './prepareParcel';
import type { ParcelUpload } from '../../domain/underground/parcelFile';
import { readParcelFile } from './readParcelFile';
import { placeParcels, type PlacedParcel } from './placeParcels';
import { conflictsOfCandidate } from './volumes';
import { invalidateTiles } from '../geo/tileCache';

export interface RowReport {
  row: number;
  code: string | null;
  ok: boolean;
  field?: string;
  message?: string;
}

const maxRows = 5000;

/**
 * Imports parcels all-or-nothing: every row is validated (shape, geometry, layers, codes, 3D
 * conflicts with stored parcels and with each other); any failure → 400 with the per-row report
 * and nothing written; otherwise one transaction inserts all rows with one audit record.
 */
export async function importParcels(db: Db, user: SessionUser, upload: ParcelUpload, lang: Language) {
  const records = await readParcelFile(upload);
  if (records.length === 0) throw invalid('import_empty', { zh: '文件中没有地块', en: 'The file holds no parcels' }, 'file');
  if (records.length > maxRows) throw invalid('import_too_large', { zh: `一次最多导入 ${maxRows} 个地块`, en: `At most ${maxRows} parcels per import` }, 'file');
  const msg = (e: DomainError) => messageOf(e, lang);
  // A recorded job: its rows commit all at once or not at all, and a crash leaves it 'failed'.
  const result = await runImportJob(db, user, { kind: 'underground.parcels', totalRows: records.length }, async (tx, job) => {
    const report: RowReport[] = [];
    const prepared: { row: number; p: PreparedParcel }[] = [];
    const codes = new Map<string, number>();
    // Pass 1, in memory: shape, geometry, layers, codes repeated within the file.
    for (const r of records) {
      const code = typeof r.value.code === 'string' ? r.value.code : null;
      try {
        const p = prepareParcel(parseOrThrow(parcelInputSchema, r.value));
        if (codes.has(p.input.code)) throw invalid('duplicate_code', { zh: `编号与第 ${codes.get(p.input.code)} 行重复`, en: `code repeats row ${codes.get(p.input.code)}` }, 'code');
        codes.set(p.input.code, r.row);
        prepared.push({ row: r.row, p });
        report.push({ row: r.row, code, ok: true });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        report.push({ row: r.row, code, ok: false, field: err.field, message: msg(err) });
      }
    }
    const volumes = prepared.map(({ row, p }) => ({ id: String(row), code: p.input.code, footprint: p.input.footprint, layers: p.layers }));
    for (const c of findConflicts(volumes)) {
      const rep = report.find((x) => x.row === Number(c.b))!;
      Object.assign(rep, { ok: false, field: 'footprint', message: textIn({ zh: `与第 ${c.a} 行三维冲突（重叠 ${c.overlapAreaM2} m²）`, en: `conflicts in 3D with row ${c.a} (${c.overlapAreaM2} m²)` }, lang) });
    }
    // County and township from each footprint: one query for the whole file (issue 12).
    const placed = new Map<number, PlacedParcel>();
    (await placeParcels(tx, prepared.map((x) => x.p))).forEach((pl, i) => {
      const { row } = prepared[i]!;
      const rep = report.find((x) => x.row === row)!;
      if (!(pl instanceof DomainError)) placed.set(row, pl);
      else if (rep.ok) Object.assign(rep, { ok: false, field: pl.field, message: msg(pl) });
    });
    // Pass 2, against stored parcels (two queries a row): only when the file itself is valid, so a
    // file with bad rows is refused without a database round trip per row.
    if (report.every((r) => r.ok)) {
      for (const { row, p } of prepared) {
        const rep = report.find((x) => x.row === row)!;
        if (await parcelIdByCode(tx, p.input.code)) {
          Object.assign(rep, { ok: false, field: 'code', message: textIn({ zh: `编号 ${p.input.code} 已存在`, en: `code ${p.input.code} already exists` }, lang) });
          continue;
        }
        const stored = await conflictsOfCandidate(tx, p, null);
        if (stored.length > 0) {
          const c = stored[0]!;
          const m = { zh: `与已有地块 ${c.otherCode} 三维冲突（重叠 ${c.overlapAreaM2} m²，深度 ${c.depthFrom}–${c.depthTo} m）`, en: `conflicts in 3D with ${c.otherCode} (${c.overlapAreaM2} m², depths ${c.depthFrom}–${c.depthTo} m)` };
          Object.assign(rep, { ok: false, field: 'footprint', message: textIn(m, lang) });
        }
      }
    }
    const failed = report.filter((r) => !r.ok);
    if (failed.length > 0) {
      const first = failed[0]!;
      throw new DomainError(
        'invalid',
        'import_invalid',
        { zh: `${failed.length} 行无效，未导入任何地块；第 ${first.row} 行：${first.message}`, en: `${failed.length} row(s) invalid, nothing imported; row ${first.row}: ${first.message}` },
        `rows[${first.row}].${first.field ?? 'row'}`,
        { rows: report },
      );
    }
    for (const [i, { row: at }] of prepared.entries()) {
      const { row, layers } = parcelRow(placed.get(at)!);
      await insertParcel(tx, row, layers);
      job.progress(i + 1, prepared.length);
    }
    await appendAudit(tx, {
      actor: user.username, role: user.role, action: 'underground.parcel.import', objectType: 'underground_parcel', result: 'ok',
      detail: { count: prepared.length, codes: prepared.slice(0, 50).map((x) => x.p.input.code) },
    });
    return { imported: prepared.length, importedRows: prepared.length, rows: report };
  });
  // Dropped only after the commit (docs/ARCHITECTURE.md, service contract).
  invalidateTiles(db, 'parcels');
  return result;
}
