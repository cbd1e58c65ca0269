import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { audioVersion } from './src/build/audio-version.ts';
import { basePath } from './src/build/base-path.ts';
import { campaignPlugin } from './src/build/campaign-plugin.ts';
import { classPagePlugin } from './src/build/class-page-plugin.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { mapPlugin } from './src/build/map-plugin.ts';
import { embedPagePlugin } from './src/build/embed-page-plugin.ts';
import { embedPlugin } from './src/build/embed-plugin.ts';
import { firstPaintPlugin } from './src/build/first-paint-plugin.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { privacyPlugin } from './src/build/privacy-plugin.ts';
import { sharePlugin } from './src/build/share-plugin.ts';
import { storyPlugin } from './src/build/story-plugin.ts';
import { teacherPlugin } from './src/build/teacher-plugin.ts';

export default defineConfig({
  // Hosting under a sub-folder: BASE_PATH=/stories/three-thousand-miles/ npm run build.
  base: basePath(process.env.BASE_PATH),
  plugins: [
    react(),
    storyPlugin(),
    mapPlugin(),
    campaignPlugin(),
    prerenderPlugin(),
    // Before the CSP, which allows by hash the inline style and script this one puts in.
    firstPaintPlugin(),
    cspPlugin(),
    sharePlugin(),
    teacherPlugin(),
    privacyPlugin(),
    embedPlugin(),
    embedPagePlugin(),
    classPagePlugin(),
    // Offline after one visit: the app's shell is precached; a language's words are cached as they
    // are fetched (the player's own language only). A new version waits for the player (a prompt).
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        // Nothing of sound before the player asks for it: howler and the audio files are not precached.
        globIgnores: [
          'assets/words-*',
          'assets/howler-*',
          'audio/**',
          'share/**',
          'teacher/**',
          'privacy/**',
          'embed/**',
          'embed.js',
          'oembed/**',
          'card/**',
          'class/**',
        ],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [
          /\/share\//,
          /\/teacher\//,
          /\/privacy\//,
          /\/embed\//,
          /\/oembed\//,
          /\/class\//,
          /\/api\//,
        ],
        runtimeCaching: [
          {
            urlPattern: /\/assets\/words-[^/]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'three-thousand-miles-words', expiration: { maxEntries: 40 } },
          },
          {
            // Sound, once turned on: howler and each file as it is first played, kept for offline.
            // The cache is named for the files' contents, so changed sounds are fetched afresh.
            urlPattern: /\/(?:audio\/[\w-]+\.(?:webm|mp3)|assets\/howler-[^/]+\.js)$/,
            handler: 'CacheFirst',
            options: {
              cacheName: `three-thousand-miles-audio-${audioVersion(new URL('public/audio/', import.meta.url))}`,
              expiration: { maxEntries: 40 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // .vite/manifest.json: which chunks the entry loads up front, for `npm run bench`.
    manifest: true,
    // Vite would inline small assets as data: URLs; keep them as files for the CSP and caching.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // A language's two chunks named for what they hold: words-ko (opening), words-ko-rest.
        chunkFileNames: (chunk) => {
          const locale = /virtual:locale(-rest)?\/(.+)$/.exec(chunk.facadeModuleId ?? '');
          return locale ? `assets/words-${locale[2]!}${locale[1] ?? ''}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
