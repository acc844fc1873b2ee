/** Examples of `<svara-studio-results>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import { parseSurvey } from '@svara/schema';
import type { StudioExample } from '../../examples.js';
import { exampleDraft } from '../../examples.js';
import { exampleApi, exampleBackend, exampleUnits, withClosedRound } from '../../example-api.js';
import type { ExampleBackend } from '../../example-api.js';
import type { SvaraStudioResults } from './results.js';
import './results.define.js';

export type ResultsExample = StudioExample<SvaraStudioResults>;

/** The published survey the example rounds ran (for the questions an action is about). */
export function exampleSurvey() {
  const parsed = parseSurvey(exampleDraft());
  return parsed.ok ? parsed.survey : undefined;
}

const results = (backend: ExampleBackend) =>
  html`<svara-studio-results
    survey-id="familjeenheten-barn"
    .api=${exampleApi(backend)}
    .me=${backend.me}
    .units=${exampleUnits()}
    .survey=${exampleSurvey()}
  ></svara-studio-results>`;

export const resultsExamples = {
  closed: {
    title: 'Stängd omgång',
    description:
      'Last autumn’s round is closed and not published: Publicera resultaten, and one action under way ("Ni sa – vi gör") with a form for the next.',
    render: () => results(withClosedRound(exampleBackend())),
  },
  published: {
    title: 'Publicerade resultat',
    description:
      'The round’s results are published: when, how many answered, how many numbers are hidden to protect small groups, links to the page and open data; a published action can only change its status.',
    render: () => {
      const backend = withClosedRound(exampleBackend());
      const round = backend.rounds.find((r) => r.id === 'r0')!;
      round.status = 'published';
      backend.snapshots.set('r0', {
        roundId: 'r0',
        surveyId: 'familjeenheten-barn',
        status: 'published',
        publishedAt: '2026-12-31T08:00:00Z',
        publishedBy: 'u2',
        respondents: 61,
        units: 2,
        audit: { cells: 184, hidden: 12, witnesses: 3, exact: true },
        links: {
          json: '/api/surveys/familjeenheten-barn/rounds/r0/results.json',
          csv: '/api/surveys/familjeenheten-barn/rounds/r0/results.csv',
          page: '/r/familjeenheten-barn/r0',
        },
      });
      for (const action of backend.actions) action.published = true;
      return results(backend);
    },
  },
} satisfies Record<string, ResultsExample>;
