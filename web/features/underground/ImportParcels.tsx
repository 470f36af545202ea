import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { useAction } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { fieldLabel } from '../../../api/domain/shared/fieldLabels';
import { haidongCrs, supportedCrs } from '../../../api/domain/geo/crsList';

type Preview = Awaited<ReturnType<Awaited<ReturnType<typeof api.underground.parcels.import.columns.$post>>['json']>>;

interface RowReport {
  row: number;
  code: string | null;
  ok: boolean;
  field?: string;
  message?: string;
}

/** The refused rows of a 400 answer's `details.rows` (the server's per-row report), if it has one. */
function refusedRows(error: Error | null): RowReport[] | null {
  if (!(error instanceof ApiError)) return null;
  const rows = (error.details as { rows?: RowReport[] } | undefined)?.rows;
  return rows ? rows.filter((r) => !r.ok) : null;
}

const fileForm = (file: File, crs: string, mapping?: Record<string, string>) => {
  const form = new FormData();
  form.set('file', file, file.name);
  if (crs) form.set('crs', crs);
  if (mapping && Object.keys(mapping).length) form.set('mapping', JSON.stringify(mapping));
  return form;
};

// The CRS select: the zones a Haidong file is drawn in first, then the rest of the shipped list.
const crsGroups = [
  { zh: '海东常用', en: 'Used in Haidong', codes: haidongCrs },
  { zh: '其他 CGCS2000 分带', en: 'Other CGCS2000 zones', codes: [...supportedCrs.keys()].filter((c) => !haidongCrs.includes(c)) },
];

/** The server's refusal of a file that declares no CRS (api/domain/geo/crs.ts crsMissing): the planner picks one. */
const needsCrs = (error: Error | null) => error instanceof ApiError && error.code === 'crs_missing';

/**
 * Planner's file import (Shapefile ZIP, GeoPackage, KML, GeoJSON, CSV with WKT): ① the file's
 * columns are read by the server, ② the planner maps columns to parcel fields (blank = by name,
 * DBF-cut names restored), ③ all-or-nothing import with the server's per-row report.
 */
export function ImportParcels({ onImported }: { onImported: () => void }) {
  const { tr, lang } = useI18n();
  const action = useAction();
  const [imported, setImported] = useState<number | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [crs, setCrs] = useState('');
  const [askCrs, setAskCrs] = useState(false);

  // The route reads the raw multipart body itself (it also takes CSV, GeoJSON, ZIP and GPKG bodies),
  // so the typed client has no `form` input for it: the body goes in as the request's own.
  // A file refused for having no CRS is read again with the CRS the planner picks (the file's own CRS wins otherwise).
  const readColumns = async (f: File, picked: string) => {
    const answer = await action.run(
      () => api.underground.parcels.import.columns.$post(undefined, { init: { body: fileForm(f, picked) } }),
      (e) => {
        if (needsCrs(e)) setAskCrs(true);
        return false;
      },
    );
    setPreview(answer ?? null);
  };
  const choose = async (f: File) => {
    setImported(null);
    setFile(f);
    setMapping({});
    setCrs('');
    setAskCrs(false);
    await readColumns(f, '');
  };
  const upload = async () => {
    if (!file) return;
    setImported(null);
    const used = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v));
    const answer = await action.run(() => api.underground.parcels.import.$post(undefined, { init: { body: fileForm(file, crs, used) } }));
    if (!answer) return;
    setImported(answer.imported);
    setPreview(null);
    setFile(null);
    onImported();
  };
  const { busy, error } = action;
  const rows = refusedRows(error);
  const outcome = imported !== null ? { kind: 'ok' as const, imported } : rows ? { kind: 'rejected' as const, message: error?.message ?? '', rows } : error ? { kind: 'error' as const, message: error.message } : null;

  return (
    <div className="ug-import" data-testid="ug-import">
      <label>
        {tr('导入地块（Shapefile ZIP / GeoPackage / KML / GeoJSON / CSV）：', 'Import parcels (Shapefile ZIP / GeoPackage / KML / GeoJSON / CSV): ')}
        <input
          type="file"
          accept=".zip,.gpkg,.kml,.geojson,.json,.csv,application/geo+json,text/csv"
          disabled={busy}
          data-testid="ug-import-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void choose(f);
            e.target.value = '';
          }}
        />
      </label>
      {askCrs && file && (
        <label className="ug-import-crs">
          {tr('文件未声明坐标系，请选择：', 'The file declares no coordinate system; pick one: ')}
          <select
            value={crs}
            disabled={busy}
            data-testid="ug-import-crs"
            onChange={(e) => {
              setCrs(e.target.value);
              if (e.target.value) void readColumns(file, e.target.value);
            }}
          >
            <option value="">{tr('（请选择）', '(choose)')}</option>
            {crsGroups.map((g) => (
              <optgroup key={g.en} label={tr(g.zh, g.en)}>
                {g.codes.map((code) => {
                  const c = supportedCrs.get(code)!;
                  return <option key={code} value={`EPSG:${code}`}>{`EPSG:${code} ${lang === 'zh' ? c.zh : c.name}`}</option>;
                })}
              </optgroup>
            ))}
          </select>
        </label>
      )}
      {preview && file && (
        <div className="ug-import-mapping" data-testid="ug-import-mapping">
          <p className="muted">
            {tr(
              `${file.name}：${preview.rows} 个要素（${preview.geometryTypes.join('、')}）。列对应（留空则按列名识别；县区、乡镇可不填，按图形确定）`,
              `${file.name}: ${preview.rows} features (${preview.geometryTypes.join(', ')}). Column mapping (blank = by name; county and township may be left out, they come from the outline)`,
            )}
          </p>
          <table>
            <tbody>
              {preview.fields.filter((f) => f !== 'footprint' || file.name.toLowerCase().endsWith('.csv')).map((f) => {
                const auto = Object.entries(preview.guessed).find(([c, g]) => g === f && c)?.[0] ?? (preview.columns.includes(f) ? f : undefined);
                return (
                  <tr key={f}>
                    <th>{fieldLabel(f, lang)}</th>
                    <td>
                      <select value={mapping[f] ?? ''} data-testid={`ug-map-${f}`} onChange={(e) => setMapping((m) => ({ ...m, [f]: e.target.value }))}>
                        <option value="">{auto ? tr(`（按列名：${auto}）`, `(by name: ${auto})`) : tr('（无）', '(none)')}</option>
                        {preview.columns.map((c) => <option key={c} value={c}>{c}</option>)}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button type="button" className="primary" disabled={busy} data-testid="ug-import-run" onClick={() => void upload()}>
            {tr('校验并导入', 'Validate and import')}
          </button>
        </div>
      )}
      {busy && <p className="muted">{tr('正在校验并导入…', 'Validating and importing…')}</p>}
      {outcome?.kind === 'ok' && <p data-testid="ug-import-ok">{tr(`已导入 ${outcome.imported} 个地块`, `${outcome.imported} parcels imported`)}</p>}
      {outcome?.kind === 'error' && <p className="error">{outcome.message}</p>}
      {outcome?.kind === 'rejected' && (
        <div data-testid="ug-import-report">
          <p className="error">{outcome.message}</p>
          <table>
            <thead>
              <tr>
                <th>{tr('行', 'Row')}</th>
                <th>{tr('编号', 'Code')}</th>
                <th>{tr('字段', 'Field')}</th>
                <th>{tr('原因', 'Reason')}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.rows.slice(0, 50).map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.code ?? '—'}</td>
                  <td>{r.field ?? '—'}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {outcome.rows.length > 50 && <p className="muted">{tr(`另有 ${outcome.rows.length - 50} 行有误`, `${outcome.rows.length - 50} more invalid rows`)}</p>}
        </div>
      )}
    </div>
  );
}
