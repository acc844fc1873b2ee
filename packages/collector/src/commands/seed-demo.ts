import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseSubmission } from '@svara/schema';

import { canonicalJson, sha256 } from '../canonical.js';
import { openStore } from '../store/open.js';
import { loadSurveys } from '../surveys.js';
import { addDays, stockholmDay } from '../units/dates.js';
import { Rounds } from '../units/rounds.js';
import { Units } from '../units/units.js';
import { parseCsv } from '../csv.js';
import { importSurveys } from '../versions/import.js';
import { SurveyRegistry } from '../versions/registry.js';
import { parse } from './args.js';
import { demoSignInText, seedDemoAccounts } from './demo-accounts.js';
import type { Command } from './types.js';
import { UsageError } from './types.js';

const SURVEY = 'familjeenheten-barn';
const DEMO_ROUND = 'Demo: vintern';
/** A round of last year, closed and past its late deliveries: the server publishes its results by itself. */
const PAST_ROUND = 'Demo: förra året';

/** The demo organisation: two districts, their social services and three units that run the children's survey. */
const UNITS = `id,name,parent
kungsholmen,Kungsholmen,
kungsholmen-soc,Socialtjänstavdelningen Kungsholmen,kungsholmen
familjeenheten-kungsholmen,Familjeenheten Kungsholmen,kungsholmen-soc
barn-och-unga-kungsholmen,Barn och unga Kungsholmen,kungsholmen-soc
norrmalm,Norrmalm,
norrmalm-soc,Socialtjänstavdelningen Norrmalm,norrmalm
familjeenheten-norrmalm,Familjeenheten Norrmalm,norrmalm-soc
`;

/** Last year's answers per unit (enough for most tables to be published). */
const PAST_PLAN = [
  { unitId: 'familjeenheten-kungsholmen', answers: 26, invited: 40 },
  { unitId: 'barn-och-unga-kungsholmen', answers: 17, invited: 30 },
  { unitId: 'familjeenheten-norrmalm', answers: 12, invited: 20 },
];

/** Answers per unit, and how many children each unit asked. */
const PLAN = [
  { unitId: 'familjeenheten-kungsholmen', answers: 14, invited: 30 },
  { unitId: 'barn-och-unga-kungsholmen', answers: 9, invited: 25 },
  { unitId: 'familjeenheten-norrmalm', answers: 6, invited: 20 },
];

export const command: Command = {
  name: 'seed-demo',
  summary: 'fill a demo database with units, a round of the children’s survey and answers from several units',
  usage: `svara seed-demo --db <file.sqlite | postgres://…> --surveys <dir>

For the demo (npm start) only: imports the surveys, creates a small organisation of units, a round of the
children's survey that is open today, and answers from three units, so that the studio has something to show;
and a round of last year, closed, whose results the server publishes by itself when it starts.
Does nothing when the demo round is already there.`,
  async run(args, io) {
    const { values } = parse(args, { db: { type: 'string' }, surveys: { type: 'string' } });
    if (!values.db || !values.surveys) throw new UsageError('--db and --surveys are required.');
    const db = /^postgres(?:ql)?:\/\//i.test(values.db) ? values.db : resolve(io.cwd, values.db);
    const store = await openStore(db);
    try {
      // Staff accounts for the studio: the demo's only (npm start), with a password made for this run.
      io.stdout.write(`${demoSignInText(await seedDemoAccounts(store))}\n`);
      const registry = new SurveyRegistry(store);
      await importSurveys(registry, loadSurveys(resolve(io.cwd, values.surveys)).values());
      const rounds = new Rounds(store.db);
      if ((await rounds.ofSurvey(SURVEY)).some((r) => r.name === DEMO_ROUND)) {
        io.stdout.write('The demo data is already there.\n');
        return 0;
      }
      await new Units(store.db).importCsv(UNITS, (text) => parseCsv(text));
      const today = stockholmDay(new Date());
      const survey = (await registry.latest(SURVEY))!.survey;
      let n = 0;
      const seed = async (
        name: string,
        opens: string,
        closes: string,
        plan: typeof PLAN,
        given: (i: number) => Date,
      ) => {
        const round = await rounds.create(
          SURVEY,
          { name, opens, closes, units: plan.map(({ unitId, invited }) => ({ unitId, invited })) },
          'seed-demo',
        );
        for (const { unitId, answers } of plan) {
          for (let i = 0; i < answers; i++, n++) {
            const face = (k: number) => 1 + ((n * 7 + k * 3) % 5);
            const envelope = {
              submissionId: randomUUID(),
              surveyId: SURVEY,
              surveyVersion: survey.version,
              lang: 'sv',
              submittedAt: given(i).toISOString(),
              answers: {
                'vet-varfor': face(1),
                lyssnade: face(2),
                'kunde-saga': face(3),
                snalla: face(4),
                'vet-vad-nu': n % 6 === 0 ? 'dont_know' : face(5),
                kon: n % 2 ? 'flicka' : 'pojke',
              },
              meta: { answeredBy: 'self', mode: 'web' },
              unit: unitId,
              round: round.id,
            };
            const parsed = parseSubmission(survey, envelope);
            if (!parsed.ok)
              throw new Error(
                `demo answer refused: ${parsed.issues.map((x) => `${x.path}: ${x.message}`).join('; ')}`,
              );
            await store.insert({
              surveyId: SURVEY,
              submissionId: envelope.submissionId,
              surveyVersion: survey.version,
              payloadHash: sha256(canonicalJson(envelope)),
              submission: JSON.stringify(parsed.submission),
              receivedAt: envelope.submittedAt,
              unitId,
              roundId: round.id,
            });
          }
        }
        return round;
      };
      const started = new Date(`${addDays(today, -400)}T12:00:00Z`).getTime();
      const before = n;
      await seed(PAST_ROUND, addDays(today, -400), addDays(today, -370), PAST_PLAN, (i) => {
        return new Date(started + i * 3_600_000);
      });
      const past = n - before;
      const round = await seed(
        DEMO_ROUND,
        addDays(today, -21),
        addDays(today, 40),
        PLAN,
        () => new Date(Date.now() - (n + 1) * 3_600_000),
      );
      io.stdout.write(
        `Demo: ${PLAN.length} units in the round "${DEMO_ROUND}" (${round.id}), ${n - past} answers; ` +
          `"${PAST_ROUND}", closed, ${past} answers (its results are published when the server starts).\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
