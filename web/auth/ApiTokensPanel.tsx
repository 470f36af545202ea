import { useState } from 'react';
import { api } from '../api/client';
import { useAction, useApi } from '../api/useApi';
import { useI18n } from '../i18n/i18n';

/**
 * Personal API tokens for GIS clients (QGIS: OGC API – Features / vector tiles with an
 * "Authorization: Bearer …" header). The secret is shown once, right after creation.
 */
export function ApiTokensPanel({ onClose }: { onClose: () => void }) {
  const { tr } = useI18n();
  const tokens = useApi((o) => api.auth.tokens.$get(undefined, o), []);
  const action = useAction();
  const [name, setName] = useState('QGIS');
  const [days, setDays] = useState(90);
  const [shown, setShown] = useState<string | null>(null);

  const create = async () => {
    const made = await action.run(() => api.auth.tokens.$post({ json: { name, expiresInDays: days } }));
    if (made) {
      setShown(made.token);
      tokens.reload();
    }
  };
  const revoke = async (id: number) => {
    if (await action.run(() => api.auth.tokens[':id'].$delete({ param: { id: String(id) } }))) tokens.reload();
  };

  return (
    <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="api-tokens-title" data-testid="api-tokens">
      <h2 id="api-tokens-title">{tr('API 令牌（GIS 客户端只读访问）', 'API tokens (read-only access for GIS clients)')}</h2>
      <p className="hint">
        {tr('在 QGIS 中添加“API 头”认证：Authorization = Bearer <令牌>。令牌与您的角色和范围完全相同，仅可读取。', 'In QGIS add an "API header" authentication: Authorization = Bearer <token>. A token reads exactly what you may read, nothing more.')}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label>
          {tr('名称', 'Name')} <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required />
        </label>
        <label>
          {tr('有效天数', 'Valid for (days)')} <input type="number" min={1} max={366} value={days} onChange={(e) => setDays(Number(e.target.value))} />
        </label>
        <button type="submit" disabled={action.busy}>
          {tr('创建令牌', 'Create token')}
        </button>
      </form>
      {action.error && <p className="error" role="alert">{action.error.message}</p>}
      {shown && (
        <p className="notice" role="status">
          {tr('请立即复制，此令牌只显示这一次：', 'Copy it now; it is shown only this once:')} <code data-testid="new-token">{shown}</code>
        </p>
      )}
      {tokens.loading && <p className="loading">{tr('加载中…', 'Loading…')}</p>}
      {tokens.error && <p className="error" role="alert">{tokens.error.message}</p>}
      {tokens.data && tokens.data.length === 0 && <p className="empty">{tr('还没有令牌', 'No tokens yet')}</p>}
      {tokens.data && tokens.data.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{tr('名称', 'Name')}</th>
              <th>{tr('开头', 'Starts with')}</th>
              <th>{tr('到期', 'Expires')}</th>
              <th>{tr('最近使用', 'Last used')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>
                  <code>{t.prefix}…</code>
                </td>
                <td>{String(t.expiresAt).slice(0, 10)}</td>
                <td>{t.lastUsedAt ? String(t.lastUsedAt).slice(0, 16).replace('T', ' ') : '—'}</td>
                <td>
                  {t.active ? (
                    <button type="button" disabled={action.busy} onClick={() => void revoke(t.id)}>
                      {tr('吊销', 'Revoke')}
                    </button>
                  ) : (
                    tr(t.revokedAt ? '已吊销' : '已过期', t.revokedAt ? 'revoked' : 'expired')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={onClose}>
        {tr('关闭', 'Close')}
      </button>
    </div>
  );
}
