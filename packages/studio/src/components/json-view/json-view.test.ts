import { expect, fixture, oneEvent } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { StudioEditEvent, StudioRevealEvent } from '../../events.js';
import { setIn } from '../../model/draft.js';
import type { SvaraStudioJsonView } from './json-view.js';
import { syntaxErrorAt } from './json-view.js';
import { jsonViewExamples } from './json-view.examples.js';
import type { JsonViewExample } from './json-view.examples.js';
import './json-view.define.js';

async function renderExample(example: JsonViewExample): Promise<SvaraStudioJsonView> {
  await setLocale(example.locale ?? 'sv');
  const view = await fixture<SvaraStudioJsonView>(example.render());
  await view.updateComplete;
  await example.prepare?.(view);
  return view;
}

describe('svara-studio-json-view', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(jsonViewExamples) as [string, JsonViewExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('edited JSON becomes the draft; the form’s changes come back into the text', async () => {
    const view = await renderExample(jsonViewExamples.valid);
    const area = view.shadowRoot!.querySelector('textarea')!;
    area.value = area.value.replace('"Vad tyckte du om att träffa oss?"', '"Hej!"');
    area.dispatchEvent(new Event('input'));
    setTimeout(() => view.read());
    const event = (await oneEvent(view, 'studio-edit')) as StudioEditEvent;
    expect((event.draft['title'] as Record<string, string>)['sv']).to.equal('Hej!');
    view.draft = setIn(event.draft, ['intro'], 'Ny inledning.');
    await view.updateComplete;
    expect(area.value).to.contain('"intro": "Ny inledning."');
  });

  it('text that is not JSON changes nothing and says where the problem is', async () => {
    const view = await renderExample(jsonViewExamples.syntax);
    const alert = view.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.match(/rad \d+, tecken \d+/);
    expect(view.shadowRoot!.querySelector('textarea')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('a problem leads to its field in the form', async () => {
    const view = await renderExample(jsonViewExamples.problems);
    setTimeout(() => view.shadowRoot!.querySelector<HTMLButtonElement>('.findings button')!.click());
    const event = (await oneEvent(view, 'studio-reveal')) as StudioRevealEvent;
    expect(event.path).to.equal('title');
  });

  it('finds the line and column of a syntax error from the position', () => {
    expect(
      syntaxErrorAt(
        '{\n  "a": 1\n  "b"}',
        new SyntaxError("Expected ',' or '}' after property value in JSON at position 13"),
      ),
    ).to.deep.equal({ line: 3, column: 3 });
  });
});
