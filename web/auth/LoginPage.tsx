import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { useSession } from './session';
import { LanguageSwitch } from '../shell/LanguageSwitch';

export function LoginPage({ demo }: { demo: boolean }) {
  const { login } = useSession();
  const { tr } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
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
            {error}
          </div>
        )}
        <button type="submit" disabled={busy}>
          {busy ? tr('登录中…', 'Logging in…') : tr('登录', 'Log in')}
        </button>
        {demo && (
          <p className="demo-hint">
            {tr('演示账号：planner、inspector1…7、official、education、admin，密码 haidong-demo', 'Demo accounts: planner, inspector1…7, official, education, admin; password haidong-demo')}
          </p>
        )}
      </form>
    </div>
  );
}
