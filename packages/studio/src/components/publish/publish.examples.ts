/** Examples of `<svara-studio-publish>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { Survey } from '@svara/schema';
import type { StudioExample } from '../../examples.js';
import { exampleDraft } from '../../examples.js';
import { checkDraft } from '../../model/check.js';
import { previewKey } from '../../model/checklist.js';
import { setIn } from '../../model/draft.js';
import type { SvaraStudioPublish } from './publish.js';
import './publish.define.js';

export type PublishExample = StudioExample<SvaraStudioPublish>;

/** The examples' survey in its language, and its second language (Arabic first in the stories' Arabic variant). */
const arabic = () => exampleDraft()['lang'] === 'ar';
const second = () => (arabic() ? 'sv' : 'en');

const fixed = () =>
  setIn(
    setIn(
      exampleDraft(),
      ['questions', 1, 'text'],
      arabic()
        ? { ar: 'استمع إليّ الكبار.', sv: 'De vuxna lyssnade på mig.' }
        : { sv: 'De vuxna lyssnade på mig.', en: 'The adults listened to me.' },
    ),
    ['languages'],
    arabic() ? ['ar', 'sv'] : ['sv', 'en'],
  );

function acknowledgedAll(): Set<string> {
  const check = checkDraft(fixed());
  return new Set([
    ...check.warnings.map((w) => w.key),
    previewKey('child'),
    previewKey('plain'),
    previewKey(`lang:${second()}`),
  ]);
}

function previous(): Survey {
  const check = checkDraft({
    ...exampleDraft(),
    languages: arabic() ? ['ar', 'sv'] : ['sv', 'en'],
    questions: (exampleDraft()['questions'] as unknown[]).slice(0, 2),
  });
  return check.survey!;
}

export const publishExamples = {
  notReady: {
    title: 'Inte klar',
    description:
      'The children’s survey with a warning left and previews not looked at; the author cannot approve their own version.',
    render: () =>
      html`<svara-studio-publish
        can-publish
        me="anna@stad.se"
        updated-by="anna@stad.se"
        .revision=${4}
        .check=${checkDraft(exampleDraft())}
      ></svara-studio-publish>`,
  },
  approved: {
    title: 'Godkänd, klar att publicera',
    description: 'Everything done and approved by a second publisher; the changes since version 1 in words.',
    render: () =>
      html`<svara-studio-publish
        can-publish
        me="bo@stad.se"
        updated-by="anna@stad.se"
        previous-version="1"
        .revision=${5}
        .previous=${previous()}
        .approvals=${[{ by: 'bo@stad.se', at: '2027-01-09T10:15:00Z', revision: 5 }]}
        .acknowledged=${acknowledgedAll()}
        .check=${checkDraft(fixed(), { previous: previous() })}
      ></svara-studio-publish>`,
  },
} satisfies Record<string, PublishExample>;
