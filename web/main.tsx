import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './i18n/i18n';
import { SessionProvider } from './auth/session';
import { App } from './shell/App';
import './styles.css';

// The service worker (app shell precache, offline API answers) exists only in the production
// build that the API server serves; the Vite dev server never registers one. MODE, not PROD: a
// build started from the test runner (NODE_ENV=test) is still the production build it serves.
if (import.meta.env.MODE === 'production' && 'serviceWorker' in navigator) {
  void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
