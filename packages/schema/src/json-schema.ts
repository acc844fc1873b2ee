/**
 * The JSON Schema of a survey definition, generated from the zod schema so the two never drift apart.
 * Written to packages/schema/survey.schema.json by `pnpm --filter @svara/schema json-schema`, so editors can
 * autocomplete definitions (`"$schema": "…/survey.schema.json"`). Rules that compare parts of a survey (unique
 * ids, conditions, languages) are not expressible here: parseSurvey remains the authority.
 */
import * as z from 'zod/mini';

import {
  audioSchema,
  conditionSchema,
  optionSchema,
  pageSchema,
  pictogramSchema,
  privacySchema,
  questionSchema,
  scaleSchema,
  surveySchema,
  textSchema,
} from './schemas.js';

/** Builds the JSON Schema (draft 2020-12) of a survey definition. */
export function buildSurveyJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id?: string; title?: string; description?: string }>();
  registry.add(textSchema, {
    id: 'Text',
    description:
      'A text in the survey\'s "lang", or an object with one text per language: {"sv": "…", "en": "…"}.',
  });
  registry.add(audioSchema, {
    id: 'Audio',
    description: 'Recorded speech per language: {"sv": "/audio/q1.mp3"}.',
  });
  registry.add(pictogramSchema, {
    id: 'Pictogram',
    description: 'A picture: {"arasaac": id}, {"builtin": name} or {"src": url, "alt": Text}.',
  });
  registry.add(optionSchema, { id: 'Option', description: 'An answer option. "value" is what is stored.' });
  registry.add(scaleSchema, {
    id: 'Scale',
    description:
      'A preset name ("smiley-5", "yes-partly-no", …), {"min", "max", "minLabel", "maxLabel"} or {"options": […]}.',
  });
  registry.add(conditionSchema, {
    id: 'Condition',
    description:
      'Show only when an earlier question has an answer: {"question", "equals" | "in" | "answered"}, or {"all": […]} / {"any": […]}.',
  });
  registry.add(questionSchema, {
    id: 'Question',
    description: 'A question; "type" decides which fields apply.',
  });
  registry.add(pageSchema, { id: 'Page', description: 'A page of questions.' });
  registry.add(privacySchema, {
    id: 'Privacy',
    description: 'Why the questions are asked, who sees the answers and whether answering is anonymous.',
  });
  registry.add(surveySchema, {
    title: 'svara survey definition',
    description: 'One survey definition for every respondent. Checked by parseSurvey from @svara/schema.',
  });
  const schema = z.toJSONSchema(surveySchema, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: registry,
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
  }) as Record<string, unknown>;
  return schema;
}

/** The JSON Schema of a survey definition (draft 2020-12). */
export const surveyJsonSchema: Record<string, unknown> = /* @__PURE__ */ buildSurveyJsonSchema();
