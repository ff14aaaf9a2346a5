// ensureImage: official images are used when present or pullable; offline, an official
// flink:<v>-java17 is replaced by the locally built flinkft/flink:<v>-java17 when that exists.
import { describe, expect, it } from 'vitest';
import { DockerApiError } from './errors/docker-api-error.js';
import { isImageMissingError } from './errors/image-missing-error.js';
import { ensureImage, localStandInOf } from './image-resolver.js';

/** Images on this machine; pulls succeed only when a registry is reachable. */
function machine(images: string[], registry: boolean) {
  const present = new Set(images);
  const pulled: string[] = [];
  return {
    pulled,
    async imageExists(ref: string) {
      return present.has(ref);
    },
    async pullImage(ref: string) {
      if (!registry) throw new DockerApiError('pull', 500, `Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host (${ref})`);
      pulled.push(ref);
      present.add(ref);
    },
  };
}

describe('localStandInOf', () => {
  it('maps official flink:<v>-java17 images to the locally built tag of the same version', () => {
    expect(localStandInOf('flink:2.3-java17')).toBe('flinkft/flink:2.3-java17');
    expect(localStandInOf('flink:2.3.0-java17')).toBe('flinkft/flink:2.3.0-java17');
    expect(localStandInOf('flink:2.3.0-java11')).toBeUndefined();
    expect(localStandInOf('registry.example/flink:2.3-java17')).toBeUndefined();
    expect(localStandInOf('flinkft/flink:local')).toBeUndefined();
  });
});

describe('ensureImage', () => {
  it('uses the official image when it is present or can be pulled', async () => {
    expect(await ensureImage(machine(['flink:2.3-java17'], false), 'flink:2.3-java17', 'missing')).toBe('flink:2.3-java17');
    const online = machine(['flinkft/flink:2.3-java17'], true);
    expect(await ensureImage(online, 'flink:2.3-java17', 'missing')).toBe('flink:2.3-java17');
    expect(online.pulled).toEqual(['flink:2.3-java17']);
  });

  it('offline, falls back to the local stand-in of the same version', async () => {
    expect(await ensureImage(machine(['flinkft/flink:2.3-java17'], false), 'flink:2.3-java17', 'missing')).toBe('flinkft/flink:2.3-java17');
    expect(await ensureImage(machine(['flinkft/flink:2.3-java17'], true), 'flink:2.3-java17', 'never')).toBe('flinkft/flink:2.3-java17');
  });

  it('without a stand-in, says how to build one for that version', async () => {
    const error = await ensureImage(machine(['flinkft/flink:1.20-java17'], false), 'flink:2.3-java17', 'missing').catch((e: unknown) => e);
    expect(isImageMissingError(error)).toBe(true);
    expect((error as Error).message).toContain('FLINK_VERSION=<a 2.3.x release> bash scripts/build-flink-image.sh` (flinkft/flink:2.3-java17, used automatically)');
    const pinned = await ensureImage(machine([], false), 'flink:2.3.0-java17', 'never').catch((e: unknown) => e);
    expect((pinned as Error).message).toContain('`FLINK_VERSION=2.3.0 bash scripts/build-flink-image.sh`');
  });
});
