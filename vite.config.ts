import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { storyPlugin } from './src/build/story-plugin.ts';

export default defineConfig({
  plugins: [react(), storyPlugin(), cspPlugin()],
  build: {
    target: 'es2022',
    // Vite would inline small assets as data: URLs; keep them as files for the CSP and caching.
    assetsInlineLimit: 0,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
