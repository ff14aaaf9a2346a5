// Rules and their pages stay in step (ESLint's checkRuleFiles + typescript-eslint's docs test):
// every rule has a page with the fixed sections, every page belongs to a rule, every Incorrect
// example reports the rule and every Correct example does not.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules } from './rules/index.js';
import type { AnalysisSettings, LanguageId } from './types.js';
import { defaultAnalysisSettings } from './types.js';
import { testAnalyzer } from './test-support.js';

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'rules');
const SECTIONS = ['What is at stake', 'Details', 'Incorrect', 'Correct', 'Quick fixes', 'When not to use it'];

function section(page: string, title: string): string {
  const start = page.indexOf(`\n## ${title}\n`);
  if (start < 0) return '';
  const next = page.indexOf('\n## ', start + 1);
  return page.slice(start, next < 0 ? undefined : next);
}

/**
 * Example code blocks in any analysed language: ```java, ```python, ```scala. A fence may name the
 * project's Flink version (```java flinkVersion=2.0) for rules that depend on it.
 */
function codeBlocks(text: string): { language: LanguageId; code: string; settings: AnalysisSettings }[] {
  return [...text.matchAll(/```(java|python|scala)(?: flinkVersion=([\d.]+))?\n([\s\S]*?)```/g)].map((m) => ({
    language: m[1] as LanguageId,
    code: m[3]!,
    settings: m[2] ? { ...defaultAnalysisSettings, flinkVersion: m[2] } : defaultAnalysisSettings,
  }));
}

describe('rule docs', () => {
  const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md'));

  it('has exactly one page per registered rule', () => {
    expect(pages.sort()).toEqual(allRules.map((r) => `${r.meta.id}.md`).sort());
  });

  for (const rule of allRules) {
    describe(rule.meta.id, () => {
      const page = readFileSync(join(docsDir, `${rule.meta.id}.md`), 'utf8');

      it('has the title and the fixed sections in order', () => {
        expect(page.split('\n')[0]).toBe(`# ${rule.meta.id}: ${rule.meta.name}`);
        const headings = [...page.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
        expect(headings).toEqual(SECTIONS);
        expect(page).toContain(rule.meta.description);
      });

      it('reports every Incorrect example', async () => {
        const analyzer = await testAnalyzer();
        const blocks = codeBlocks(section(page, 'Incorrect'));
        expect(blocks.length).toBeGreaterThan(0);
        for (const { language, code, settings } of blocks) {
          const result = analyzer.analyzeText(language, code, settings);
          expect(result.ruleErrors).toEqual([]);
          expect(result.findings.filter((f) => f.ruleId === rule.meta.id).length, code).toBeGreaterThan(0);
        }
      });

      it('reports no Correct example', async () => {
        const analyzer = await testAnalyzer();
        const blocks = codeBlocks(section(page, 'Correct'));
        expect(blocks.length).toBeGreaterThan(0);
        for (const { language, code, settings } of blocks) {
          const findings = analyzer.analyzeText(language, code, settings).findings.filter((f) => f.ruleId === rule.meta.id);
          expect(findings.map((f) => f.message), code).toEqual([]);
        }
      });
    });
  }
});
