import { useState } from 'react';
import { api, hrefOf } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';

/** The audit log for administrators: filters, newest first, times in Beijing time; CSV of the same filter. */
export function AuditPanel() {
  const { tr } = useI18n();
  const [filter, setFilter] = useState({ user: '', action: '', objectType: '', result: '' });
  const [offset, setOffset] = useState(0);
  const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '')) as { user?: string; action?: string; objectType?: string; result?: 'ok' | 'denied' | 'failed' };
  const page = useApi((o) => api.admin.audit.$get({ query: { ...query, limit: '100', offset: String(offset) } }, o), [JSON.stringify(query), offset]);
  const set = (k: keyof typeof filter) => (e: { target: { value: string } }) => {
    setOffset(0);
    setFilter({ ...filter, [k]: e.target.value });
  };
  return (
    <div data-testid="audit-panel">
      <h2>{tr('审计日志', 'Audit log')}</h2>
      <div className="admin-create">
        <input placeholder={tr('用户', 'User')} value={filter.user} onChange={set('user')} />
        <input placeholder={tr('操作（如 login）', 'Action (e.g. login)')} value={filter.action} onChange={set('action')} />
        <input placeholder={tr('对象类型', 'Object type')} value={filter.objectType} onChange={set('objectType')} />
        <select aria-label={tr('结果', 'Result')} value={filter.result} onChange={set('result')}>
          <option value="">{tr('全部结果', 'any result')}</option>
          <option value="ok">ok</option>
          <option value="denied">denied</option>
          <option value="failed">failed</option>
        </select>
        <a href={hrefOf(api.admin['audit.csv'].$url({ query: { ...query, limit: '1000', offset: '0' } }))} download>{tr('导出 CSV', 'Export CSV')}</a>
      </div>
      {page.error && <p className="error">{page.error.message}</p>}
      {!page.data && !page.error && <p className="loading">{tr('加载中…', 'Loading…')}</p>}
      {page.data?.total === 0 && <p className="empty">{tr('无记录', 'No entries')}</p>}
      {page.data && page.data.total > 0 && (
        <>
          <table>
            <thead>
              <tr><th>{tr('时间（北京时间）', 'Time (Beijing)')}</th><th>{tr('用户', 'User')}</th><th>{tr('操作', 'Action')}</th><th>{tr('对象', 'Object')}</th><th>{tr('结果', 'Result')}</th></tr>
            </thead>
            <tbody>
              {page.data.rows.map((r) => (
                <tr key={r.id} title={r.detail === null ? '' : JSON.stringify(r.detail)}>
                  <td title={r.at}>{r.atShanghai}</td><td>{r.actor ?? '—'}</td><td>{r.action}</td><td>{r.objectType ? `${r.objectType} ${r.objectId ?? ''}` : '—'}</td><td>{r.result}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="toolbar">
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - 100))}>{tr('上一页', 'Previous')}</button>
            <span>{`${offset + 1}–${Math.min(offset + 100, page.data.total)} / ${page.data.total}`}</span>
            <button type="button" disabled={offset + 100 >= page.data.total} onClick={() => setOffset(offset + 100)}>{tr('下一页', 'Next')}</button>
          </div>
        </>
      )}
    </div>
  );
}
