import { describe, expect, it } from 'vitest';
import { pythonRootCause } from './submit-python.js';
import { rootCause } from './root-cause.js';

describe('rootCause', () => {
  it('takes the innermost Caused by', () => {
    const trace = [
      'org.apache.flink.runtime.rest.handler.RestHandlerException: Could not execute application.',
      '\tat org.apache.flink.X.y(X.java:1)',
      'Caused by: org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: bad keys',
      'Caused by: java.lang.IllegalArgumentException: --keys must be a whole number, got \'abc\'.',
      '\t... 12 more',
    ].join('\n');
    expect(rootCause(trace)).toBe("java.lang.IllegalArgumentException: --keys must be a whole number, got 'abc'.");
  });

  it('falls back to the first line without a cause chain', () => {
    expect(rootCause('\njava.lang.RuntimeException: boom\n\tat a.B.c(B.java:3)')).toBe('java.lang.RuntimeException: boom');
  });
});

describe('pythonRootCause', () => {
  it('takes the Python exception that ended the script', () => {
    const output = [
      'Traceback (most recent call last):',
      '  File "/tmp/probe.py", line 126, in <module>',
      '    main()',
      "py4j.protocol.Py4JError: org.apache.flink.Foo does not exist in the JVM",
      'org.apache.flink.client.program.ProgramAbortException: java.lang.RuntimeException: Python process exits with code: 1',
      'Caused by: java.lang.RuntimeException: Python process exits with code: 1',
    ].join('\n');
    expect(pythonRootCause(output)).toBe('py4j.protocol.Py4JError: org.apache.flink.Foo does not exist in the JVM');
  });

  it('uses the last line when nothing else is telling', () => {
    expect(pythonRootCause('could not open file\n')).toBe('could not open file');
  });
});
