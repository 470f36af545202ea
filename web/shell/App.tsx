import { Suspense, useEffect, useState } from 'react';
import { api, unwrap } from '../api/client';
import { LoginPage } from '../auth/LoginPage';
import { useSession, type Menu } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { MapView } from '../map/MapView';
import { LayerPanel } from '../map/LayerPanel';
import { MapProvider } from '../map/mapContext';
import { getHashParam, setHashParam } from './hashParam';
import { LanguageSwitch } from './LanguageSwitch';
import { views } from './views';

interface ClientConfig {
  version: string;
  demo: boolean;
  db: string;
  basemapStyleUrl: string | null;
}

const roleNames = {
  planner: ['规划人员', 'Planner'],
  inspector: ['督查组', 'Inspection group'],
  official: ['督办领导', 'Official'],
  education: ['教育部门', 'Education bureau'],
  admin: ['系统管理员', 'Administrator'],
} as const;

export function App() {
  const { me, checking, logout } = useSession();
  const { tr } = useI18n();
  const [config, setConfig] = useState<ClientConfig | null>(null);
  const [view, setView] = useState<Menu | null>(() => getHashParam('view') as Menu | null);

  useEffect(() => {
    unwrap(api.config.$get()).then((c) => setConfig(c as ClientConfig)).catch(() => setConfig(null));
  }, []);

  // A role only ever sees its own menus; the API refuses the rest regardless.
  const menus = me?.menus ?? [];
  const active: Menu | null = view && menus.includes(view) ? view : (menus[0] ?? null);
  useEffect(() => {
    if (me) setHashParam('view', active);
  }, [me, active]);

  if (checking) return <div className="splash">{tr('正在加载…', 'Loading…')}</div>;
  if (!me) return <LoginPage demo={config?.demo ?? false} />;

  const ActiveView = active ? views[active].component : null;
  const [roleZh, roleEn] = roleNames[me.role];

  return (
    <MapProvider>
      <div className="app">
        <header className="topbar">
          <div className="brand">{tr('海东市规划与督查地图', 'Haidong Planning & Inspection Map')}</div>
          <nav className="menus" aria-label={tr('功能', 'Views')}>
            {menus.map((m) => (
              <button key={m} type="button" data-testid={`menu-${m}`} className={m === active ? 'active' : ''} onClick={() => setView(m)}>
                {tr(views[m].zh, views[m].en)}
              </button>
            ))}
          </nav>
          <div className="user">
            {config?.demo && <span className="badge synthetic" title={tr('县区边界为真实数据，其余为确定性生成的示例数据', 'County boundaries are real; everything finer is deterministic synthetic data')}>{tr('示例数据', 'synthetic')}</span>}
            <span data-testid="whoami">
              {me.username} · {tr(roleZh, roleEn)}
              {me.groupNo ? ` ${me.groupNo}` : ''}
            </span>
            <LanguageSwitch />
            <button type="button" onClick={() => void logout()}>
              {tr('退出', 'Log out')}
            </button>
          </div>
        </header>
        <main className="workspace">
          <LayerPanel />
          <MapView basemapStyleUrl={config?.basemapStyleUrl ?? null} />
          <section className="side-panel">
            <Suspense fallback={<div className="loading">{tr('加载中…', 'Loading…')}</div>}>
              {ActiveView ? <ActiveView /> : <p className="empty">{tr('当前角色没有可用的功能', 'No views for this role')}</p>}
            </Suspense>
          </section>
        </main>
      </div>
    </MapProvider>
  );
}
