import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/server/content-policy.ts';

// The renderer is one build served by Electron (file) and by web mode (HTTP).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    // index.html's <meta> policy is the one the servers send, from one place
    { name: 'content-security-policy', transformIndexHtml: (html) => html.replace('%CONTENT_SECURITY_POLICY%', contentSecurityPolicy('meta')) },
  ],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
