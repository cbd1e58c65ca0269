/**
 * Vite plugin: puts the Content-Security-Policy in the built `index.html`. Only at build: the dev
 * server injects inline scripts for hot reload, which this policy rightly forbids.
 */
import type { Plugin } from 'vite';

/**
 * The policy. Everything comes from our own origin; no inline script or style, no eval.
 * - `img-src data:`: small inline images (SVG icons) inside CSS.
 * - `form-action 'self'`: forms post nowhere else.
 * Later features add sources here, each with its reason.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'three-thousand-miles:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
