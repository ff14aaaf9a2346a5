// Every error class an area exports belongs to its family (extends the base class), so the family
// guard knows it in either bundle without a list of names.
import { describe, expect, it } from 'vitest';
import * as cluster from '../cluster/index.js';
import * as rest from '../flink-rest/index.js';
import * as jobs from '../jobs/index.js';
import { hasErrorFamily } from './error-family.js';

type ErrorClass = abstract new (...args: never[]) => Error;

function errorClasses(module: Record<string, unknown>): [string, ErrorClass][] {
  return Object.entries(module).filter((entry): entry is [string, ErrorClass] => typeof entry[1] === 'function' && /^[A-Z]\w*Error$/.test(entry[0]));
}

describe('error families', () => {
  it.each([
    ['cluster', cluster, cluster.ClusterError],
    ['jobs', jobs, jobs.JobsError],
    ['flink-rest', rest, rest.FlinkRestError],
  ] as const)('every %s error class extends the family base', (_family, module, base) => {
    const classes = errorClasses(module);
    expect(classes.length).toBeGreaterThan(3);
    for (const [name, cls] of classes) expect(cls === base || cls.prototype instanceof base, name).toBe(true);
  });

  it('reads the brand of an error made by another copy of core', () => {
    const foreign = Object.assign(new Error('Port 8081 is in use'), { name: 'PortInUseError', errorFamily: 'cluster' });
    expect(hasErrorFamily(foreign, 'cluster')).toBe(true);
    expect(cluster.isClusterError(foreign)).toBe(true);
    expect(jobs.isJobsError(foreign)).toBe(false);
    expect(cluster.isClusterError(new cluster.ClusterError('x'))).toBe(true);
    expect(hasErrorFamily(null, 'cluster')).toBe(false);
    expect(hasErrorFamily('cluster', 'cluster')).toBe(false);
  });
});
