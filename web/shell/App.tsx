import { Suspense, useEffect, useState } from 'react';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { ApiTokensPanel } from '../auth/ApiTokensPanel';
import { LoginPage } from '../auth/LoginPage';
import { ChangePassword } from '../auth/ChangePassword';
import { useSession, type Menu } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { MapView } from '../map/MapView';
import { LayerPanel } from '../map/LayerPanel';
import { SearchBox } from '../lists/SearchBox';
import { PrintMap } from '../map/PrintMap';
import { MapProvider } from '../map/mapContext';
import { DevicePositionProvider } from '../map/devicePosition';
import { LocateControl } from '../map/LocateControl';
import { getHashParam, setHashParam } from './hashParam';
import { LanguageSwitch } from './LanguageSwitch';
import { SheetHandle, type SheetState } from './SheetHandle';
import { OutboxBadge } from '../offline/OutboxBadge';
import { OutboxProvider } from '../offline/outbox';
import { views } from './views';
import type { Role } from '../../api/domain/auth/roles';
import { groupLabel } from '../../api/domain/gas/inspectionGroups';
import type { Bilingual } from '../../api/domain/shared/bilingual';

// The top bar's words for a role; shorter than the domain's roleLabels, and an inspector is
// named by the group shown beside it.
const roleNames: Record<Role, Bilingual> = {
  planner: { zh: '规划人员', en: 'Planner' },
  inspector: { zh: '督查组', en: 'Inspection group' },
  official: { zh: '督办领导', en: 'Official' },
  education: { zh: '教育部门', en: 'Education bureau' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};

export function App() {
  const { me, checking, problem, logout } = useSession();
  const { tr } = useI18n();
  const { data: config, error: configError } = useApi((o) => api.config.$get(undefined, o), []);
  // The URL's `view=` as written; only one of the user's own menus is ever shown.
  const [view, setView] = useState<string | null>(() => getHashParam('view'));
  // Phone layout (< 768 px): the layer panel is a full-screen page and the side panel a bottom
  // sheet over the map; on a desktop both stay in the grid and these states do nothing.
  const [layersOpen, setLayersOpen] = useState(false);
  const [sheet, setSheet] = useState<SheetState>('half');
  const [tokensOpen, setTokensOpen] = useState(false);

  // A role only ever sees its own menus; the API refuses the rest regardless.
  const menus = me?.menus ?? [];
  const active: Menu | null = menus.find((m) => m === view) ?? menus[0] ?? null;
  useEffect(() => {
    if (me) setHashParam('view', active);
  }, [me, active]);

  if (checking) return <div className="splash">{tr('正在加载…', 'Loading…')}</div>;
  if (!me) return <LoginPage demo={config?.demo ?? false} notice={problem ?? configError} />;
  // After an administrator's reset the API opens nothing else until the password is changed.
  if (me.mustChangePassword) return <ChangePassword onDone={() => void logout()} />;

  const ActiveView = active ? views[active].component : null;

  return (
    <OutboxProvider>
    <DevicePositionProvider>
    <MapProvider>
      <div className="app">
        <header className="topbar">
          <div className="brand">
            <span className="brand-full">{tr('海东市规划与督查地图', 'Haidong Planning & Inspection Map')}</span>
            <span className="brand-short">{tr('海东督查', 'Haidong')}</span>
          </div>
          <nav className="menus" aria-label={tr('功能', 'Views')}>
            {menus.map((m) => (
              <button key={m} type="button" data-testid={`menu-${m}`} className={m === active ? 'active' : ''} onClick={() => setView(m)}>
                {tr(views[m].label)}
              </button>
            ))}
          </nav>
          <div className="user">
            <OutboxBadge />
            {configError && <span className="badge" role="status" title={configError.message}>{tr('配置未加载', 'config not loaded')}</span>}
            {config?.demo && <span className="badge synthetic" title={tr('县区边界为真实数据，其余为确定性生成的示例数据', 'County boundaries are real; everything finer is deterministic synthetic data')}>{tr('示例数据', 'synthetic')}</span>}
            <span data-testid="whoami">
              {me.username} · {tr(roleNames[me.role])}
              {me.groupNo ? ` · ${tr(groupLabel(me.groupNo))}` : ''}
            </span>
            <LanguageSwitch />
            <button type="button" data-testid="open-api-tokens" onClick={() => setTokensOpen(true)}>
              {tr('API 令牌', 'API tokens')}
            </button>
            <button type="button" onClick={() => void logout()}>
              {tr('退出', 'Log out')}
            </button>
          </div>
        </header>
        <main className={`workspace sheet-${sheet}${layersOpen ? ' layers-open' : ''}`}>
          <LayerPanel onClose={() => setLayersOpen(false)} />
          <MapView basemapStyleUrl={config?.basemapStyleUrl ?? null}>
            <LocateControl />
          </MapView>
          <button type="button" className="phone-only layers-toggle" data-testid="layers-toggle" aria-expanded={layersOpen} onClick={() => setLayersOpen(true)}>
            {tr('图层', 'Layers')}
          </button>
          <section className="side-panel" data-testid="side-panel">
            <SheetHandle state={sheet} onChange={setSheet} />
            <div className="side-panel-body">
              {active && <SearchBox key={active} />}
              {active && <PrintMap title={tr(views[active].label)} />}
              <Suspense fallback={<div className="loading">{tr('加载中…', 'Loading…')}</div>}>
                {ActiveView ? <ActiveView /> : <p className="empty">{tr('当前角色没有可用的功能', 'No views for this role')}</p>}
              </Suspense>
            </div>
          </section>
        </main>
        {tokensOpen && <ApiTokensPanel onClose={() => setTokensOpen(false)} />}
      </div>
    </MapProvider>
    </DevicePositionProvider>
    </OutboxProvider>
  );
}
