// What a Java file offers other files: non-private methods that return an environment or a
// connector, or that configure an environment passed in (read from each method's evaluation on
// its own, where parameters stand for whatever a caller passes).
import type { ExportedMember } from '../../model.js';
import { connectorUse } from '../model-builder.js';
import { exportedSourceStream } from '../exported-source-stream.js';
import type { MethodInfo } from './java-class-index.js';
import { rangeOf } from './java-nodes.js';
import type { Value } from './java-values.js';

function modifiersOf(method: MethodInfo): string[] {
  const modifiers = method.node.namedChildren.find((c) => c?.type === 'modifiers');
  return modifiers ? modifiers.children.flatMap((c) => (c ? [c.type] : [])) : [];
}

export function javaExports(results: readonly { method: MethodInfo; args: Value[]; returned: Value }[]): ExportedMember[] {
  const exports: ExportedMember[] = [];
  for (const { method, args, returned } of results) {
    if (method.isConstructor) continue;
    const modifiers = modifiersOf(method);
    if (modifiers.includes('private')) continue;
    const envParameters = args.flatMap((arg, index) => (arg.kind === 'env' ? [{ index, envId: arg.env.id }] : []));
    const member: ExportedMember = {
      className: method.className,
      name: method.name,
      parameterCount: method.parameters.length,
      isStatic: modifiers.includes('static'),
      range: rangeOf(method.node.childForFieldName('name') ?? method.node),
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
