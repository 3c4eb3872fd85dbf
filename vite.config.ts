import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { kommunetalData } from './scripts/vite-plugin-data';

// base './' so dist/ works from any folder on any static file server.
export default defineConfig({
  base: './',
  plugins: [react(), kommunetalData()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
});
