import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { useAction } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';

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

/** Planner's file import (GeoJSON or CSV): all-or-nothing, with the server's per-row report. */
export function ImportParcels({ onImported }: { onImported: () => void }) {
  const { tr } = useI18n();
  const action = useAction();
  const [imported, setImported] = useState<number | null>(null);

  const upload = async (file: File) => {
    setImported(null);
    const form = new FormData();
    form.set('file', file, file.name);
    // The route reads the raw multipart body itself (it also takes CSV and GeoJSON bodies), so
    // the typed client has no `form` input for it: the body goes in as the request's own.
    const answer = await action.run(() => api.underground.parcels.import.$post(undefined, { init: { body: form } }));
    if (!answer) return;
    setImported(answer.imported);
    onImported();
  };
  const { busy, error } = action;
  const rows = refusedRows(error);
  const outcome = imported !== null ? { kind: 'ok' as const, imported } : rows ? { kind: 'rejected' as const, message: error?.message ?? '', rows } : error ? { kind: 'error' as const, message: error.message } : null;

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
