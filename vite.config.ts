import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one build served by Electron (file) and by web mode (HTTP).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
