// Every rule module in this folder is registered, ids and names are unique and well-formed.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules } from './index.js';
import type { RuleModule } from './rule.js';

const here = dirname(fileURLToPath(import.meta.url));

function isRule(value: unknown): value is RuleModule {
  return typeof value === 'object' && value !== null && 'meta' in value && 'create' in value;
}

describe('rule registry', () => {
  it('lists every rule module of the folder', async () => {
    const files = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const modules: RuleModule[] = [];
    for (const file of files) {
      const mod = (await import(`./${file}`)) as { default?: unknown };
      if (isRule(mod.default)) modules.push(mod.default);
    }
    expect(modules.map((m) => m.meta.id).sort()).toEqual(allRules.map((r) => r.meta.id).sort());
  });

  it('uses unique FLINKnnn ids, kebab-case names and a test file per rule', () => {
    const files = new Set(readdirSync(here));
    expect(new Set(allRules.map((r) => r.meta.id)).size).toBe(allRules.length);
    for (const rule of allRules) {
      expect(rule.meta.id).toMatch(/^FLINK\d{3}$/);
      expect(rule.meta.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(files.has(`${rule.meta.name}.ts`)).toBe(true);
      expect(files.has(`${rule.meta.name}.test.ts`)).toBe(true);
      for (const id of Object.keys(rule.meta.messageSeverity ?? {})) expect(rule.meta.messages).toHaveProperty(id);
    }
  });
});
