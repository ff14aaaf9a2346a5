// The registry of language front ends. Python and Scala (issue 6) add one line each.
import type { LanguageId } from '../types.js';
import { javaFrontEnd } from './java.js';
import type { LanguageFrontEnd } from './language-front-end.js';
import { pythonFrontEnd } from './python.js';
import { scalaFrontEnd } from './scala.js';

export const frontEnds: Partial<Record<LanguageId, LanguageFrontEnd>> = {
  java: javaFrontEnd,
  python: pythonFrontEnd,
  scala: scalaFrontEnd,
};

/** Extensions of every language we can parse, including those without a front end yet. */
export const languageExtensions: Record<string, LanguageId> = {
  '.java': 'java',
  '.py': 'python',
  '.scala': 'scala',
  '.sc': 'scala',
};
