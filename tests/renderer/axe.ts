// axe-core in the page under test (WCAG 2.1 A and AA rules), Fluent's tabster helpers (invisible focus guards) left
// out as issue 12 agreed; the findings with their first nodes, for a test to print and compare.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export async function auditPage(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') rightly refuses an injected tag.
    await page.evaluate(readFileSync(join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  }
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[]; failureSummary: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { exclude: [['[data-tabster-dummy]'], ['[data-is-focus-trap-zone-bumper]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1, 2).join('')}`),
    }));
  });
}

/** The serious and critical findings only (what the tests refuse). */
export async function seriousFindings(page: Page): Promise<Finding[]> {
  return (await auditPage(page)).filter((f) => f.impact === 'serious' || f.impact === 'critical');
}
