/**
 * A published snapshot as CSV (open data): one row per unit × question (or statement) × column (everyone, a
 * group of the breakdown, or an answering mode `answered_by=…`) × answer, with the count — empty where it is hidden to protect those who answered, and
 * `too_few` set where fewer than `min_count` answered and no distribution is published. Only what the JSON
 * publishes; nothing more.
 */
import type { ResultColumn, Results, RoundSnapshot, Text } from '@svara/schema';

import { csvRow } from '../../csv.js';

const HEADER = [
  'survey_id',
  'round_id',
  'round_name',
  'unit_id',
  'unit_name',
  'question_id',
  'item_id',
  'question_text',
  'column',
  'n',
  'answer',
  'answer_text',
  'count',
  'too_few',
  'mean',
  'min_count',
];

const textOf = (text: Text, lang: string): string =>
  typeof text === 'string' ? text : (text[lang] ?? text.sv ?? Object.values(text)[0] ?? '');

export function resultsCsv(snapshot: RoundSnapshot, results: readonly Results[]): string {
  let out = csvRow(HEADER);
  for (const result of results) {
    const lang = result.lang;
    for (const question of result.questions) {
      if (!question.published) continue;
      const tables =
        question.type === 'scale-group'
          ? question.items.map((item) => ({ item: item.id, text: item.text, table: item }))
          : [{ item: '', text: question.text, table: question }];
      for (const { item, text, table } of tables) {
        const columns: [string, ResultColumn][] = [['total', table.total]];
        for (const group of table.groups ?? [])
          columns.push([`${result.by?.question ?? 'group'}=${String(group.group)}`, group]);
        // Answering modes: `answered_by=self`, `answered_by=with-support`, `answered_by=interviewer`.
        for (const mode of table.modes ?? []) columns.push([`answered_by=${mode.mode}`, mode]);
        for (const [name, column] of columns) {
          const row = (answer: string, answerText: string, count: number | null | undefined) =>
            csvRow([
              snapshot.surveyId,
              snapshot.round.id,
              snapshot.round.name,
              result.unit?.id ?? '',
              result.unit?.name ?? '',
              question.id,
              item,
              textOf(text, lang),
              name,
              column.n,
              answer,
              answerText,
              column.tooFew ? null : count,
              column.tooFew ? 'true' : '',
              column.mean,
              result.minCount,
            ]);
          for (const c of column.counts) {
            const option = question.options.find((o) => o.value === c.value);
            out += row(String(c.value), option ? textOf(option.text, lang) : '', c.count);
          }
          (table.merged ?? []).forEach((set, i) => {
            out += row(set.values.map(String).join('|'), textOf(set.text, lang), column.merged?.[i]);
          });
          if (column.dontKnow !== undefined) out += row('dont_know', 'Vet inte', column.dontKnow);
          if (column.skipped !== undefined) out += row('skipped', 'Hoppade över', column.skipped);
        }
      }
    }
  }
  return out;
}
