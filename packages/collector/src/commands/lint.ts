import { lintSurvey } from '@svara/schema';
import { lintFeelings } from '@svara/schema/lint-feelings';

import { formatFileIssue, readSurveyFile, surveyFiles } from '../surveys.js';
import { parse } from './args.js';
import type { Command } from './types.js';
import { UsageError } from './types.js';

export const command: Command = {
  name: 'lint',
  summary: 'plain-language and accessibility warnings',
  usage: `svara lint <file.json | dir>… [--locale sv|en] [--strict]

Prints lintSurvey's warnings (LIX, long sentences, negations, missing plain variants, …) and
lintFeelings' (faces for feelings after a statement of fact) as
"file path: message [code]". Exit code 1 when a definition is invalid, or with --strict when there are warnings.`,
  async run(args, io) {
    const { values, positionals } = parse(
      args,
      { locale: { type: 'string' }, strict: { type: 'boolean' } },
      true,
    );
    if (positionals.length === 0) throw new UsageError('Name at least one file or directory.');
    const locale = values.locale === 'sv' ? 'sv' : 'en';
    let invalid = 0;
    let warnings = 0;
    for (const file of surveyFiles(positionals)) {
      const result = readSurveyFile(file, locale);
      if (!result.ok) {
        invalid++;
        for (const issue of result.issues) io.stdout.write(`${formatFileIssue(issue)}\n`);
        continue;
      }
      for (const issue of [
        ...lintSurvey(result.survey, { locale }),
        ...lintFeelings(result.survey, { locale }),
      ]) {
        warnings++;
        io.stdout.write(`${formatFileIssue({ ...issue, file })} [${issue.code}]\n`);
      }
    }
    io.stdout.write(`${warnings} warning(s), ${invalid} invalid definition(s)\n`);
    return invalid || (values.strict && warnings) ? 1 : 0;
  },
};
