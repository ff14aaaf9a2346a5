import { describe, expect, it } from 'vitest';
import { ClusterUnreachableError, HttpStatusError } from '../../flink-rest/index.js';
import { createHttpTestServer } from '../../flink-rest/test-support/create-http-test-server.js';
import { WaitFailedError } from '../errors/wait-failed-error.js';
import { WaitTimeoutError } from '../errors/wait-timeout-error.js';
import { FakeWaitRest, checkpoints, job, tm } from '../test-support/fake-wait-rest.js';
import { Wait } from './wait.js';

const fast = 5; // poll interval for fakes: keeps tests quick without changing what is checked

function target(rest: FakeWaitRest, signal?: AbortSignal) {
  return { rest, restUrl: 'http://127.0.0.1:1', signal };
}

describe('Wait.forTaskManagers', () => {
  it('resolves with the list once exactly n are registered', async () => {
    const rest = new FakeWaitRest({ taskManagers: [[], [tm('tm-1')], [tm('tm-1'), tm('tm-2')]] });
    const tms = await Wait.forTaskManagers(2).withPollInterval(fast).waitUntilReady(target(rest));
    expect(tms.map((t) => t.id)).toEqual(['tm-1', 'tm-2']);
    expect(rest.calls.taskManagers).toBe(3);
  });

  it('counts a TaskManager only once its slots are reported (listed with 0 slots first)', async () => {
    const noSlots = { ...tm('tm-2'), slotsNumber: 0, freeSlots: 0 };
    const rest = new FakeWaitRest({ taskManagers: [[tm('tm-1'), noSlots], [tm('tm-1'), tm('tm-2')]] });
    const tms = await Wait.forTaskManagers(2).withPollInterval(fast).waitUntilReady(target(rest));
    expect(tms.map((t) => t.slotsNumber)).toEqual([2, 2]);
    expect(rest.calls.taskManagers).toBe(2);
  });

  it('times out saying what it awaited and what it saw last', async () => {
    const rest = new FakeWaitRest({ taskManagers: [[tm('tm-1')]] });
    const error = await Wait.forTaskManagers(2).withPollInterval(fast).withTimeout(60).waitUntilReady(target(rest)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as Error).message).toMatch(
      /^Timed out after \d+\.\d s waiting for exactly 2 TaskManager\(s\) registered; last seen: 1 TaskManager\(s\) registered \(tm-1\) \(unchanged for \d+\.\d s\)\.$/,
    );
  });

  it('keeps polling through REST errors and reports the last one', async () => {
    const down = new ClusterUnreachableError({ method: 'GET', url: 'http://127.0.0.1:1/taskmanagers', reason: 'ECONNREFUSED' });
    const rest = new FakeWaitRest({ taskManagers: [down] });
    const error = (await Wait.forTaskManagers(1).withPollInterval(fast).withTimeout(40).waitUntilReady(target(rest)).catch((e: unknown) => e)) as WaitTimeoutError;
    expect(error.lastSeen).toBe(`ClusterUnreachableError: ${down.message}`);
    expect(rest.calls.taskManagers).toBeGreaterThan(1);
  });

  it('forTaskManagerGone waits until the id disappears, whatever the count', async () => {
    const rest = new FakeWaitRest({ taskManagers: [[tm('tm-1'), tm('tm-2')], [tm('tm-2'), tm('tm-3')]] });
    const tms = await Wait.forTaskManagerGone('tm-1').withPollInterval(fast).waitUntilReady(target(rest));
    expect(tms.map((t) => t.id)).toEqual(['tm-2', 'tm-3']);
  });

  it('combines count, present and absent ids', async () => {
    const rest = new FakeWaitRest({ taskManagers: [[tm('tm-1'), tm('tm-2')], [tm('tm-2'), tm('tm-3')]] });
    const strategy = Wait.forTaskManagers({ count: 2, present: ['tm-3'], absent: ['tm-1'] });
    expect(strategy.description).toBe('exactly 2 TaskManager(s) registered and tm-3 registered and tm-1 no longer registered');
    await strategy.withPollInterval(fast).waitUntilReady(target(rest));
    expect(rest.calls.taskManagers).toBe(2);
  });
});

describe('Wait.forJobState', () => {
  it('treats 404 as not yet submitted and waits for all tasks when asked', async () => {
    const notYet = new HttpStatusError({ method: 'GET', url: 'x', status: 404, statusText: 'Not Found', serverErrors: [] });
    const rest = new FakeWaitRest({ job: [notYet, job('RUNNING', ['RUNNING', 'DEPLOYING']), job('RUNNING', ['RUNNING', 'RUNNING'])] });
    const detail = await Wait.forJobState('j1', 'RUNNING', { allTasksRunning: true }).withPollInterval(fast).waitUntilReady(target(rest));
    expect(detail.vertices.map((v) => v.status)).toEqual(['RUNNING', 'RUNNING']);
    expect(rest.calls.job).toBe(3);
  });

  it('reports the vertices that are not running when it times out', async () => {
    const rest = new FakeWaitRest({ job: [job('RUNNING', ['RUNNING', 'SCHEDULED'])] });
    const error = (await Wait.forJobState('j1', 'RUNNING', { allTasksRunning: true })
      .withPollInterval(fast)
      .withTimeout(40)
      .waitUntilReady(target(rest))
      .catch((e: unknown) => e)) as WaitTimeoutError;
    expect(error.awaited).toBe('job j1 to be RUNNING with all tasks running');
    expect(error.lastSeen).toBe('state RUNNING, not running: vertex-1 (SCHEDULED)');
  });

  it('gives up at once when the job ends in another terminal state', async () => {
    const rest = new FakeWaitRest({ job: [job('RESTARTING'), job('FAILED')] });
    const error = await Wait.forJobState('j1', 'RUNNING').withPollInterval(fast).withTimeout(60_000).waitUntilReady(target(rest)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect((error as Error).message).toMatch(/^Gave up waiting for job j1 to be RUNNING after \d+\.\d s: the job ended in FAILED\.$/);
    expect(rest.calls.job).toBe(2);
  });

  it('accepts a terminal state when that is what is awaited', async () => {
    const rest = new FakeWaitRest({ job: [job('CANCELLING'), job('CANCELED')] });
    const detail = await Wait.forJobState('j1', ['CANCELED', 'FAILED']).withPollInterval(fast).waitUntilReady(target(rest));
    expect(detail.state).toBe('CANCELED');
  });
});

describe('Wait.forCompletedCheckpoints', () => {
  it('waits for the count and, when given, a checkpoint newer than a known id', async () => {
    const rest = new FakeWaitRest({ checkpoints: [checkpoints(1, 1), checkpoints(3, 3), checkpoints(4, 7)] });
    const stats = await Wait.forCompletedCheckpoints('j1', 2, { newerThanId: 3 }).withPollInterval(fast).waitUntilReady(target(rest));
    expect(stats.latest.completed?.id).toBe(7);
    expect(rest.calls.checkpoints).toBe(3);
  });

  it('describes the counts it saw', async () => {
    const rest = new FakeWaitRest({ checkpoints: [checkpoints(1, 4)] });
    const error = (await Wait.forCompletedCheckpoints('j1', 2).withPollInterval(fast).withTimeout(30).waitUntilReady(target(rest)).catch((e: unknown) => e)) as WaitTimeoutError;
    expect(error.lastSeen).toBe('1 completed, 0 in progress, 0 failed, latest #4');
  });
});

describe('Wait.forHttp', () => {
  it('polls a real HTTP server until it answers 200', async () => {
    await using server = await createHttpTestServer();
    let answers = 0;
    server.on('GET /', (_req, res) => {
      res.writeHead(++answers < 3 ? 503 : 200);
      res.end('ok');
    });
    await Wait.forHttp('/').withPollInterval(fast).waitUntilReady({ rest: new FakeWaitRest({}), restUrl: server.url });
    expect(answers).toBe(3);
  });

  it('takes the status of an answer whose body never ends without reading that body', async () => {
    await using server = await createHttpTestServer();
    let ended = false;
    server.on('GET /', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.on('close', () => (ended = true));
      const pump = (): void => {
        while (!res.destroyed && res.write(Buffer.alloc(64 * 1024, 0x20)));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    await Wait.forHttp('/').withTimeout(60_000).waitUntilReady({ rest: new FakeWaitRest({}), restUrl: server.url });
    await expect.poll(() => ended).toBe(true);
  });
});

describe('Wait.forAll', () => {
  it('resolves when every strategy is ready', async () => {
    const rest = new FakeWaitRest({ taskManagers: [[], [tm('tm-1')]], job: [job('CREATED'), job('RUNNING')] });
    await Wait.forAll([Wait.forTaskManagers(1), Wait.forJobState('j1', 'RUNNING')]).withPollInterval(fast).waitUntilReady(target(rest));
    expect(rest.calls.taskManagers).toBe(2);
    expect(rest.calls.job).toBe(2);
  });

  it('rejects with the first failure', async () => {
    const rest = new FakeWaitRest({ taskManagers: [[]], job: [job('FAILED')] });
    const error = await Wait.forAll([Wait.forTaskManagers(1), Wait.forJobState('j1', 'RUNNING')])
      .withPollInterval(fast)
      .withTimeout(60_000)
      .waitUntilReady(target(rest))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
  });
});

describe('Wait.until', () => {
  it('polls a condition of the caller until done, reporting what it saw when it times out', async () => {
    let polls = 0;
    const value = await Wait.until('three polls', async () => (++polls < 3 ? { state: 'pending', seen: `poll ${polls}` } : { state: 'done', value: polls }))
      .withPollInterval(fast)
      .waitUntilReady({});
    expect(value).toBe(3);
    const error = (await Wait.until('never', async () => ({ state: 'pending', seen: 'still nothing' })).withPollInterval(fast).withTimeout(30).waitUntilReady({}).catch((e: unknown) => e)) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.lastSeen).toBe('still nothing');
  });

  it('throws the error a failed check carries, else WaitFailedError', async () => {
    const own = new Error('savepoint failed: disk full');
    await expect(Wait.until('own', async () => ({ state: 'failed', seen: 'x', error: own })).withPollInterval(fast).waitUntilReady({})).rejects.toBe(own);
    await expect(Wait.until('plain', async () => ({ state: 'failed', seen: 'gone' })).withPollInterval(fast).waitUntilReady({})).rejects.toBeInstanceOf(WaitFailedError);
  });
});

describe('cancellation', () => {
  it('rethrows the abort reason', async () => {
    const rest = new FakeWaitRest({ taskManagers: [[]] });
    const controller = new AbortController();
    const pending = Wait.forTaskManagers(1).withPollInterval(fast).waitUntilReady(target(rest, controller.signal));
    const reason = new Error('stopped by user');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});
