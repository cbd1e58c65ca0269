/**
 * What the build's static pages (the share pages, the teacher guide) have in common: the start of
 * their `<head>` under the app's CSP, and the app's night palette and per-script fonts as CSS
 * (src/ui/app.css: text #e9e4da on #11161c is 14.6:1, the amber #e0a84a on it 8.9:1, the muted
 * #b7b0a4 on it 8.6:1). Pure strings; no JavaScript on those pages.
 */

/** Text made safe for HTML content and for attribute values in double or single quotes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The first tags of a static page's head: charset, CSP, viewport, colours, title, description. */
export function staticHead({ csp, title, description }: { csp: string; title: string; description: string }): string[] {
  const e = escapeHtml;
  return [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="dark">',
    '<meta name="theme-color" content="#11161c">',
    `<title>${e(title)}</title>`,
    `<meta name="description" content="${e(description)}">`,
  ];
}

/** The palette's custom properties, for a page's `:root` rule. */
export const PALETTE_VARS = `  --bg: #11161c;
  --text: #e9e4da;
  --text-muted: #b7b0a4;
  --accent: #e0a84a;
  --accent-ink: #11161c;
  --focus: #ffd27a;
  --font-story: 'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'Noto Serif', serif;
  --font-ui: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  color-scheme: dark;`;

/** Fonts and line breaking per script, keyed by `<html data-script>` as in the app. */
export const SCRIPT_FONTS = `:root[data-script='hangul'] {
  --font-story: 'Noto Serif CJK KR', 'Nanum Myeongjo', 'AppleMyungjo', 'Batang', serif;
  --font-ui: system-ui, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', sans-serif;
  word-break: keep-all;
}

:root[data-script='japanese'] {
  --font-story: 'Noto Serif CJK JP', 'Hiragino Mincho ProN', 'Yu Mincho', serif;
  --font-ui: system-ui, 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', 'Noto Sans CJK JP', sans-serif;
  line-break: strict;
}

:root[data-script='han-simplified'] {
  --font-story: 'Noto Serif CJK SC', 'Songti SC', 'SimSun', serif;
  --font-ui: system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  line-break: strict;
}`;
