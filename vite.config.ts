import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Writes a .br and a .gz twin of every text file of the build over 1 KB, so the server sends the
 * client compressed without compressing on each request (serveStatic `precompressed`, api/clientStatic.ts).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'haidong-precompress',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
      for (const file of walk(outDir)) {
        if (!/\.(js|mjs|css|html|json|geojson|svg|txt|map)$/.test(file)) continue;
        const raw = readFileSync(file);
        if (raw.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
        writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
      }
    },
  };
}

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
    precompress(),
  ],
  build: { outDir: here('./dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080' },
  },
});
