import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client lives in web/ and builds to dist/, which the API process serves at `/`.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080' },
  },
});
