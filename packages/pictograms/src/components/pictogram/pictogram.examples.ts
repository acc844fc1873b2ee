/**
 * Examples of `<svara-pictogram>` and `<svara-pictogram-attribution>`: the single source for their stories,
 * tests and axe checks. ARASAAC-style examples use the small stand-in PNGs of @svara/testing (drawn there,
 * never downloaded), so nothing leaves the test server.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { builtinPictograms } from '@svara/schema';
import { BROKEN_IMAGE, fixtureArasaacUrl } from '@svara/testing/pictograms';
import { content, exampleLanguage } from '@svara/testing/example-language';
import { arasaacLayout, configurePictograms } from '../../arasaac.js';
import './pictogram.define.js';
import '../pictogram-attribution/pictogram-attribution.define.js';

export interface PictogramExample {
  title: string;
  description: string;
  render(): TemplateResult;
}

/** The Swedish names of the builtin pictograms, for the gallery. */
export const builtinNamesSv: Readonly<Record<(typeof builtinPictograms)[number], string>> = {
  'face-very-sad': 'Mycket ledsen',
  'face-sad': 'Ledsen',
  'face-neutral': 'Mittemellan',
  'face-happy': 'Glad',
  'face-very-happy': 'Mycket glad',
  yes: 'Ja',
  no: 'Nej',
  partly: 'Delvis',
  sometimes: 'Ibland',
  never: 'Aldrig',
  often: 'Ofta',
  all: 'Alla',
  some: 'Några',
  none: 'Ingen',
  poor: 'Bristande',
  approved: 'Godkänt',
  'very-good': 'Mycket bra',
  'dont-know': 'Vet inte',
  skip: 'Hoppa över',
};

/** The same names in Arabic (the presets' Arabic labels where a preset uses the picture), for an Arabic page. */
export const builtinNamesAr: Readonly<Record<(typeof builtinPictograms)[number], string>> = {
  'face-very-sad': 'حزين جدًا',
  'face-sad': 'حزين',
  'face-neutral': 'بين بين',
  'face-happy': 'سعيد',
  'face-very-happy': 'سعيد جدًا',
  yes: 'نعم',
  no: 'لا',
  partly: 'جزئيًا',
  sometimes: 'أحيانًا',
  never: 'أبدًا',
  often: 'غالبًا',
  all: 'الجميع',
  some: 'بعضهم',
  none: 'لا أحد',
  poor: 'ضعيف',
  approved: 'مقبول',
  'very-good': 'جيد جدًا',
  'dont-know': 'لا أعرف',
  skip: 'تخطٍّ',
};

const gallery = (
  size: 'medium' | 'large',
  names = exampleLanguage() === 'ar' ? builtinNamesAr : builtinNamesSv,
) =>
  html`<ul style="display:flex;flex-wrap:wrap;gap:1rem;list-style:none;margin:0;padding:0">
    ${builtinPictograms.map(
      (name) =>
        html`<li style="display:flex;flex-direction:column;align-items:center;gap:.25rem;inline-size:7rem">
          <svara-pictogram builtin=${name} size=${size} decorative></svara-pictogram>
          <span>${names[name]}</span>
        </li>`,
    )}
  </ul>`;

export const pictogramExamples = {
  builtin: {
    title: 'Egna bilder',
    description:
      'Every builtin pictogram, decorative next to its word: faces, ja/nej/delvis, ibland/aldrig/ofta, alla/några/ingen, vet inte, hoppa över. Drawn in currentColor, so they follow forced colours.',
    render: () => gallery('medium'),
  },
  builtinLarge: {
    title: 'Egna bilder, stora',
    description: 'size="large": a 6 rem (96 px) box, for children and AAC users.',
    render: () => gallery('large'),
  },
  named: {
    title: 'Bild med textalternativ',
    description: 'Standing alone, a pictogram is an image named by `alt`.',
    render: () =>
      html`<svara-pictogram
        builtin="yes"
        alt=${content({ sv: 'Ja', ar: 'نعم' })}
        size="large"
      ></svara-pictogram>`,
  },
  arasaac: {
    title: 'ARASAAC, självhostad',
    description:
      'ARASAAC ids resolve against the self-hosted base ({base}/{id}/{id}_500.png); the attribution is one keyboard stop away. The images here are stand-ins drawn by the project.',
    render: () => {
      configurePictograms({ arasaacUrl: fixtureArasaacUrl(arasaacLayout) });
      return html`<div style="display:flex;flex-wrap:wrap;gap:1rem;align-items:end">
          <svara-pictogram arasaac="5584" alt="Ja" size="large"></svara-pictogram>
          <svara-pictogram arasaac="5526" alt="Nej" size="large"></svara-pictogram>
          <svara-pictogram arasaac="7180" alt="Vet inte" size="large"></svara-pictogram>
        </div>
        <svara-pictogram-attribution></svara-pictogram-attribution>`;
    },
  },
  broken: {
    title: 'Bild som inte går att visa',
    description:
      'An image that cannot be loaded is replaced by its word in the same box: nothing moves, and nothing is lost.',
    render: () =>
      html`<div style="display:flex;gap:1rem">
        <svara-pictogram
          src=${BROKEN_IMAGE}
          alt=${content({ sv: 'Hemma', ar: 'في البيت' })}
          size="large"
        ></svara-pictogram>
        <svara-pictogram
          src=${BROKEN_IMAGE}
          alt=${content({ sv: 'Skolan', ar: 'المدرسة' })}
        ></svara-pictogram>
      </div>`,
  },
  attributionOpen: {
    title: 'Om bilderna (öppen)',
    description:
      'The ARASAAC attribution opened: author Sergio Palao, origin ARASAAC, licence CC BY-NC-SA 4.0, owner the Government of Aragón, in the survey’s language.',
    render: () => html`<svara-pictogram-attribution open></svara-pictogram-attribution>`,
  },
} satisfies Record<string, PictogramExample>;

export type PictogramExampleName = keyof typeof pictogramExamples;
