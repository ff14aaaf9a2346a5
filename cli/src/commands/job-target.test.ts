// --rest values never echo a password back (issue 18).
import { describe, expect, it } from 'vitest';
import { cliJobTarget } from './job-target.js';

describe('cliJobTarget --rest', () => {
  it('a malformed URL is a usage error that shows the URL with the password redacted', async () => {
    const error = await cliJobTarget({ rest: 'ftp://alice:s3cret@flink.example:8081' }, '/').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UsageError' });
    expect((error as Error).message).toBe("Invalid --rest 'ftp://alice:***@flink.example:8081'. Use a URL such as http://127.0.0.1:8081.");
  });
});
