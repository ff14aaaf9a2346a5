// Shared by the engine's tests: one analyzer per process (the grammars load once).
import type { Analyzer } from './analyzer.js';
import { createAnalyzer } from './analyzer.js';

let shared: Promise<Analyzer> | undefined;

export function testAnalyzer(): Promise<Analyzer> {
  shared ??= createAnalyzer();
  return shared;
}
