import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { Submission } from '@svara/schema';

import { SEPARATORS, exportCsv, exportJson } from '../csv.js';
import type { ExportedResponse, Separator } from '../csv.js';
import { describeDb, openStore } from '../store/open.js';
import { scanResponses } from '../store/types.js';
import { SurveyLoadError, formatFileIssue, loadSurveys } from '../surveys.js';
import type { LoadedSurvey } from '../surveys.js';
import { importSurveys } from '../versions/import.js';
import { SurveyRegistry } from '../versions/registry.js';
import { parse } from './args.js';
import type { Command } from './types.js';
import { UsageError } from './types.js';

export const command: Command = {
  name: 'export',
  summary: 'write all responses of a survey',
  usage: `svara export --db <file.sqlite | postgres://…> --survey <id> [--surveys <dir>] [--format csv|json]
             [--sep ',' | ';' | tab] [--out <file>]

The same files as GET /api/surveys/{id}/export.csv and export.json: one row per response, every question of
every published version with survey_version in each row, streamed (any number of responses in little memory).
Writes to --out, or to standard output. --surveys imports definition files first, as svara serve does.`,
  async run(args, io) {
    const { values } = parse(args, {
      db: { type: 'string' },
      surveys: { type: 'string' },
      survey: { type: 'string' },
      format: { type: 'string' },
      sep: { type: 'string' },
      out: { type: 'string' },
    });
    if (!values.db || !values.survey) throw new UsageError('--db and --survey are required.');
    const format = values.format ?? (values.out?.endsWith('.json') ? 'json' : 'csv');
    if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json.');
    const sep = (values.sep === 'tab' ? '\t' : (values.sep ?? ',')) as Separator;
    if (!SEPARATORS.includes(sep)) throw new UsageError("--sep must be ',', ';' or tab.");
    let surveys = new Map<string, LoadedSurvey>();
    if (values.surveys) {
      try {
        surveys = loadSurveys(resolve(io.cwd, values.surveys));
      } catch (error) {
        if (!(error instanceof SurveyLoadError)) throw error;
        for (const issue of error.issues) io.stderr.write(`${formatFileIssue(issue)}\n`);
        return 1;
      }
    }
    const db = /^postgres(?:ql)?:\/\//i.test(values.db) ? values.db : resolve(io.cwd, values.db);
    const store = await openStore(db);
    const registry = new SurveyRegistry(store);
    try {
      await importSurveys(registry, surveys.values());
    } catch (error) {
      await store.close();
      if (!(error instanceof SurveyLoadError)) throw error;
      for (const issue of error.issues) io.stderr.write(`${formatFileIssue(issue)}\n`);
      return 1;
    }
    const survey = await registry.union(values.survey);
    if (!survey) {
      const known = (await registry.list()).filter((s) => s.latest).map((s) => s.id);
      await store.close();
      io.stderr.write(
        `No published survey "${values.survey}" in ${describeDb(db)} (there are: ${known.join(', ') || 'none'}).\n`,
      );
      return 1;
    }
    try {
      async function* rows(): AsyncGenerator<ExportedResponse> {
        for await (const row of scanResponses(store, survey!.id)) {
          yield { receivedAt: row.receivedAt, submission: JSON.parse(row.submission) as Submission };
        }
      }
      const chunks = format === 'json' ? exportJson(rows()) : exportCsv(survey, rows(), sep);
      const out = values.out ? createWriteStream(resolve(io.cwd, values.out)) : undefined;
      for await (const chunk of chunks) {
        if (out) {
          if (!out.write(chunk)) await once(out, 'drain');
        } else io.stdout.write(chunk);
      }
      if (out) {
        out.end();
        await once(out, 'finish');
        io.stderr.write(`Wrote ${values.out}\n`);
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
