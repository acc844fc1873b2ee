import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { accessibilityTree, getByRole } from '@svara/testing/a11y-tree';
import { setLocale } from '@svara/elements/localization';
import type { StudioEditEvent, StudioFocusEvent } from '../../events.js';
import { exampleDraft } from '../../examples.js';
import { getIn, questionsOf } from '../../model/draft.js';
import type { SvaraStudioQuestion } from './question.js';
import { questionExamples } from './question.examples.js';
import type { QuestionExample } from './question.examples.js';
import './question.define.js';

async function renderExample(example: QuestionExample): Promise<SvaraStudioQuestion> {
  await setLocale(example.locale ?? 'sv');
  const question = await fixture<SvaraStudioQuestion>(example.render());
  await question.updateComplete;
  return question;
}

const button = (q: SvaraStudioQuestion, text: RegExp) =>
  [...q.shadowRoot!.querySelectorAll('button')].find((b) =>
    text.test(b.textContent!.replace(/\s+/g, ' ').trim()),
  )!;

describe('svara-studio-question', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(questionExamples) as [string, QuestionExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('the heading is a disclosure button naming the number, type, text and warnings', async () => {
    await renderExample(questionExamples.closed);
    const heading = getByRole(
      await accessibilityTree(),
      'button',
      /^Fråga 2 Skala Socialsekreterarens .* \d+ varningar$/,
    );
    expect(heading.name).to.match(/Fråga 2/);
  });

  it('move, copy and delete are buttons named with the question; delete asks for focus on Ångra', async () => {
    const question = await renderExample(questionExamples.closed);
    const tree = await accessibilityTree();
    for (const name of ['Flytta upp: fråga 2', 'Flytta ned: fråga 2', 'Kopiera: fråga 2', 'Ta bort: fråga 2'])
      getByRole(tree, 'button', name);
    setTimeout(() => button(question, /^Ta bort/).click());
    const event = (await oneEvent(question, 'studio-edit')) as StudioEditEvent;
    expect(questionsOf(event.draft).map((q) => q.question.id)).to.deep.equal(['vet-varfor', 'kon', 'mer']);
    expect(event.announcement).to.contain('Villkoret i fråga 4 pekade på den');
    expect(event.focus?.target).to.equal('undo');
  });

  it('moving up keeps focus on the same button of the moved question', async () => {
    const question = await renderExample(questionExamples.closed);
    button(question, /^Flytta upp/).focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(question, 'studio-edit')) as StudioEditEvent;
    expect(questionsOf(event.draft)[0]!.question.id).to.equal('lyssnade');
    expect(event.focus?.target).to.equal('questions[0]:up');
    expect(event.announcement).to.equal('Fråga 2 är nu fråga 1.');
  });

  it('the question’s text field carries the readability warning; focusing it tells the previews', async () => {
    const question = await renderExample(questionExamples.scale);
    const focused = oneEvent(question, 'studio-focus') as Promise<StudioFocusEvent>;
    question.shadowRoot!.querySelector<HTMLElement>('[data-focus="questions[1].text"]')!.focus();
    expect((await focused).questionId).to.equal('lyssnade');
    const field = getByRole(await accessibilityTree(), 'textbox', 'Frågan eller påståendet');
    expect(field.description).to.contain('Varning: Svår text');
  });

  it('a new question’s id follows its text', async () => {
    const draft = {
      ...exampleDraft(),
      questions: [{ id: 'fraga-1', type: 'scale', scale: 'smiley-5', text: '' }],
    };
    const question = await fixture<SvaraStudioQuestion>(
      html`<svara-studio-question expanded .draft=${draft} .index=${0}></svara-studio-question>`,
    );
    question.shadowRoot!.querySelector<HTMLElement>('[data-focus="questions[0].text"]')!.focus();
    setTimeout(() => void sendKeys({ type: 'J' }));
    const event = (await oneEvent(question, 'studio-edit')) as StudioEditEvent;
    expect(getIn(event.draft, ['questions', 0, 'id'])).to.equal('j');
  });

  it('changing the type keeps the text', async () => {
    const question = await renderExample(questionExamples.choice);
    const select = question.shadowRoot!.querySelector<HTMLSelectElement>('select#type')!;
    select.value = 'multi';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const event = (await oneEvent(question, 'studio-edit')) as StudioEditEvent;
    expect(getIn(event.draft, ['questions', 2, 'type'])).to.equal('multi');
    expect(getIn(event.draft, ['questions', 2, 'text'])).to.deep.equal({ sv: 'Är du', en: 'Are you' });
  });
});
