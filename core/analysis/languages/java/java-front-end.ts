// The Java front end: class index first, then one evaluation pass over method bodies.
import { LineIndex } from '../../parse/line-index.js';
import type { JobModel } from '../../model.js';
import { scanFieldState } from '../field-state.js';
import { scanImports } from '../import-scan.js';
import { classifyUserSinks } from '../user-sinks.js';
import { markKeyedStateFunctions } from '../keyed-state-functions.js';
import type { FrontEndInput, LanguageFrontEnd } from '../language-front-end.js';
import { ModelBuilder } from '../model-builder.js';
import { indexClasses } from './java-class-index.js';
import { JavaEvaluator } from './java-evaluator.js';
import { javaExports } from './java-exports.js';
import { javaSyntax } from './java-syntax.js';

export const javaFrontEnd: LanguageFrontEnd = {
  languageId: 'java',
  extensions: ['.java'],
  buildModel({ tree, text, catalog, workspace }: FrontEndInput): JobModel {
    const index = indexClasses(tree.rootNode);
    const builder = new ModelBuilder('java', javaSyntax(index));
    const lines = new LineIndex(text);
    const evaluator = new JavaEvaluator(index, builder, catalog, lines, text, workspace);
    evaluator.run();
    builder.model.declaredClasses = index.classList.map((c) => c.name);
    builder.model.exports = javaExports(evaluator.ownResults);
    // Custom source classes are listed even when unused, so hovers and future rules can see them.
    for (const cls of index.customSources.values()) builder.addCustomSourceClass(cls);
    builder.model.fieldStates = scanFieldState(text, 'java', lines);
    builder.model.imports = scanImports(text, 'java', lines);
    classifyUserSinks(builder.model, text, 'java', lines);
    markKeyedStateFunctions(builder.model, text, 'java', lines, workspace);
    return builder.model;
  },
};
