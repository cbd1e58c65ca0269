/**
 * Vite plugin: puts the Content-Security-Policy in the built `index.html`. Only at build: the dev
 * server injects inline scripts for hot reload, which this policy rightly forbids.
 */
import type { Plugin } from 'vite';
import { campaignPath, loadCampaign } from '../campaign/load.ts';

/**
 * The policy. Everything comes from our own origin; no inline script or style, no eval.
 * - `img-src data:`: small inline images (SVG icons) inside CSS.
 * - `form-action 'self'`: forms post nowhere else.
 * Later features add sources here, each with its reason.
 */
export function contentSecurityPolicy(connect: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
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
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(connectOrigins(root)) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
