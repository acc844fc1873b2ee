/**
 * Examples of `<svara-studio-preview>`: the single source for its stories, tests and axe checks. The frames load
 * `preview.html` of this package (the studio app serves it at `/studio/preview.html`).
 */
import { html } from 'lit';
import type { Survey } from '@svara/schema';
import type { StudioExample } from '../../examples.js';
import { exampleDraft } from '../../examples.js';
import { checkDraft } from '../../model/check.js';
import { setIn } from '../../model/draft.js';
import type { SvaraStudioPreview } from './preview.js';
import './preview.define.js';

export type PreviewExample = StudioExample<SvaraStudioPreview>;

/**
 * Where the preview page is for the examples. Served from the sources (tests; Storybook's dev server) it is this
 * package's `preview.html`, beside `src/`; a Storybook build serves the studio's own build at `/studio/`
 * (`useBuiltPreview`). Not `new URL(…, import.meta.url)`: a bundler would copy the page as a file, unbuilt.
 */
let previewUrl = new URL(import.meta.url).pathname.replace(
  /\/src\/components\/preview\/preview\.examples\.[jt]s$/,
  '/preview.html',
);

/** The preview page the examples use. */
export function examplePreviewUrl(): string {
  return previewUrl;
}

/** Makes the examples use the studio's build (`/studio/preview.html`), for a Storybook build. */
export function useBuiltPreview(url = '/studio/preview.html'): void {
  previewUrl = url;
}

/** The example survey with its hard statement fixed, as the previews show it. */
export function exampleSurvey(): Survey {
  const written = exampleDraft();
  const fixed =
    written['lang'] === 'ar'
      ? { ar: 'استمع إليّ الكبار.', sv: 'De vuxna lyssnade på mig.' }
      : { sv: 'De vuxna lyssnade på mig.' };
  const draft = setIn(written, ['questions', 1, 'text'], fixed);
  const check = checkDraft(draft);
  if (!check.survey) throw new Error(JSON.stringify(check.errors));
  return check.survey;
}

export const previewExamples = {
  childAndArabic: {
    title: 'Barn och arabiska',
    description:
      'The question being edited as a child gets it (faces, one question per screen) and in Arabic, right to left; the survey has no Arabic texts yet, so they fall back to Swedish, marked with their language.',
    render: () => html`
      <svara-studio-preview
        preview-url=${examplePreviewUrl()}
        question-id="lyssnade"
        .survey=${exampleSurvey()}
        .kinds=${['child', 'lang:ar']}
      ></svara-studio-preview>
    `,
  },
  aacAndInterview: {
    title: 'AAC och telefonintervju',
    description:
      'The same question for an AAC user (pictures on, the Lyssna button) and as the interviewer reads it on the phone.',
    render: () => html`
      <svara-studio-preview
        preview-url=${examplePreviewUrl()}
        question-id="kon"
        .survey=${exampleSurvey()}
        .kinds=${['aac', 'interview']}
        .acknowledged=${new Set(['preview:aac'])}
      ></svara-studio-preview>
    `,
  },
  startScreen: {
    title: 'Startsidan',
    description: 'No question is being edited: the previews show the start screen with the privacy texts.',
    render: () => html`
      <svara-studio-preview
        preview-url=${examplePreviewUrl()}
        .survey=${exampleSurvey()}
        .kinds=${['general']}
      ></svara-studio-preview>
    `,
  },
  stale: {
    title: 'Utkast med fel',
    description: 'While the draft is invalid, the previews keep its last valid state and say so.',
    render: () => html`
      <svara-studio-preview
        preview-url=${examplePreviewUrl()}
        stale
        .leftOut=${['fraga-5']}
        .survey=${exampleSurvey()}
        .kinds=${['child']}
      ></svara-studio-preview>
    `,
  },
} satisfies Record<string, PreviewExample>;
