import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The client lives in web/ and builds to dist/, which the API process serves at `/`.
export default defineConfig({
  root: here('./web'),
  plugins: [react()],
  build: { outDir: here('./dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080' },
  },
});
