import { resolve } from 'node:path';

import { openStore } from '../store/open.js';
import { formatFileIssue, loaded, readSurveyFile, surveyFiles } from '../surveys.js';
import type { FileIssue, LoadedSurvey } from '../surveys.js';
import { SurveyLoadError } from '../surveys.js';
import { importSurveys } from '../versions/import.js';
import { SurveyRegistry } from '../versions/registry.js';
import { parse } from './args.js';
import type { Command } from './types.js';
import { UsageError } from './types.js';

export const command: Command = {
  name: 'import',
  summary: 'publish survey definition files as versions in the database',
  usage: `svara import <file | dir>… --db <file.sqlite | postgres://…>

Each definition becomes a published version of its survey, as svara serve --surveys does at start: content equal
to the latest version publishes nothing; changed content publishes the next version (reworded texts are recorded);
a change that is not comparable with earlier versions (a kept question id with another type, scale or options)
is refused with file, path and message, and nothing of that file is published. Exit 1 if any file was refused.`,
  async run(args, io) {
    const { values, positionals } = parse(args, { db: { type: 'string' } }, true);
    if (!values.db) throw new UsageError('--db <file.sqlite | postgres://…> is required.');
    if (!positionals.length) throw new UsageError('Name at least one definition file or directory.');
    const issues: FileIssue[] = [];
    const surveys: LoadedSurvey[] = [];
    let files: string[];
    try {
      files = surveyFiles(positionals.map((p) => resolve(io.cwd, p)));
    } catch (error) {
      io.stderr.write(`${(error as Error).message}\n`);
      return 1;
    }
    for (const file of files) {
      const result = readSurveyFile(file);
      if (result.ok) surveys.push(loaded(result.survey, file));
      else issues.push(...result.issues);
    }
    const db = /^postgres(?:ql)?:\/\//i.test(values.db) ? values.db : resolve(io.cwd, values.db);
    const store = await openStore(db);
    try {
      const outcomes = await importSurveys(new SurveyRegistry(store), surveys).catch((error: unknown) => {
        if (!(error instanceof SurveyLoadError)) throw error;
        issues.push(...error.issues);
        return [];
      });
      for (const o of outcomes) {
        io.stdout.write(
          o.published
            ? `${o.id}: published version ${o.version}${o.changed.length ? ` (reworded: ${o.changed.join(', ')})` : ''}\n`
            : `${o.id}: unchanged (version ${o.version})\n`,
        );
      }
    } finally {
      await store.close();
    }
    for (const issue of issues) io.stderr.write(`${formatFileIssue(issue)}\n`);
    return issues.length ? 1 : 0;
  },
};
