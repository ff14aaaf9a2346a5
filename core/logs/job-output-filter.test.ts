import { describe, expect, it } from 'vitest';
import { JobOutputFilter } from './job-output-filter.js';

function keep(lines: string[]): string[] {
  const filter = new JobOutputFilter();
  return lines.filter((l) => filter.accept(l));
}

describe('JobOutputFilter', () => {
  it('drops log4j records, their stack traces and start-script lines; keeps prints', () => {
    expect(
      keep([
        'Starting Task Manager',
        'Starting taskexecutor as a console application on host tm-1.',
        '2026-11-22 00:15:34,599 INFO  org.apache.flink.runtime.taskexecutor.DefaultJobLeaderService [] - Start job leader service.',
        '1> (flink,1)',
        '2026-11-22 00:15:35,001 WARN  org.apache.flink.runtime.taskmanager.Task [] - Source failed',
        'java.io.IOException: boom',
        '\tat org.apache.flink.Foo.bar(Foo.java:1)',
        '\t... 12 more',
        'Caused by: java.lang.RuntimeException: root',
        '+I[key-1, 42]',
        'SLF4J: Class path contains multiple SLF4J bindings.',
        'probe key=a seq=7',
      ]),
    ).toEqual(['1> (flink,1)', '+I[key-1, 42]', 'probe key=a seq=7']);
  });

  it("keeps a stack trace the job printed itself", () => {
    expect(keep(['my job says hi', 'java.lang.IllegalStateException: printed by the job', '\tat com.example.Job.main(Job.java:10)'])).toEqual([
      'my job says hi',
      'java.lang.IllegalStateException: printed by the job',
      '\tat com.example.Job.main(Job.java:10)',
    ]);
  });

  it('keeps a line that merely starts with a date but is not a log record', () => {
    expect(keep(['2026-11-22 event at noon', '2026-11-22 00:15:34,599 total=3'])).toEqual(['2026-11-22 event at noon', '2026-11-22 00:15:34,599 total=3']);
  });
});
