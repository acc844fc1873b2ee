/** What the load benchmarks share: the submission they send (a new one each time) and a free port. */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';

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
