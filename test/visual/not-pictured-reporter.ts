/**
 * After the run: one line per reason a picture was not taken (known-wrong.ts, and the rule for text laid out in
 * the wrong direction), with how many pictures it held back — what is still to be fixed, in numbers. And, when
 * every test ran: a baseline that no test compared any more (its story or screen is gone, or it became known to
 * be wrong) fails the run; `run.mjs --update` removes such files (their names are in stale-baselines.json).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type {
  FullConfig,
  FullResult,
  Reporter,
  Suite,
  TestCase,
  TestResult,
} from '@playwright/test/reporter';

const BASELINES = join(import.meta.dirname, 'baselines');
const OUTPUT = join(import.meta.dirname, '../../test-results/visual');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [relative(BASELINES, join(dir, entry.name))],
  );
}

export default class NotPicturedReporter implements Reporter {
  private readonly reasons = new Map<string, number>();
  private readonly pictured = new Set<string>(['self-test/card.png']);
  private planned = 0;
  private finished = 0;

  onBegin(_config: FullConfig, suite: Suite): void {
    this.planned = suite.allTests().length;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.finished++;
    // Runtime annotations arrive on the result and (in this Playwright) on the test too: count each once.
    const seen = new Set<string>();
    for (const { type, description } of [...test.annotations, ...result.annotations]) {
      if (seen.has(`${type} ${description}`)) continue;
      seen.add(`${type} ${description}`);
      if (!description) continue;
      if (type === 'pictured') this.pictured.add(description);
      if (type !== 'not pictured') continue;
      const reason = description.replace(/^\S+ \S+: /, '').replace(/: ".*"$/, '');
      this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
    }
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    if (this.reasons.size > 0) {
      const total = [...this.reasons.values()].reduce((sum, n) => sum + n, 0);
      process.stdout.write(`\n${total} pictures not recorded, known to be wrong until their fix:\n`);
      for (const [reason, count] of [...this.reasons].sort((a, b) => b[1] - a[1]))
        process.stdout.write(`  ${String(count).padStart(4)}  ${reason}\n`);
    }
    // Only a whole run knows which baselines are still looked at (not one filtered with -g).
    const whole =
      !process.env['SVARA_VISUAL_FILTERED'] &&
      this.planned > 0 &&
      this.finished === this.planned &&
      result.status !== 'interrupted';
    if (!whole) return undefined;
    const stale = files(BASELINES).filter((file) => !this.pictured.has(file));
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, 'stale-baselines.json'), JSON.stringify(stale, null, 2));
    if (stale.length === 0) return undefined;
    process.stdout.write(
      `\n${stale.length} baselines no test compares any more (remove them: run.mjs --update):\n`,
    );
    for (const file of stale) process.stdout.write(`  test/visual/baselines/${file}\n`);
    return { status: 'failed' };
  }
}
