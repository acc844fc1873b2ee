import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { saveScreenshot } from '@svara/testing/screenshot';
import { setLocale } from '@svara/elements/localization';
import type { SvaraChoice, SvaraText } from '@svara/elements';
import { exampleApi, exampleBackend, exampleUnits, withClosedRound } from '../../example-api.js';
import type { SvaraStudioResults } from './results.js';
import { exampleSurvey, resultsExamples } from './results.examples.js';
import type { ResultsExample } from './results.examples.js';
import { smallTargets } from '../../internal/layout-checks.js';
import './results.define.js';

async function settle(element: SvaraStudioResults): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await element.updateComplete;
}

async function renderExample(example: ResultsExample): Promise<SvaraStudioResults> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioResults>(example.render());
  await waitUntil(() => element.shadowRoot!.querySelector('#snapshot-heading'), 'never rendered');
  await settle(element);
  return element;
}

const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('svara-studio-results', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('axe on every example, at 320 and 1280 px', () => {
    for (const [key, example] of Object.entries(resultsExamples) as [string, ResultsExample][]) {
      it(`${key}: no violations`, async () => {
        for (const width of [320, 1280]) {
          await setViewport({ width, height: 900 });
          const element = await renderExample(example);
          await expectNoAxeViolations(element);
          await saveScreenshot(`studio-results-${key}-${width}`);
          expect(document.documentElement.scrollWidth, `no sideways scrolling at ${width}`).to.be.at.most(
            width,
          );
        }
      });
    }
  });

  it('publishes a closed round by keyboard, after a confirmation, and shows what the audit hid', async () => {
    const backend = withClosedRound(exampleBackend());
    await setLocale('sv');
    const element = await fixture<SvaraStudioResults>(
      html`<svara-studio-results
        survey-id="familjeenheten-barn"
        .api=${exampleApi(backend)}
        .me=${backend.me}
        .units=${exampleUnits()}
        .survey=${exampleSurvey()}
      ></svara-studio-results>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('#snapshot-heading'));
    await settle(element);
    expect(text(element.shadowRoot!.querySelector('#snapshot-heading'))).to.equal('Hösten 2026');
    const asked: string[] = [];
    const original = window.confirm;
    window.confirm = (message?: string) => (asked.push(String(message)), true);
    try {
      const publish = [...element.shadowRoot!.querySelectorAll('button')].find(
        (b) => text(b) === 'Publicera resultaten',
      )!;
      publish.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => backend.rounds.find((r) => r.id === 'r0')!.status === 'published');
      await settle(element);
    } finally {
      window.confirm = original;
    }
    expect(asked[0]).to.contain('kan inte ändras efteråt');
    const section = element.shadowRoot!.querySelector('section[aria-labelledby="snapshot-heading"]')!;
    expect(text(section)).to.contain('12 av 184 siffror visas inte');
    expect(section.querySelector('a')!.getAttribute('href')).to.equal('/r/familjeenheten-barn/r0');
    // The page and open-data links stand alone in a list: targets of 24 × 24 px (WCAG 2.5.8).
    expect(smallTargets(section, '.result-links a')).to.deep.equal([]);
    expect(section.querySelectorAll('.result-links a')).to.have.length(3);
    expect(element.shadowRoot!.activeElement?.id).to.equal('snapshot-heading');
    expect(text(element.shadowRoot!.querySelector('[role="status"]'))).to.contain('är publicerade');
  });

  it('"Ni sa – vi gör": adds an action for a unit, tied to a question; a missing text is said plainly', async () => {
    const backend = withClosedRound(exampleBackend());
    const element = await renderExample({
      title: '',
      description: '',
      render: () =>
        html`<svara-studio-results
          survey-id="familjeenheten-barn"
          .api=${exampleApi(backend)}
          .me=${backend.me}
          .units=${exampleUnits()}
          .survey=${exampleSurvey()}
        ></svara-studio-results>`,
    });
    const form = element.shadowRoot!.querySelector('form.stack') as HTMLFormElement;
    const field = <T extends Element>(name: string) => form.querySelector(`[name="${name}"]`) as unknown as T;
    // Nothing written: the error summary names each missing field, and nothing is sent.
    form.requestSubmit();
    const summary = form.querySelector('svara-error-summary')!;
    await waitUntil(() => text(summary.shadowRoot).includes('Ni sa'), 'no error summary');
    expect(text(summary.shadowRoot)).to.contain('Vi gör');
    expect(backend.actions).to.have.length(1);
    field<SvaraChoice>('unit').value = 'familjeenheten';
    field<SvaraText>('heard').value = 'Några barn tyckte att vi inte lyssnade.';
    field<SvaraChoice>('questions').value = 'lyssnade';
    field<SvaraText>('action').value = 'Vi frågar barnet i slutet av varje möte om det blev hört.';
    field<SvaraText>('responsible').value = 'Socialsekreterare';
    field<SvaraChoice>('status').value = 'planerad';
    await Promise.all(
      [...form.querySelectorAll('svara-text, svara-choice')].map((c) => (c as SvaraText).updateComplete),
    );
    form.requestSubmit();
    await waitUntil(() => backend.actions.length === 2, 'not saved');
    await settle(element);
    const saved = backend.actions[1]!;
    expect(saved).to.include({
      unit: 'familjeenheten',
      status: 'planerad',
      responsible: 'Socialsekreterare',
    });
    expect(saved.questions).to.deep.equal(['lyssnade']);
    const items = [...element.shadowRoot!.querySelectorAll('.actions > li')];
    expect(items).to.have.length(2);
    expect(text(items[1]!.querySelector('h3'))).to.equal('Några barn tyckte att vi inte lyssnade.');
    expect(text(items[1]!)).to.contain('Familjeenheten');
  });

  it('a published action keeps its words; its status changes with a note and the history grows', async () => {
    const backend = withClosedRound(exampleBackend());
    const element = await renderExample({
      ...resultsExamples.published,
      render: () => {
        const round = backend.rounds.find((r) => r.id === 'r0')!;
        round.status = 'published';
        for (const action of backend.actions) action.published = true;
        return html`<svara-studio-results
          survey-id="familjeenheten-barn"
          .api=${exampleApi(backend)}
          .me=${backend.me}
          .units=${exampleUnits()}
          .survey=${exampleSurvey()}
        ></svara-studio-results>`;
      },
    });
    const item = element.shadowRoot!.querySelector('.actions > li')!;
    expect([...item.querySelectorAll('button')].map(text)).to.deep.equal(
      ['Spara status'],
      'no Ta bort once published',
    );
    const select = item.querySelector('select')!;
    select.value = 'klar';
    (item.querySelector('input[name="note"]') as HTMLInputElement).value = 'Gäller från mars.';
    (item.querySelector('form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => backend.actions[0]!.status === 'klar');
    await settle(element);
    expect(backend.actions[0]!.history.at(-1)).to.include({ status: 'klar', note: 'Gäller från mars.' });
    expect(text(element.shadowRoot!.querySelector('.actions > li'))).to.contain('Klar');
  });
});
