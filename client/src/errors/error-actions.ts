// Turns the typed errors of core/cluster into what a notification shows: a severity, a message and
// buttons that fix the cause. No `vscode` import, so every mapping is unit-tested; show-error.ts
// renders it and runs the chosen action.
import {
  isContainerStartError,
  isDockerTimeoutError,
  isDockerUnavailableError,
  isImageMissingError,
  isPortInUseError,
  isTaskManagerNotFoundError,
  isWaitTimeoutError,
} from '../../../core/cluster/index.js';
import { COMMAND_IDS } from '../../../core/protocol/index.js';

export const DOCS = {
  installDocker: 'https://docs.docker.com/engine/install/',
  startDocker: 'https://docs.docker.com/engine/daemon/start/',
  socketPermission: 'https://docs.docker.com/engine/install/linux-postinstall/#manage-docker-as-a-non-root-user',
  troubleshoot: 'https://docs.docker.com/engine/daemon/troubleshoot/',
} as const;

export type ErrorAction =
  | { title: string; kind: 'open-url'; url: string }
  | { title: string; kind: 'command'; command: string; args: unknown[] }
  | { title: string; kind: 'open-settings'; query: string }
  | { title: string; kind: 'show-log'; heading: string; lines: readonly string[] };

export interface ErrorPresentation {
  severity: 'error' | 'warning';
  message: string;
  actions: ErrorAction[];
}

const dockerSettings: ErrorAction = { title: 'Docker Socket Setting', kind: 'open-settings', query: 'flinkFt.docker.socket' };

/** `doing` names the failed step for errors that do not say it themselves, e.g. "Could not start the local cluster". */
export function presentError(error: unknown, doing: string): ErrorPresentation {
  if (isDockerUnavailableError(error)) {
    const actions: Record<typeof error.reason, ErrorAction[]> = {
      'not-found': [
        { title: 'Install Docker', kind: 'open-url', url: DOCS.installDocker },
        { title: 'How to Start Docker', kind: 'open-url', url: DOCS.startDocker },
        dockerSettings,
      ],
      'not-running': [{ title: 'How to Start Docker', kind: 'open-url', url: DOCS.startDocker }, dockerSettings],
      'permission-denied': [{ title: 'Fix Socket Permissions', kind: 'open-url', url: DOCS.socketPermission }, dockerSettings],
      unknown: [{ title: 'Docker Troubleshooting', kind: 'open-url', url: DOCS.troubleshoot }, dockerSettings],
    };
    return { severity: 'error', message: `${doing}: ${error.message}`, actions: actions[error.reason] };
  }
  if (isPortInUseError(error)) {
    return {
      severity: 'error',
      message: `${doing}: ${error.message}`,
      actions: [
        { title: 'Use Another Port', kind: 'command', command: COMMAND_IDS.useAnotherPort, args: [error.port] },
        { title: 'Open Settings', kind: 'open-settings', query: 'flinkFt.cluster' },
      ],
    };
  }
  if (isImageMissingError(error)) {
    // Our own image (flinkft/…) exists in no registry: only building it helps.
    const pull: ErrorAction[] = error.image.startsWith('flinkft/') ? [] : [{ title: 'Pull Image', kind: 'command', command: COMMAND_IDS.pullImage, args: [error.image] }];
    return {
      severity: 'error',
      message: `${doing}: ${error.message}`,
      actions: [...pull, { title: 'How to Build the Local Image', kind: 'command', command: COMMAND_IDS.showImageBuildHelp, args: [] }],
    };
  }
  if (isContainerStartError(error)) {
    // The message carries the log tail after a newline; a notification shows the first part.
    return {
      severity: 'error',
      message: `${doing}: ${firstParagraph(error.message)}`,
      actions: error.logTail.length > 0 ? [{ title: 'Show Logs', kind: 'show-log', heading: `Last log lines of ${error.container}`, lines: error.logTail }] : [],
    };
  }
  if (isDockerTimeoutError(error)) {
    return { severity: 'error', message: `${doing}: ${error.message}`, actions: [{ title: 'Docker Troubleshooting', kind: 'open-url', url: DOCS.troubleshoot }] };
  }
  if (isTaskManagerNotFoundError(error)) return { severity: 'warning', message: error.message, actions: [] };
  if (isWaitTimeoutError(error)) {
    return { severity: 'error', message: `${doing}: ${error.message}`, actions: [{ title: 'Open Settings', kind: 'open-settings', query: 'flinkFt.cluster' }] };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { severity: 'error', message: `${doing}: ${firstParagraph(text)}`, actions: [] };
}

function firstParagraph(text: string): string {
  return text.split('\n')[0] ?? text;
}
