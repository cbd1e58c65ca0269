/**
 * Vite plugin: puts the Content-Security-Policy in the built `index.html`. Only at build: the dev
 * server injects inline scripts for hot reload, which this policy rightly forbids.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { campaignPath, loadCampaign } from '../campaign/load.ts';

/** Inline code a page carries, allowed by the hashes of its exact text (`'sha256-…'`). */
export interface InlineHashes {
  scripts?: string[];
  styles?: string[];
}

/**
 * The policy. Everything comes from our own origin; no eval, and no inline script or style but
 * the page's own, each allowed by its hash (the title screen's stylesheet and the script that
 * starts the app after the first paint, src/build/first-paint-plugin.ts): never `unsafe-inline`.
 * - `img-src data:`: small inline images (SVG icons) inside CSS.
 * - `form-action 'self'`: forms post nowhere else.
 * Later features add sources here, each with its reason.
 */
export function contentSecurityPolicy(connect: string[] = [], inline: InlineHashes = {}): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...(inline.scripts ?? [])].join(' '),
    ["style-src 'self'", ...(inline.styles ?? [])].join(' '),
    "img-src 'self' data:",
    "media-src 'self'",
    "font-src 'self'",
    // `connect`: the campaign's signature endpoint and its counting endpoint, when on another origin.
    ["connect-src 'self'", ...connect].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** The origins a campaign sends to (signatures, opt-in counting), when they are not this site. */
export function connectOrigins(root: string): string[] {
  const { campaign } = loadCampaign(root, campaignPath(root));
  const delivery = campaign?.delivery;
  const urls = [
    delivery && (delivery.mode === 'webhook' || delivery.mode === 'action-network') ? delivery.url : undefined,
    campaign?.counting?.endpoint,
  ];
  const origins = urls.flatMap((url) => (url && !url.startsWith('/') ? [new URL(url).origin] : []));
  return [...new Set(origins)];
}

/** The CSP source for an inline element's text: `'sha256-<base64>'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of every inline `<script>` (one without `src`) and `<style>` in `html`. */
export function inlineHashes(html: string): InlineHashes {
  const hashes = (pattern: RegExp): string[] => [...new Set([...html.matchAll(pattern)].map((m) => hashSource(m[1]!)))];
  return {
    scripts: hashes(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi),
    styles: hashes(/<style[^>]*>([\s\S]*?)<\/style>/gi),
  };
}

export function cspPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'three-thousand-miles:csp',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      // After the first-paint plugin has put the page's inline code in: the policy allows that, by hash.
      handler: (html) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(connectOrigins(root), inlineHashes(html)),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
