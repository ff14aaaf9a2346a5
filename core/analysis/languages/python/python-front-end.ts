// The PyFlink front end: a shallow module index, then the shared evaluator over lowered statements.
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
import { indexPython } from './python-index.js';
import { pythonLowering } from './python-lowering.js';
import { pythonSyntax } from './python-syntax.js';

export const pythonFrontEnd: LanguageFrontEnd = {
  languageId: 'python',
  extensions: ['.py'],
  buildModel({ tree, text, catalog, workspace }: FrontEndInput): JobModel {
    const { program, imports } = indexPython(tree.rootNode);
    const builder = new ModelBuilder('python', pythonSyntax(imports));
    const lines = new LineIndex(text);
    const evaluator = new LoweredEvaluator(program, pythonLowering, builder, catalog, lines, text, workspace);
    evaluator.run();
    builder.model.declaredClasses = program.containers.flatMap((c) => (c.name ? [c.name] : []));
    builder.model.exports = loweredExports('python', evaluator.ownResults);
    builder.model.fieldStates = scanFieldState(text, 'python', lines);
    builder.model.imports = scanImports(text, 'python', lines);
    classifyUserSinks(builder.model, text, 'python', lines);
    markKeyedStateFunctions(builder.model, text, 'python', lines, workspace);
    return builder.model;
  },
};
