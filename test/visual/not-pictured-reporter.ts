/**
 * After the run, one line per reason a picture was not taken (known-wrong.ts, and Arabic pictures with text laid
 * out in the wrong direction), with how many pictures it held back: what is still to be fixed, in numbers.
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class NotPicturedReporter implements Reporter {
  private readonly reasons = new Map<string, number>();

  onTestEnd(test: TestCase, _result: TestResult): void {
    for (const { type, description } of test.annotations) {
      if (type !== 'not pictured' || !description) continue;
      const reason = description.replace(/^\S+ \S+: /, '').replace(/: ".*"$/, '');
      this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
    }
  }

  onEnd(): void {
    if (this.reasons.size === 0) return;
    const total = [...this.reasons.values()].reduce((sum, n) => sum + n, 0);
    process.stdout.write(`\n${total} pictures not recorded, known to be wrong until their fix:\n`);
    for (const [reason, count] of [...this.reasons].sort((a, b) => b[1] - a[1]))
      process.stdout.write(`  ${String(count).padStart(4)}  ${reason}\n`);
  }
}
