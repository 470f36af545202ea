import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useAction, useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import { roleLabels, roles, type Role } from '../../../api/domain/auth/roles';
import { countyCodes } from '../../../api/domain/geo/vocabulary';
import { minPasswordLength } from '../../../api/domain/auth/passwordPolicy';
import { AuditPanel } from './AuditPanel';
import { BackupPanel } from './BackupPanel';
import './admin.css';
import { groupLabel, groupNos } from '../../../api/domain/gas/inspectionGroups';

type UserRow = Awaited<ReturnType<Awaited<ReturnType<typeof api.admin.users.$get>>['json']>>[number];

/** Account administration (admin): create, change role / group / county, disable, reset, sessions. */
export default function AdminView() {
  const { tr } = useI18n();
  const users = useApi((o) => api.admin.users.$get(undefined, o), []);
  const [tab, setTab] = useState<'users' | 'audit' | 'backups'>('users');
  return (
    <div className="admin-view" data-testid="admin-view">
      <div className="toolbar">
        <button type="button" className={tab === 'users' ? 'active' : ''} onClick={() => setTab('users')}>{tr('用户', 'Users')}</button>
        <button type="button" className={tab === 'audit' ? 'active' : ''} onClick={() => setTab('audit')}>{tr('审计日志', 'Audit log')}</button>
        <button type="button" className={tab === 'backups' ? 'active' : ''} onClick={() => setTab('backups')}>{tr('备份', 'Backups')}</button>
      </div>
      {tab === 'backups' ? (
        <BackupPanel />
      ) : tab === 'audit' ? (
        <AuditPanel />
      ) : (
        <>
          <h2>{tr('用户管理', 'User administration')}</h2>
          <CreateUser onCreated={users.reload} />
          {users.error && <p className="error">{users.error.message}</p>}
          {!users.data && !users.error && <p className="loading">{tr('加载中…', 'Loading…')}</p>}
          {users.data?.length === 0 && <p className="empty">{tr('无用户', 'No users')}</p>}
          {users.data && users.data.length > 0 && (
            <table className="admin-users" data-testid="admin-users">
              <thead>
                <tr><th>{tr('用户名', 'Username')}</th><th>{tr('角色', 'Role')}</th><th>{tr('范围', 'Scope')}</th><th>{tr('状态', 'State')}</th><th>{tr('操作', 'Actions')}</th></tr>
              </thead>
              <tbody>
                {users.data.map((u) => <UserLine key={u.id} user={u} onChanged={users.reload} />)}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}

function scopeOf(tr: ReturnType<typeof useI18n>['tr'], u: Pick<UserRow, 'role' | 'groupNo' | 'countyCode'>): string {
  if (u.role === 'inspector') return u.groupNo === null ? tr('未分组', 'no group') : tr(groupLabel(u.groupNo));
  if (u.role === 'education') return u.countyCode ? placeName(tr, u.countyCode) : tr('全市', 'whole city');
  return '—';
}

function UserLine({ user: u, onChanged }: { user: UserRow; onChanged(): void }) {
  const { tr } = useI18n();
  const action = useAction();
  const id = String(u.id);
  // Every action ends by reading the list again: it shows the server's state, whatever happened.
  const act = async <T,>(request: () => Promise<{ ok: boolean; status: number; json(): Promise<T> }>) => {
    await action.run(request);
    onChanged();
  };
  const resetPassword = async () => {
    const password = window.prompt(tr(`新密码（至少 ${minPasswordLength} 位；用户下次登录须修改）`, `New password (at least ${minPasswordLength} characters; the user must change it at next login)`));
    if (password) await act(() => api.admin.users[':id'].password.$post({ param: { id }, json: { password } }));
  };
  const changeRole = async (role: Role) => {
    const groupNo = role === 'inspector' ? Number(window.prompt(tr(`督查组编号 1–9（8 = ${groupLabel(8).zh}，9 = ${groupLabel(9).zh}）`, `Inspection group 1–9 (8 = ${groupLabel(8).en}, 9 = ${groupLabel(9).en})`)) || 0) : null;
    await act(() => api.admin.users[':id'].$patch({ param: { id }, json: { role, groupNo, countyCode: null } }));
  };
  return (
    <tr data-testid={`user-${u.username}`}>
      <td>{u.username}<div className="muted">{u.displayName}</div></td>
      <td>
        <select aria-label={tr('角色', 'Role')} value={u.role} disabled={action.busy} onChange={(e) => void changeRole(e.target.value as Role)}>
          {roles.map((r) => <option key={r} value={r}>{tr(roleLabels[r])}</option>)}
        </select>
      </td>
      <td>
        {u.role === 'education' ? (
          <select aria-label={tr('县区', 'County')} value={u.countyCode ?? ''} disabled={action.busy} onChange={(e) => void act(() => api.admin.users[':id'].$patch({ param: { id }, json: { countyCode: e.target.value || null } }))}>
            <option value="">{tr('全市', 'whole city')}</option>
            {countyCodes.map((c) => <option key={c} value={c}>{placeName(tr, c)}</option>)}
          </select>
        ) : scopeOf(tr, u)}
      </td>
      <td>
        {u.disabled ? <span className="tag">{tr('已停用', 'disabled')}</span> : <span>{tr('正常', 'active')}</span>}
        {u.lockedUntil && <span className="tag">{tr('已锁定', 'locked')}</span>}
        {u.mustChangePassword && <span className="tag">{tr('须改密码', 'must change password')}</span>}
        <div className="muted">{tr(`会话 ${u.sessions}`, `${u.sessions} sessions`)}</div>
      </td>
      <td className="actions">
        <button type="button" disabled={action.busy} onClick={() => void act(() => api.admin.users[':id'].$patch({ param: { id }, json: { disabled: !u.disabled } }))}>
          {u.disabled ? tr('启用', 'Enable') : tr('停用', 'Disable')}
        </button>
        <button type="button" disabled={action.busy} onClick={() => void resetPassword()}>{tr('重置密码', 'Reset password')}</button>
        {u.lockedUntil && <button type="button" disabled={action.busy} onClick={() => void act(() => api.admin.users[':id'].unlock.$post({ param: { id } }))}>{tr('解锁', 'Unlock')}</button>}
        {u.sessions > 0 && <button type="button" disabled={action.busy} onClick={() => void act(() => api.admin.users[':id'].sessions.$delete({ param: { id } }))}>{tr('结束会话', 'End sessions')}</button>}
        {action.error && <p className="error" role="alert">{action.error.message}</p>}
      </td>
    </tr>
  );
}

function CreateUser({ onCreated }: { onCreated(): void }) {
  const { tr } = useI18n();
  const action = useAction();
  const [form, setForm] = useState({ username: '', displayName: '', role: 'planner' as Role, groupNo: '', countyCode: '', password: '' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const json = {
      username: form.username,
      displayName: form.displayName,
      role: form.role,
      groupNo: form.role === 'inspector' ? Number(form.groupNo) : null,
      countyCode: form.role === 'education' && form.countyCode ? form.countyCode : null,
      password: form.password,
    };
    if (await action.run(() => api.admin.users.$post({ json }))) {
      setForm({ ...form, username: '', displayName: '', password: '' });
      onCreated();
    }
  };
  return (
    <form className="admin-create" onSubmit={(e) => void submit(e)} data-testid="admin-create">
      <input required placeholder={tr('用户名', 'Username')} value={form.username} onChange={set('username')} />
      <input required placeholder={tr('姓名', 'Display name')} value={form.displayName} onChange={set('displayName')} />
      <select value={form.role} onChange={set('role')} aria-label={tr('角色', 'Role')}>
        {roles.map((r) => <option key={r} value={r}>{tr(roleLabels[r])}</option>)}
      </select>
      {form.role === 'inspector' && (
        <select required value={form.groupNo} onChange={set('groupNo')} aria-label={tr('督查组', 'Group')}>
          <option value="">{tr('督查组', 'Group')}</option>
          {groupNos.map((n) => <option key={n} value={n}>{tr(groupLabel(n))}</option>)}
        </select>
      )}
      {form.role === 'education' && (
        <select value={form.countyCode} onChange={set('countyCode')} aria-label={tr('县区', 'County')}>
          <option value="">{tr('全市', 'whole city')}</option>
          {countyCodes.map((c) => <option key={c} value={c}>{placeName(tr, c)}</option>)}
        </select>
      )}
      <input required type="password" autoComplete="new-password" placeholder={tr(`初始密码（≥ ${minPasswordLength} 位）`, `Initial password (≥ ${minPasswordLength})`)} value={form.password} onChange={set('password')} />
      <button type="submit" disabled={action.busy}>{tr('新建用户', 'Create user')}</button>
      {action.error && <p className="error" role="alert">{action.error.message}</p>}
    </form>
  );
}
