// What a Python module or a Scala file offers other files: functions that return an environment or a
// connector, or that configure an environment passed in (read from each function's evaluation on its
// own, where parameters are known only by their declared types). Python exports module-level
// functions under the name '' (the workspace index names the module after its file); Scala exports
// the methods of objects, classes and traits under their name. Private ones are left out.
import type { ExportedMember } from '../../model.js';
import type { Range } from '../../types.js';
import { connectorUse } from '../model-builder.js';
import { exportedSourceStream } from '../exported-source-stream.js';
import type { FunctionInfo } from './lowered-ast.js';
import type { Value } from './lowered-values.js';

function nameRange(fn: FunctionInfo): Range {
  const node = fn.body.parent?.childForFieldName('name') ?? fn.body;
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

function isPrivate(fn: FunctionInfo, languageId: string): boolean {
  if (languageId === 'python') return fn.name.startsWith('_');
  const definition = fn.body.parent;
  const modifiers = definition?.namedChildren.find((c) => c?.type === 'modifiers');
  return modifiers !== undefined && modifiers !== null && /\b(private|protected)\b/.test(modifiers.text);
}

export function loweredExports(languageId: string, results: readonly { fn: FunctionInfo; args: Value[]; returned: Value }[]): ExportedMember[] {
  const exports: ExportedMember[] = [];
  for (const { fn, args, returned } of results) {
    // Python methods of classes need an instance; Scala top-level functions are not reached through a name.
    if (languageId === 'python' ? fn.container !== '' : fn.container === '') continue;
    if (isPrivate(fn, languageId)) continue;
    const envParameters = args.flatMap((arg, index) => (arg.kind === 'env' ? [{ index, envId: arg.env.id }] : []));
    const member: ExportedMember = {
      className: fn.container,
      name: fn.name,
      parameterCount: fn.params.length,
      isStatic: true,
      range: nameRange(fn),
      envParameters,
    };
    if (returned.kind === 'env') member.returnsEnvId = returned.env.id;
    else if (returned.kind === 'connector') {
      const { entry, api, calls } = returned.state;
      member.returnsConnector = connectorUse(entry, api, calls, returned.range, returned.built);
    } else if (returned.kind === 'customSource' && !returned.cls.anonymous) member.returnsCustomSource = returned.cls.name;
    else if (returned.kind === 'stream') {
      const sourceStream = exportedSourceStream(returned.stream, envParameters);
      if (sourceStream) member.returnsSourceStream = sourceStream;
    }
    if (member.returnsEnvId !== undefined || member.returnsConnector || member.returnsCustomSource || envParameters.length > 0) exports.push(member);
  }
  return exports;
}
