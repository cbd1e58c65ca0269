/**
 * axe-core in Chromium, for every e2e file that checks accessibility: WCAG 2.0, 2.1 and 2.2, A and
 * AA. Its source is evaluated through the DevTools protocol, so it runs under the page's real
 * Content-Security-Policy without weakening it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

export const WCAG_22_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

export interface AxeOptions {
  /** Only inside this CSS selector. */
  include?: string;
  /** False to leave frames in the page unchecked (a preview of another page). */
  iframes?: boolean;
}

/** Runs axe-core on the page (or a part of it); its violations, as readable lines. */
export async function axeViolations(
  page: Page | Frame,
  { include, iframes = true }: AxeOptions = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, within, frames }: { tags: string[]; within: string | null; frames: boolean }) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } })
        .axe;
      const result = await axe.run(within ? { include: [[within]] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        iframes: frames,
      });
      return result.violations;
    },
    { tags: WCAG_22_A_AA, within: include ?? null, frames: iframes },
  );
  return (violations as AxeViolation[]).map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => JSON.stringify(n.target))
        .join(', ')}`,
  );
}
