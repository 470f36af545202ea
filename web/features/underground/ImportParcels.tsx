import { useState } from 'react';
import { api, urlOf } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

interface RowReport {
  row: number;
  code: string | null;
  ok: boolean;
  field?: string;
  message?: string;
}

type Outcome =
  | { kind: 'ok'; imported: number }
  | { kind: 'rejected'; message: string; rows: RowReport[] }
  | { kind: 'error'; message: string };

/** Planner's file import (GeoJSON or CSV): all-or-nothing, with the server's per-row report. */
export function ImportParcels({ onImported }: { onImported: () => void }) {
  const { tr, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const form = new FormData();
      form.set('file', file, file.name);
      const res = await fetch(urlOf(api.underground.parcels.import), {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { 'Accept-Language': lang === 'en' ? 'en' : 'zh-CN' },
      });
      const body = (await res.json()) as { imported?: number; error?: { message: string; details?: { rows?: RowReport[] } } };
      if (res.ok) {
        setOutcome({ kind: 'ok', imported: body.imported ?? 0 });
        onImported();
      } else if (body.error?.details?.rows) {
        setOutcome({ kind: 'rejected', message: body.error.message, rows: body.error.details.rows.filter((r) => !r.ok) });
      } else {
        setOutcome({ kind: 'error', message: body.error?.message ?? `HTTP ${res.status}` });
      }
    } catch (err) {
      setOutcome({ kind: 'error', message: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ug-import" data-testid="ug-import">
      <label>
        {tr('导入地块（GeoJSON / CSV）：', 'Import parcels (GeoJSON / CSV): ')}
        <input
          type="file"
          accept=".geojson,.json,.csv,application/geo+json,text/csv"
          disabled={busy}
          data-testid="ug-import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
            e.target.value = '';
          }}
        />
      </label>
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
