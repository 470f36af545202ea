import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useAction } from '../api/useApi';
import { useI18n } from '../i18n/i18n';
import { minPasswordLength } from '../../api/domain/auth/passwordPolicy';

/** The password change a user must make after an administrator's reset (and may make any time). */
export function ChangePassword({ onDone }: { onDone(): void }) {
  const { tr } = useI18n();
  const action = useAction();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let failed = false;
    await action.run(() => api.auth.password.$post({ json: { current, next } }), () => {
      failed = true;
      return false; // shown below the form
    });
    // Done: log in again with the new password (other sessions have ended).
    if (!failed) onDone();
  };
  return (
    <form className="login" onSubmit={(e) => void submit(e)} data-testid="change-password">
      <h1>{tr('请修改密码', 'Please change your password')}</h1>
      <label>{tr('当前密码', 'Current password')}<input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} /></label>
      <label>{tr(`新密码（至少 ${minPasswordLength} 位，不含用户名）`, `New password (at least ${minPasswordLength} characters, not the username)`)}<input type="password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.target.value)} /></label>
      <button type="submit" disabled={action.busy}>{tr('修改密码', 'Change password')}</button>
      {action.error && <p className="error" role="alert">{action.error.message}</p>}
    </form>
  );
}
