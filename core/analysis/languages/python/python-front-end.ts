// The PyFlink front end: a shallow module index, then the shared evaluator over lowered statements.
import type { JobModel } from '../../model.js';
import { LineIndex } from '../../parse/line-index.js';
import type { FrontEndInput, LanguageFrontEnd } from '../language-front-end.js';
import { LoweredEvaluator } from '../lowered/lowered-evaluator.js';
import { ModelBuilder } from '../model-builder.js';
import { indexPython } from './python-index.js';
import { pythonLowering } from './python-lowering.js';
import { pythonSyntax } from './python-syntax.js';

export const pythonFrontEnd: LanguageFrontEnd = {
  languageId: 'python',
  extensions: ['.py'],
  buildModel({ tree, text, catalog }: FrontEndInput): JobModel {
    const { program, imports } = indexPython(tree.rootNode);
    const builder = new ModelBuilder('python', pythonSyntax(imports));
    new LoweredEvaluator(program, pythonLowering, builder, catalog, new LineIndex(text), text).run();
    return builder.model;
  },
};
