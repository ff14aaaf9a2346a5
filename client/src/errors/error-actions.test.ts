import { describe, expect, it } from 'vitest';
import {
  ContainerStartError,
  DockerTimeoutError,
  DockerUnavailableError,
  ImageMissingError,
  PortInUseError,
  TaskManagerNotFoundError,
} from '../../../core/cluster/index.js';
import { COMMAND_IDS } from '../../../core/protocol/index.js';
import { DOCS, presentError } from './error-actions.js';

const doing = 'Could not start the local cluster';
const titles = (error: unknown) => presentError(error, doing).actions.map((a) => a.title);

describe('presentError', () => {
  it('offers the Docker fix that matches the reason', () => {
    const notFound = new DockerUnavailableError({ reason: 'not-found', endpoint: 'unix:///var/run/docker.sock', detail: 'ENOENT' });
    expect(presentError(notFound, doing)).toEqual({
      severity: 'error',
      message: `${doing}: ${notFound.message}`,
      actions: [
        { title: 'Install Docker', kind: 'open-url', url: DOCS.installDocker },
        { title: 'How to Start Docker', kind: 'open-url', url: DOCS.startDocker },
        { title: 'Docker Socket Setting', kind: 'open-settings', query: 'flinkFt.docker.socket' },
      ],
    });
    expect(titles(new DockerUnavailableError({ reason: 'not-running', endpoint: 'e', detail: 'ECONNREFUSED' }))).toEqual(['How to Start Docker', 'Docker Socket Setting']);
    const denied = presentError(new DockerUnavailableError({ reason: 'permission-denied', endpoint: 'e', detail: 'EACCES' }), doing);
    expect(denied.actions[0]).toEqual({ title: 'Fix Socket Permissions', kind: 'open-url', url: DOCS.socketPermission });
  });

  it('offers another port or the settings when the port is taken', () => {
    expect(presentError(new PortInUseError(8081, { kind: 'other' }), doing).actions).toEqual([
      { title: 'Use Another Port', kind: 'command', command: COMMAND_IDS.useAnotherPort, args: [8081] },
      { title: 'Open Settings', kind: 'open-settings', query: 'flinkFt.cluster' },
    ]);
  });

  it('offers to pull an official image, and only build help for our local one', () => {
    expect(presentError(new ImageMissingError('flink:1.20-java17', 'not on this machine'), doing).actions).toEqual([
      { title: 'Pull Image', kind: 'command', command: COMMAND_IDS.pullImage, args: ['flink:1.20-java17'] },
      { title: 'How to Build the Local Image', kind: 'command', command: COMMAND_IDS.showImageBuildHelp, args: [] },
    ]);
    expect(titles(new ImageMissingError('flinkft/flink:local', 'built locally'))).toEqual(['How to Build the Local Image']);
  });

  it('shows a failed container\'s last log lines on request, keeping them out of the notification', () => {
    const error = new ContainerStartError({ container: 'flinkft-x-jobmanager', reason: 'it exited with code 1', logTail: ['line 1', 'Error: bad config'] });
    const shown = presentError(error, doing);
    expect(shown.message).toBe(
      `${doing}: Container flinkft-x-jobmanager did not start: it exited with code 1. Everything created for this start was removed; fix the cause shown below and start again.`,
    );
    expect(shown.actions).toEqual([{ title: 'Show Logs', kind: 'show-log', heading: 'Last log lines of flinkft-x-jobmanager', lines: ['line 1', 'Error: bad config'] }]);
  });

  it('offers Docker troubleshooting when the engine does not answer in time', () => {
    const shown = presentError(new DockerTimeoutError({ operation: 'container create', endpoint: 'unix:///var/run/docker.sock', timeoutMs: 60_000 }), doing);
    expect(shown.message).toBe(
      `${doing}: Docker container create at unix:///var/run/docker.sock got no answer within 60 s. ` +
        'The engine may be overloaded or hung: check `docker info`, and restart the engine if that hangs too.',
    );
    expect(shown.actions).toEqual([{ title: 'Docker Troubleshooting', kind: 'open-url', url: DOCS.troubleshoot }]);
  });

  it('warns about an unknown TaskManager and passes other errors through', () => {
    expect(presentError(new TaskManagerNotFoundError('tm-9', ['tm-1']), doing)).toEqual({
      severity: 'warning',
      message: "No TaskManager 'tm-9' in this cluster. Known TaskManagers: tm-1.",
      actions: [],
    });
    expect(presentError(new Error('boom\nstack'), 'Could not kill tm-1')).toEqual({ severity: 'error', message: 'Could not kill tm-1: boom', actions: [] });
  });
});
