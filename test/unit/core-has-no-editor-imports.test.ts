// The core is shared by the language server, the VS Code client and the CLI: it must never depend on
// the editor or on the LSP library (design.md). A TypeScript config cannot forbid one explicit import,
// so this test reads every core source file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const editorImport = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*)['"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('core/', () => {
  const files = sourceFiles(join(root, 'core'));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('imports neither vscode nor the language server or client libraries', () => {
    const offenders = files.filter((file) => editorImport.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('would catch such an import', () => {
    expect(editorImport.test(`import * as vscode from 'vscode';`)).toBe(true);
    expect(editorImport.test(`import { TextDocuments } from 'vscode-languageserver/node';`)).toBe(true);
    expect(editorImport.test(`const v = require('vscode');`)).toBe(true);
    expect(editorImport.test(`import { x } from './vscode-like.js';`)).toBe(false);
  });
});
