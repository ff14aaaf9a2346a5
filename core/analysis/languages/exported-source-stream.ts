// A helper that takes the environment and returns the stream of a source it adds to it
// (`static DataStream<Event> events(env, ...) { return env.fromSource(...); }`): other files that
// call it get that source at the call, where its `.uid(...)` would go.
import type { ExportedMember } from '../model.js';
import type { StagedStream } from './stream-stages.js';

export function exportedSourceStream(stream: StagedStream, envParameters: ExportedMember['envParameters']): ExportedMember['returnsSourceStream'] {
  const { source } = stream;
  // Only the source's own stream: after a transformation the caller's `.uid(...)` names that operator.
  if (!source || stream.operator || stream.sourceIds.length !== 1) return undefined;
  const parameter = envParameters.find((p) => p.envId === source.envId);
  return parameter ? { envParameter: parameter.index, source } : undefined;
}
