/**
 * What the load benchmarks share: the submission they send (a new one each time), a free port, autocannon as fast
 * as it goes, and a process's CPU time.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Agent } from 'node:http';
import { join } from 'node:path';
import { createServer } from 'node:net';
import autocannon from 'autocannon';

export const SURVEY = 'familjeenheten-barn';

export function submission(): string {
  return JSON.stringify({
    submissionId: randomUUID(),
    surveyId: SURVEY,
    surveyVersion: 1,
    lang: 'sv',
    submittedAt: new Date().toISOString(),
    answers: {
      'vet-varfor': 4,
      lyssnade: 5,
      'kunde-saga': 3,
      snalla: 5,
      'vet-vad-nu': 'dont_know',
      kon: 'flicka',
    },
    meta: { answeredBy: 'self', mode: 'web' },
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** New submissions to `port` as fast as it goes over `connections` for `seconds` (autocannon, closed loop). */
export async function submitAsFastAsItGoes(
  port: number,
  seconds: number,
  connections: number,
): Promise<{ acknowledged: number; other: number; seconds: number }> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/surveys/${SURVEY}/responses`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    requests: [{ setupRequest: (req) => ({ ...req, body: submission() }) }],
  });
  return { acknowledged: result['2xx'], other: result.non2xx + result.errors, seconds: result.duration };
}

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s. */
const TICKS_PER_SECOND = 100;

/** A process's CPU time so far (user + system), in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th of those.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const PACKAGE = new URL('../', import.meta.url).pathname;

/** The built CLI when there is a build (what production runs), else the sources through tsx. */
export function cliCommand(): { args: string[]; label: string } {
  const built = join(PACKAGE, 'dist', 'cli.js');
  if (existsSync(built)) return { args: [join(PACKAGE, 'bin', 'svara.js')], label: 'built (dist)' };
  return {
    args: ['--conditions=source', '--import', 'tsx', join(PACKAGE, 'src', 'cli.ts')],
    label: 'sources via tsx',
  };
}

/** POSTs one new submission over `agent`; resolves with the status code, or 0 when the request failed. */
export function sendSubmission(agent: Agent, port: number): Promise<number> {
  const body = submission();
  return new Promise<number>((resolve) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/surveys/${SURVEY}/responses`,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}
