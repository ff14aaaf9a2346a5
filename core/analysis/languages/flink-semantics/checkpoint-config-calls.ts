// What a call on `env.getCheckpointConfig()` does, once for Java, Scala and PyFlink: storage,
// interval, mode, timeout, retention; any other call is still recorded as a checkpoint setting.
import type { EnvironmentModel } from '../../model.js';
import { isTrackedApi } from '../../version/removed-apis.js';
import type { FlinkCall } from './argument-reader.js';
import { storageLocation } from './checkpoint-storage.js';
import { durationArgument } from './durations.js';
import type { FlinkContext } from './env-calls.js';

export function checkpointConfigCall(ctx: FlinkContext, env: EnvironmentModel, call: FlinkCall): void {
  const { at, args } = call;
  const b = ctx.builder;
  if (isTrackedApi('checkpointConfig', call.rawName)) b.apiCall({ receiver: 'checkpointConfig', name: call.rawName, range: at, argCount: args.count });
  switch (call.name) {
    case 'setCheckpointStorage':
    case 'setCheckpointStorageDir': {
      const location = storageLocation(args, 0, 'storage');
      if (location !== undefined) b.setStorage(env, location, at);
      b.checkpointCall(env, { range: at, kind: 'other', effect: location !== undefined ? `stores checkpoints in ${location}` : 'sets the checkpoint storage' });
      return;
    }
    case 'setCheckpointInterval':
      b.enableCheckpointing(env, at, 'setCheckpointInterval', args.number(0));
      return;
    case 'disableCheckpointing':
      b.disableCheckpointing(env, at);
      return;
    case 'setCheckpointingMode':
    case 'setCheckpointingConsistencyMode': {
      const mode = args.enumName(0);
      if (mode) b.setCheckpointMode(env, mode, at);
      return;
    }
    case 'setCheckpointTimeout':
      b.setCheckpointTimeout(env, durationArgument(args, 0), at);
      return;
    case 'setExternalizedCheckpointRetention':
    case 'setExternalizedCheckpointCleanup':
    case 'enableExternalizedCheckpoints':
      b.setRetention(env, args.enumName(0), at);
      return;
    default:
      b.checkpointCall(env, { range: at, kind: 'other', effect: `calls ${call.rawName}()` });
  }
}
