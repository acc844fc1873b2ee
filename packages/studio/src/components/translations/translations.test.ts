import { expect, fixture, oneEvent } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { accessibilityTree, getByRole } from '@svara/testing/a11y-tree';
import { setLocale } from '@svara/elements/localization';
import type { StudioEditEvent } from '../../events.js';
import { getIn } from '../../model/draft.js';
import { exportXliff } from '../../model/translations.js';
import type { SvaraStudioTranslations } from './translations.js';
import { translationsExamples } from './translations.examples.js';
import type { TranslationsExample } from './translations.examples.js';
import './translations.define.js';

async function renderExample(example: TranslationsExample): Promise<SvaraStudioTranslations> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioTranslations>(example.render());
  await element.updateComplete;
  await example.prepare?.(element);
  return element;
}

describe('svara-studio-translations', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(translationsExamples) as [string, TranslationsExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('says per language how much is missing', async () => {
    const element = await renderExample(translationsExamples.three);
    const summary = element.shadowRoot!.querySelector('.summary')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).to.match(/engelska \(en\): \d+ av \d+ texter saknas/);
    expect(summary).to.match(/arabiska \(ar\): (\d+) av \1 texter saknas/);
  });

  it('a translation written in the table is a change to the draft; Arabic fields are right to left and named', async () => {
    const element = await renderExample(translationsExamples.three);
    getByRole(await accessibilityTree(), 'textbox', 'Rubrik, العربية');
    const field = element.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[lang="ar"]')!;
    expect(field.dir).to.equal('rtl');
    field.value = 'ماذا كان رأيك في لقائنا؟';
    setTimeout(() => field.dispatchEvent(new Event('change')));
    const event = (await oneEvent(element, 'studio-edit')) as StudioEditEvent;
    expect((getIn(event.draft, ['title']) as Record<string, string>)['ar']).to.equal(
      'ماذا كان رأيك في لقائنا؟',
    );
  });

  it('imports a translator’s XLIFF file and reports what changed', async () => {
    const element = await renderExample(translationsExamples.three);
    const xml = exportXliff(element.draft, 'ar').replace(
      /(<trans-unit id="title">[\s\S]*?)<target state="new"><\/target>/,
      '$1<target state="translated">ماذا كان رأيك؟</target>',
    );
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([xml], 'barn.ar.xlf', { type: 'application/xliff+xml' }));
    input.files = transfer.files;
    setTimeout(() => input.dispatchEvent(new Event('change')));
    const event = (await oneEvent(element, 'studio-edit')) as StudioEditEvent;
    expect((getIn(event.draft, ['title']) as Record<string, string>)['ar']).to.equal('ماذا كان رأيك؟');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'barn.ar.xlf: 1 texter ändrades.',
    );
  });

  it('the filter shows only texts that lack a translation', async () => {
    const element = await renderExample(translationsExamples.missingOnly);
    const rows = [...element.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.every((row) => row.querySelector('.missing-cell'))).to.equal(true);
  });
});
