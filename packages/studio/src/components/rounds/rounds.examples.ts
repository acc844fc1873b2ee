/** Examples of `<svara-studio-rounds>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleApi, exampleBackend, exampleUnits } from '../../example-api.js';
import type { SvaraStudioRounds } from './rounds.js';
import './rounds.define.js';

export type RoundsExample = StudioExample<SvaraStudioRounds>;

export const roundsExamples = {
  open: {
    title: 'En omgång pågår',
    description:
      'The spring round in two units: responses and response rate per unit, each unit’s link, embed code and QR poster, and a form for the next round.',
    render: () => {
      const backend = exampleBackend();
      return html`<svara-studio-rounds
        survey-id="familjeenheten-barn"
        published
        .api=${exampleApi(backend)}
        .me=${backend.me}
        .units=${exampleUnits()}
        .now=${() => new Date('2027-02-15T09:30:00Z')}
      ></svara-studio-rounds>`;
    },
  },
  unpublished: {
    title: 'Inte publicerad',
    description: 'A survey that was never published cannot have rounds yet.',
    render: () =>
      html`<svara-studio-rounds
        survey-id="bemotandekollen"
        .api=${exampleApi()}
        .units=${exampleUnits()}
      ></svara-studio-rounds>`,
  },
} satisfies Record<string, RoundsExample>;
