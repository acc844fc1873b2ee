/** Examples of `<svara-studio-pictogram-picker>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleHostedPictograms } from '../../examples.js';
import type { CatalogueEntry } from '../../model/pictograms.js';
import { builtinCatalogue } from '../../model/pictograms.js';
import type { SvaraStudioPictogramPicker } from './pictogram-picker.js';
import './pictogram-picker.define.js';

export type PictogramPickerExample = StudioExample<SvaraStudioPictogramPicker>;

/** svara's drawings and three self-hosted ARASAAC pictograms with Swedish keywords (stand-in images in tests). */
export function exampleCatalogue(): CatalogueEntry[] {
  return [...builtinCatalogue(), ...exampleHostedPictograms];
}

export const pictogramPickerExamples = {
  none: {
    title: 'Ingen bild vald',
    description: 'A question without a picture: "Välj bild" opens the search.',
    render: () =>
      html`<svara-studio-pictogram-picker
        label="Bild till frågan"
        .catalogue=${exampleCatalogue()}
      ></svara-studio-pictogram-picker>`,
  },
  chosen: {
    title: 'Vald bild',
    description: 'A chosen picture with its word, "Byt bild" and "Ta bort bild".',
    render: () =>
      html`<svara-studio-pictogram-picker
        label="Bild till svaret Ja"
        .value=${{ builtin: 'yes' }}
        .catalogue=${exampleCatalogue()}
      ></svara-studio-pictogram-picker>`,
  },
  searching: {
    title: 'Sök med ett svenskt ord',
    description:
      'The search open with the word "ja": svara’s drawing and the self-hosted ARASAAC pictogram, with ARASAAC’s attribution.',
    render: () =>
      html`<svara-studio-pictogram-picker
        label="Bild till svaret Ja"
        .catalogue=${exampleCatalogue()}
      ></svara-studio-pictogram-picker>`,
    prepare: async (picker) => {
      picker.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
      await picker.updateComplete;
      const input = picker.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'ja';
      input.dispatchEvent(new Event('input'));
      await picker.updateComplete;
    },
  },
} satisfies Record<string, PictogramPickerExample>;
