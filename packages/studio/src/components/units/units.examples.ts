/** Examples of `<svara-studio-units>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleApi } from '../../example-api.js';
import type { SvaraStudioUnits } from './units.js';
import './units.define.js';

export type UnitsExample = StudioExample<SvaraStudioUnits>;

export const unitsExamples = {
  tree: {
    title: 'Enhetsträdet',
    description:
      'Stadsdelar, avdelningar and enheter as a tree, with add, rename, move, remove and CSV import.',
    render: () => html`<svara-studio-units .api=${exampleApi()}></svara-studio-units>`,
  },
} satisfies Record<string, UnitsExample>;
