import { api, hrefOf } from '../../api/client';
import { useAction, useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';

/**
 * Backups from the administrator's own page (issue 14): take one online, list them with size and
 * SHA-256, download one. Taking and downloading are audited by the server; restore is `npm run restore`.
 */
export function BackupPanel() {
  const { tr } = useI18n();
  const list = useApi((o) => api.admin.backups.$get(undefined, o), []);
  const action = useAction();
  const take = async () => {
    await action.run(() => api.admin.backups.$post());
    list.reload();
  };
  return (
    <section data-testid="admin-backups">
      <h2>{tr('备份', 'Backups')}</h2>
      <p>
        <button type="button" disabled={action.busy} onClick={() => void take()}>{action.busy ? tr('正在备份…', 'Backing up…') : tr('立即备份', 'Back up now')}</button>
        {list.data && <span> {tr(`目录：${list.data.dir}`, `Directory: ${list.data.dir}`)}</span>}
      </p>
      {action.error && <p className="error" role="alert">{action.error.message}</p>}
      {list.error && <p className="error" role="alert">{list.error.message}</p>}
      <table className="admin-users">
        <thead>
          <tr><th>{tr('文件', 'File')}</th><th>{tr('大小（字节）', 'Size (bytes)')}</th><th>SHA-256</th><th>{tr('时间（UTC）', 'Time (UTC)')}</th></tr>
        </thead>
        <tbody>
          {(list.data?.backups ?? []).map((b) => (
            <tr key={b.name}>
              <td><a href={hrefOf(api.admin.backups[':name'].$url({ param: { name: b.name } }))} download>{b.name}</a></td>
              <td>{b.bytes.toLocaleString()}</td>
              <td><code>{b.sha256}</code></td>
              <td>{b.createdAt}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
