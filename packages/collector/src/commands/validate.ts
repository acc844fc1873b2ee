import { submissionSizeIssue } from '../submission-size.js';
import { formatFileIssue, readSurveyFile, surveyFiles } from '../surveys.js';
import { parse } from './args.js';
import type { Command } from './types.js';
import { UsageError } from './types.js';

export const command: Command = {
  name: 'validate',
  summary: 'check survey definitions',
  usage: `svara validate <file.json | dir>… [--locale sv|en]

Checks each definition with @svara/schema and prints every problem as "file path: message". A definition
whose complete answer could be larger than the server accepts (1 MiB) is invalid too.
Exit code 1 when any definition is invalid.`,
  async run(args, io) {
    const { values, positionals } = parse(args, { locale: { type: 'string' } }, true);
    if (positionals.length === 0) throw new UsageError('Name at least one file or directory.');
    const locale = values.locale === 'sv' ? 'sv' : 'en';
    let failed = 0;
    const files = surveyFiles(positionals);
    for (const file of files) {
      const read = readSurveyFile(file, locale);
      const tooLarge = read.ok ? submissionSizeIssue(read.survey, locale) : undefined;
      const result = tooLarge ? { ok: false as const, issues: [{ ...tooLarge, file }] } : read;
      if (result.ok) io.stdout.write(`ok ${file} (${result.survey.id}, version ${result.survey.version})\n`);
      else {
        failed++;
        for (const issue of result.issues) io.stdout.write(`${formatFileIssue(issue)}\n`);
      }
    }
    io.stdout.write(`${files.length - failed} valid, ${failed} invalid\n`);
    return failed ? 1 : 0;
  },
};
