/**
 * A vitest reporter that keeps, for the CI summary, every test that failed and every test that
 * passed only on a retry ("flaky"), each with its file, line and the first line of its first
 * failure. The JSON reporter keeps neither the retries nor a short reason, and CI shows only the
 * end of its output: `.ci/run` prints this file's lines beside its closing count, so a failure or
 * a flake is named where it is read. Written to `$ATTEMPTS_REPORT` when set; otherwise silent.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';

export interface Attempt {
  outcome: 'failed' | 'flaky';
  test: string;
  where: string;
  retries: number;
  reason: string;
}

function firstLine(text: string | undefined): string {
  return (
    (text ?? '')
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim()
      .slice(0, 300) ?? ''
  );
}

function attemptOf(testCase: TestCase): Attempt | undefined {
  const result = testCase.result();
  const diagnostic = testCase.diagnostic();
  const outcome = result.state === 'failed' ? 'failed' : diagnostic?.flaky ? 'flaky' : undefined;
  if (!outcome) return undefined;
  // A flaky test's result keeps the errors of the attempts that failed before the one that passed.
  const error = result.errors?.[0];
  const file = relative(process.cwd(), testCase.module.moduleId);
  const where = testCase.location ? `${file}:${testCase.location.line}` : file;
  return {
    outcome,
    test: testCase.fullName,
    where,
    retries: diagnostic?.retryCount ?? 0,
    reason: firstLine(error?.message) || firstLine(error?.stack),
  };
}

export default class AttemptsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const path = process.env.ATTEMPTS_REPORT;
    if (!path) return;
    const attempts: Attempt[] = [];
    for (const testModule of testModules) {
      for (const testCase of testModule.children.allTests()) {
        const attempt = attemptOf(testCase);
        if (attempt) attempts.push(attempt);
      }
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(attempts, null, 2) + '\n');
  }
}
