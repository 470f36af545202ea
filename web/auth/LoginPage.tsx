import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useAction } from '../api/useApi';
import { useI18n } from '../i18n/i18n';
import { useSession } from './session';
import { LanguageSwitch } from '../shell/LanguageSwitch';

/** `notice`: a problem the shell could not show elsewhere (session probe, logout, client config). */
export function LoginPage({ demo, notice }: { demo: boolean; notice: Error | null }) {
  const { loggedIn } = useSession();
  const { tr } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { run, busy, error } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const me = await run(() => api.auth.login.$post({ json: { username: username.trim(), password } }));
    if (me) loggedIn(me);
  };

  return (
    <div className="login-page">
      <form className="login-card" onSubmit={submit} aria-label={tr('登录', 'Log in')}>
        <div className="login-head">
          <h1>{tr('海东市规划与督查地图', 'Haidong Planning & Inspection Map')}</h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{tr('地下空间 · 燃气安全督查 · 控辍保学', 'Underground space · Gas safety · Dropout control')}</p>
        <label>
          {tr('用户名', 'Username')}
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label>
          {tr('密码', 'Password')}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {error && (
          <div className="form-error" role="alert">
            {error.message}
          </div>
        )}
        <button type="submit" disabled={busy}>
          {busy ? tr('登录中…', 'Logging in…') : tr('登录', 'Log in')}
        </button>
        {notice && !error && <p className="muted" role="status">{tr('提示：', 'Note: ') + notice.message}</p>}
        {demo && (
          <p className="demo-hint">
            {tr('演示账号：planner、inspector1…7、official、education、admin，密码 haidong-demo', 'Demo accounts: planner, inspector1…7, official, education, admin; password haidong-demo')}
          </p>
        )}
      </form>
    </div>
  );
}
