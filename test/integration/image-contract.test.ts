// The image contract (docs/image-contract.md) on the real local image: each point the cluster code
// relies on, checked with short-lived pass-through containers (`--rm`, labelled with this test run
// so a crashed run's leftovers are swept). The official image cannot be pulled here; its side is
// core/cluster/official-image-contract.test.ts, which checks that the containers we create for it
// use nothing beyond this shared contract.
//
// Covered elsewhere, on full clusters, and not repeated here:
// - the entrypoint commands `jobmanager` / `taskmanager`: every cluster test starts them;
// - STD_REDIRECT_TO_FILE=true making a TaskManager write `flink--taskexecutor-0-<host>.out`, which
//   REST /taskmanagers/<id>/stdout serves: test/integration/task-manager-output.test.ts;
// - bind-mounted folders written by uid 9999: the checkpoint/savepoint/log tests (jobs-lifecycle).
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LABEL_IMAGE_RECIPE_HASH, LABEL_MANAGED } from '../../core/cluster/index.js';
import { jobManagerSpec, taskManagerSpec, type ClusterBlueprint } from '../../core/cluster/cluster-blueprint.js';
import { DEFAULT_FLINK_PROPERTIES, parseFlinkProperties } from '../../core/cluster/flink-properties.js';
import { clusterLabels } from '../../core/cluster/labels.js';
import { testImage } from './support/test-cluster.js';
import { testRunLabel } from './support/test-run.js';

const image = testImage();

interface DockerResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The docker CLI, asynchronously (a synchronous spawn would block the worker's RPC with vitest). */
function docker(args: readonly string[]): Promise<DockerResult> {
  return new Promise((resolve, reject) => {
    execFile('docker', [...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 180_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

/**
 * The local image is the one scripts/build-flink-image.sh built, known by its recipe-hash label,
 * not by its name: CI builds it under a run-unique repository and users may tag it as they like.
 */
async function isLocallyBuilt(reference: string): Promise<boolean> {
  const inspected = await docker(['image', 'inspect', reference, '--format', `{{ index .Config.Labels "${LABEL_IMAGE_RECIPE_HASH}" }}`]);
  if (inspected.code !== 0) throw new Error(`docker image inspect ${reference} failed: ${inspected.stderr.trim()}`);
  const hash = inspected.stdout.trim();
  return hash !== '' && hash !== '<no value>';
}

const localImage = await isLocallyBuilt(image);

/** `docker run --rm` of a pass-through command through the image's entrypoint, labelled with this test run. */
async function runPassThrough(options: { env?: Record<string, string>; hostname?: string }, script: string): Promise<DockerResult> {
  const labels = { [LABEL_MANAGED]: 'true', ...testRunLabel() };
  const args = ['run', '--rm', ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`])];
  if (options.hostname) args.push('--hostname', options.hostname);
  for (const [k, v] of Object.entries(options.env ?? {})) args.push('-e', `${k}=${v}`);
  // `bash -c SCRIPT NAME`: NAME becomes $0; bin/config.sh finds FLINK_HOME from $0's folder.
  return docker([...args, image, 'bash', '-c', script, '/opt/flink/bin/contract-probe']);
}

interface Probe {
  /** `@name=value` lines the script printed. */
  facts: Record<string, string>;
  /** The flattened configuration as Flink's start scripts see it (bin/config.sh's YAML_CONF). */
  config: Record<string, string>;
}

/**
 * Sources bin/config.sh the way jobmanager.sh/taskmanager.sh do after the entrypoint edited
 * conf/config.yaml, and reports the effective configuration plus the variables the scripts derived.
 */
const CONFIG_PROBE = `
source /opt/flink/bin/config.sh
echo "@STD_REDIRECT_TO_FILE=$STD_REDIRECT_TO_FILE"
echo "@FLINK_LOG_DIR=$FLINK_LOG_DIR"
echo "@@config"
printf '%s\\n' "$YAML_CONF"
`;

async function probe(options: { env?: Record<string, string>; hostname?: string }, script = CONFIG_PROBE): Promise<Probe> {
  const run = await runPassThrough(options, script);
  expect(run.code, run.stderr).toBe(0);
  const [factText, configText = ''] = run.stdout.split('@@config\n');
  const facts: Record<string, string> = {};
  for (const line of factText!.split('\n')) {
    const m = /^@([^=]+)=(.*)$/.exec(line);
    if (m) facts[m[1]!] = m[2]!;
  }
  return { facts, config: parseFlinkProperties(configText) };
}

/** The containers' environment exactly as FlinkCluster creates it (defaults, 2 slots). */
function clusterBlueprint(): ClusterBlueprint {
  return {
    name: 'contract',
    workspace: '/tmp/contract-workspace',
    image,
    restPort: 8081,
    properties: { ...DEFAULT_FLINK_PROPERTIES, 'jobmanager.rpc.address': 'jobmanager', 'taskmanager.numberOfTaskSlots': '2' },
    labels: clusterLabels({ cluster: 'contract', workspace: '/tmp/contract-workspace', restPort: 8081 }),
  };
}

describe(`image contract on ${image}`, () => {
  it('image metadata: entrypoint /docker-entrypoint.sh with CMD help, starts as root (1.20), WORKDIR and FLINK_HOME /opt/flink, exposes 6123 and 8081', async () => {
    const inspected = await docker(['image', 'inspect', image, '--format', '{{json .Config}}']);
    expect(inspected.code, inspected.stderr).toBe(0);
    const config = JSON.parse(inspected.stdout) as { Entrypoint: string[]; Cmd: string[]; User?: string; WorkingDir: string; Env: string[]; ExposedPorts: Record<string, unknown> };
    expect(config.Entrypoint).toEqual(['/docker-entrypoint.sh']);
    expect(config.Cmd).toEqual(['help']);
    expect(config.User ?? '').toBe('');
    expect(config.WorkingDir).toBe('/opt/flink');
    expect(config.Env).toContain('FLINK_HOME=/opt/flink');
    expect(config.Env.find((e) => e.startsWith('PATH='))).toMatch(/^PATH=\/opt\/flink\/bin:/);
    expect(Object.keys(config.ExposedPorts).sort()).toEqual(['6123/tcp', '8081/tcp']);
  });

  it('layout and user: /opt/flink has bin conf lib opt plugins log and conf/config.yaml (no legacy flink-conf.yaml), owned by flink = uid/gid 9999; pass-through runs as 9999', async () => {
    const { facts } = await probe(
      {},
      `
echo "@uid=$(id -u)"
echo "@gid=$(id -g)"
echo "@user=$(id -un)"
echo "@passwd=$(getent passwd flink | cut -d: -f1,3,4,6)"
echo "@owner=$(stat -c %u:%g /opt/flink /opt/flink/conf /opt/flink/conf/config.yaml /opt/flink/log | sort -u | tr '\\n' ' ')"
echo "@dirs=$(for d in bin conf lib opt plugins log; do test -d /opt/flink/$d && printf '%s ' $d; done)"
echo "@config.yaml=$(test -f /opt/flink/conf/config.yaml && echo file)"
echo "@flink-conf.yaml=$(test -e /opt/flink/conf/flink-conf.yaml && echo present || echo absent)"
echo "@log-writable=$(test -w /opt/flink/log && echo yes)"
echo "@entrypoint=$(test -x /docker-entrypoint.sh && echo executable)"
echo "@pwd=$(pwd)"
echo "@FLINK_HOME=$FLINK_HOME"
echo "@flink-on-path=$(command -v flink)"
`,
    );
    expect(facts).toEqual({
      uid: '9999',
      gid: '9999',
      user: 'flink',
      passwd: 'flink:9999:9999:/opt/flink',
      owner: '9999:9999 ',
      dirs: 'bin conf lib opt plugins log ',
      'config.yaml': 'file',
      'flink-conf.yaml': 'absent',
      'log-writable': 'yes',
      entrypoint: 'executable',
      pwd: '/opt/flink',
      FLINK_HOME: '/opt/flink',
      'flink-on-path': '/opt/flink/bin/flink',
    });
  });

  it('the entrypoint always writes blob/query ports, defaults jobmanager.rpc.address to `hostname -f`, and keeps the build-time bind addresses', async () => {
    const { config } = await probe({ hostname: 'contract-plain' });
    expect(config['jobmanager.rpc.address']).toBe('contract-plain');
    expect(config['jobmanager.rpc.port']).toBe('6123');
    expect(config['blob.server.port']).toBe("'6124'");
    expect(config['query.server.port']).toBe("'6125'");
    expect(config['rest.address']).toBe('0.0.0.0');
    // The local image's config.yaml (1.20.5 wheel) has no rest.bind-address; unset binds to all interfaces, like 0.0.0.0.
    expect([undefined, '0.0.0.0']).toContain(config['rest.bind-address']);
    expect(config['jobmanager.bind-host']).toBe('0.0.0.0');
    expect(config['taskmanager.bind-host']).toBe('0.0.0.0');
    expect(config).not.toHaveProperty('taskmanager.host');
  });

  it("our TaskManager's and JobManager's environment ends up in the effective configuration: every property, the rpc address, the redirect and the log dir", async () => {
    const bp = clusterBlueprint();
    const tm = taskManagerSpec(bp, 'tm-1');
    const jm = jobManagerSpec(bp);
    const [tmProbe, jmProbe] = [await probe({ env: tm.env, hostname: tm.hostname }), await probe({ env: jm.env, hostname: jm.hostname })];
    for (const [spec, { facts, config }] of [
      [tm, tmProbe],
      [jm, jmProbe],
    ] as const) {
      const expected = parseFlinkProperties(spec.env['FLINK_PROPERTIES']!);
      // The entrypoint writes each value as a YAML string: numbers and booleans come back quoted.
      const written = Object.fromEntries(Object.keys(expected).map((k) => [k, config[k]?.replace(/^'(.*)'$/, '$1')]));
      expect(written, spec.name).toEqual(expected);
      expect(config['jobmanager.rpc.address'], spec.name).toBe('jobmanager');
      expect(facts, spec.name).toEqual({ STD_REDIRECT_TO_FILE: 'true', FLINK_LOG_DIR: spec.env['FLINK_LOG_DIR'] });
    }
    expect(tmProbe.config['taskmanager.resource-id']).toBe('tm-1');
    expect(tmProbe.config['taskmanager.numberOfTaskSlots']).toBe("'2'");
    expect(tmProbe.facts['FLINK_LOG_DIR']).toBe('/flink-data/logs');
    expect(jmProbe.facts['FLINK_LOG_DIR']).toBe('/flink-data/logs/jobmanager');
  });

  it('FLINK_PROPERTIES quirks the cluster works around: whitespace stripped, envsubst on values, quoted booleans (so the redirect key alone does not work), JOB_MANAGER_RPC_ADDRESS', async () => {
    const { facts, config } = await probe({
      env: {
        JOB_MANAGER_RPC_ADDRESS: 'jm-from-env',
        FLINK_PROPERTIES: [
          'taskmanager.numberOfTaskSlots: 3',
          'foo.bar: baz',
          'heartbeat.timeout: 4 000',
          'contract.path: $FLINK_HOME/x',
          'env.stdout-err.redirect-to-file: true',
        ].join('\n'),
      },
    });
    expect(config['jobmanager.rpc.address']).toBe('jm-from-env');
    expect(config['taskmanager.numberOfTaskSlots']).toBe("'3'");
    expect(config['foo.bar']).toBe('baz');
    expect(config['heartbeat.timeout']).toBe("'4000'");
    expect(config['contract.path']).toBe('/opt/flink/x');
    expect(config['env.stdout-err.redirect-to-file']).toBe("'true'");
    // bin/config.sh compares with the literal `true`: hence STD_REDIRECT_TO_FILE=true on our containers.
    expect(facts['STD_REDIRECT_TO_FILE']).toBe("'true'");
    expect(facts['FLINK_LOG_DIR']).toBe('/opt/flink/log');
  });

  // The one documented difference (§8) the tests care about: only the local image has Python/PyFlink.
  it(localImage ? 'local image: `python` is Python 3.11 with PyFlink' : 'official image: no `python`', async () => {
    const run = await runPassThrough({}, 'python --version && python -c "import pyflink; print(pyflink.__file__)"');
    if (localImage) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^Python 3\.11\.\d+\n\/usr\/local\/lib\/python3\.11\/dist-packages\/pyflink\/__init__\.py\n$/);
    } else {
      expect(run.code).not.toBe(0);
    }
  });
});
