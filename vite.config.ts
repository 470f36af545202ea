import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The client lives in web/ and builds to dist/, which the API process serves at `/`. The service
// worker exists only in this production build (`devOptions` off): `npm run dev` and the dev
// server never register one.
export default defineConfig({
  root: here('./web'),
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icons/apple-touch-icon-180.png', 'icons/icon.svg'],
      manifest: {
        name: '海东督查地图',
        short_name: '海东督查',
        description: '海东市规划与督查地图：燃气安全督查现场走访、隐患登记（可离线） / Haidong planning & inspection map',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f5f7fa',
        theme_color: '#1d4e89',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,png,svg,webmanifest}'],
        // MapLibre's bundle is larger than Workbox's 2 MiB default; the app shell needs it offline.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once (no second load needed before offline works).
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          // API answers the device keeps for offline use (issue 10): base geography, the gas view's
          // venues, hazards, campaigns and boards, and the client config; the cached answer only
          // when the network fails. Never cached: sessions (/api/auth), education (children's data
          // is no-store), underground, and generated downloads. Workbox copies this function into
          // the service worker as text, so it may not refer to anything outside itself.
          {
            urlPattern: ({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET' && /^\/api\/(geo\/|gas\/(?!.*\.(docx|xlsx)$)|config$)/.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'haidong-api',
              networkTimeoutSeconds: 6,
              expiration: { maxEntries: 400, purgeOnQuotaError: true },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: { outDir: here('./dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080' },
  },
});
