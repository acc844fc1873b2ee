import { resolve } from 'node:path';

import { openStore } from '../store/open.js';
import { PublishConflictError, SurveyRegistry } from '../versions/registry.js';
import { parse } from './args.js';
import type { Command } from './types.js';
import { UsageError } from './types.js';

export const command: Command = {
  name: 'publish',
  summary: "publish a survey's draft as its next version",
  usage: `svara publish <survey id> --db <file.sqlite | postgres://…> [--by <name>]

Publishes the survey's current draft (as saved through the staff API) as its next version, checked like any
publication: a definition with errors, or a kept question id with another type, scale or options, is refused with
path and message. Run by the server's operator, it needs no second person's approval. --by names who published
(default: cli).`,
  async run(args, io) {
    const { values, positionals } = parse(args, { db: { type: 'string' }, by: { type: 'string' } }, true);
    if (!values.db) throw new UsageError('--db <file.sqlite | postgres://…> is required.');
    if (positionals.length !== 1) throw new UsageError('Name one survey id.');
    const id = positionals[0]!;
    const db = /^postgres(?:ql)?:\/\//i.test(values.db) ? values.db : resolve(io.cwd, values.db);
    const store = await openStore(db);
    try {
      const registry = new SurveyRegistry(store);
      if (!(await registry.state(id))) {
        io.stderr.write(`There is no survey "${id}".\n`);
        return 1;
      }
      const draft = await registry.draft(id);
      if (!draft || draft.revision === 0) {
        io.stderr.write(`The survey "${id}" has no draft to publish.\n`);
        return 1;
      }
      const result = await registry.publish(id, draft.definition, values.by ?? 'cli', { locale: 'en' });
      if (!result.ok) {
        io.stderr.write(`The draft of "${id}" (revision ${draft.revision}) cannot be published:\n`);
        for (const issue of result.issues)
          io.stderr.write(`  ${issue.path ? `${issue.path}: ` : ''}${issue.message}\n`);
        return 1;
      }
      if (result.unchanged) {
        io.stdout.write(`${id}: the draft equals version ${result.version}; nothing published.\n`);
        return 0;
      }
      io.stdout.write(
        `${id}: published version ${result.version}${result.changed.length ? ` (reworded: ${result.changed.join(', ')})` : ''}\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof PublishConflictError) {
        io.stderr.write(`${error.message} Run the command again.\n`);
        return 1;
      }
      throw error;
    } finally {
      await store.close();
    }
  },
};
