import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { SvaraChoice, SvaraDate, SvaraText } from '@svara/elements';
import { exampleApi, exampleBackend, exampleUnits } from '../../example-api.js';
import type { SvaraStudioRounds } from './rounds.js';
import { stockholmToday, unitPath } from './rounds.js';
import { roundsExamples } from './rounds.examples.js';
import type { RoundsExample } from './rounds.examples.js';
import { smallTargets } from '../../internal/layout-checks.js';
import './rounds.define.js';

async function renderExample(example: RoundsExample): Promise<SvaraStudioRounds> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioRounds>(example.render());
  await waitUntil(() => element.shadowRoot!.querySelector('h2, p'), 'never rendered');
  await new Promise((resolve) => setTimeout(resolve, 50));
  await element.updateComplete;
  return element;
}

describe('svara-studio-rounds', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(roundsExamples) as [string, RoundsExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('shows responses and response rate per unit, counts only', async () => {
    const element = await renderExample(roundsExamples.open);
    const rows = [...element.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      tr.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal([
      'Kungsholmen › Socialtjänstavdelningen › Familjeenheten 41 60 68 %',
      'Södermalm › Familjeenheten Södermalm 16 – –',
    ]);
    expect(element.shadowRoot!.querySelector('tfoot')!.textContent).to.contain('57');
  });

  it('each unit has its link, embed code and poster', async () => {
    const element = await renderExample(roundsExamples.open);
    const links = [...element.shadowRoot!.querySelectorAll('.links li')];
    expect(links).to.have.length(2);
    expect(links[0]!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://svar.stockholm.se/s/familjeenheten-barn/familjeenheten',
    );
    expect(links[0]!.querySelector('textarea')!.value).to.contain('unit="familjeenheten"');
    // A link on its own line is a target of 24 × 24 px (WCAG 2.5.8), not a 22 px line of text.
    expect(smallTargets(element.shadowRoot!, '.links a')).to.deep.equal([]);
    expect([...links[0]!.querySelectorAll('a.button')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '/api/staff/rounds/r1/units/familjeenheten/poster.pdf',
      '/api/staff/rounds/r1/units/familjeenheten/poster.svg',
    ]);
  });

  it('opens a new round in the chosen units with dates', async () => {
    const backend = exampleBackend();
    const element = await fixture<SvaraStudioRounds>(
      html`<svara-studio-rounds
        survey-id="familjeenheten-barn"
        published
        .api=${exampleApi(backend)}
        .me=${backend.me}
        .units=${exampleUnits()}
      ></svara-studio-rounds>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('form'));
    const form = element.shadowRoot!.querySelector('form')!;
    (form.querySelector('[name="name"]') as SvaraText).value = 'Hösten 2027';
    (form.querySelector('[name="opens"]') as SvaraDate).value = '2027-09-01';
    (form.querySelector('[name="closes"]') as SvaraDate).value = '2027-10-31';
    const units = form.querySelector('svara-choice') as SvaraChoice;
    units.values = ['familjeenheten', 'stodenheten'];
    units.dispatchEvent(new Event('change'));
    await element.updateComplete;
    await Promise.all(
      [...form.querySelectorAll('svara-text, svara-date, svara-choice')].map(
        (el) => (el as SvaraText).updateComplete,
      ),
    );
    form.requestSubmit();
    await waitUntil(() => backend.rounds.length === 2, 'no round was created');
    expect(backend.rounds[1]).to.deep.include({
      name: 'Hösten 2027',
      opens: '2027-09-01',
      closes: '2027-10-31',
    });
    expect(backend.rounds[1]!.units.map((u) => u.unitId)).to.deep.equal(['familjeenheten', 'stodenheten']);
  });

  it('names units by their place in the tree, and today by Stockholm’s calendar', () => {
    const units = exampleUnits();
    expect(
      unitPath(
        units.find((u) => u.id === 'familjeenheten')!,
        units,
      ),
    ).to.equal('Kungsholmen › Socialtjänstavdelningen › Familjeenheten');
    expect(stockholmToday(new Date('2027-03-31T22:30:00Z'))).to.equal('2027-04-01');
  });
});
