// The Scala front end (legacy Scala API and the Java API called from Scala): a shallow index of
// objects and classes, then the shared evaluator over lowered statements.
import type { JobModel } from '../../model.js';
import { scanFieldState } from '../field-state.js';
import { scanImports } from '../import-scan.js';
import { classifyUserSinks } from '../user-sinks.js';
import { markKeyedStateFunctions } from '../keyed-state-functions.js';
import { LineIndex } from '../../parse/line-index.js';
import type { FrontEndInput, LanguageFrontEnd } from '../language-front-end.js';
import { LoweredEvaluator } from '../lowered/lowered-evaluator.js';
import { loweredExports } from '../lowered/lowered-exports.js';
import { ModelBuilder } from '../model-builder.js';
import { indexScala } from './scala-index.js';
import { scalaLowering } from './scala-lowering.js';
import { scalaSyntax } from './scala-syntax.js';

export const scalaFrontEnd: LanguageFrontEnd = {
  languageId: 'scala',
  extensions: ['.scala', '.sc'],
  buildModel({ tree, text, catalog, workspace }: FrontEndInput): JobModel {
    const { program, imports } = indexScala(tree.rootNode);
    const builder = new ModelBuilder('scala', scalaSyntax(imports));
    const lines = new LineIndex(text);
    const evaluator = new LoweredEvaluator(program, scalaLowering, builder, catalog, lines, text, workspace);
    evaluator.run();
    builder.model.declaredClasses = program.containers.flatMap((c) => (c.name ? [c.name] : []));
    builder.model.exports = loweredExports('scala', evaluator.ownResults);
    // Custom source classes are listed even when unused, so hovers and future rules can see them.
    for (const cls of program.customSources.values()) builder.addCustomSourceClass(cls);
    builder.model.fieldStates = scanFieldState(text, 'scala', lines);
    builder.model.imports = scanImports(text, 'scala', lines);
    classifyUserSinks(builder.model, text, 'scala', lines);
    markKeyedStateFunctions(builder.model, text, 'scala', lines, workspace);
    return builder.model;
  },
};
