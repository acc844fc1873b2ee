import { expect, fixture, html } from '@open-wc/testing';
import { setLocale } from '@svara/elements/localization';
import { expectNoAxeViolations } from '../../../../../test/a11y/axe.js';
import { accessibilityTree, findNodes, getByRole } from '../../../../../test/a11y/a11y-tree.js';
import type { SvaraResults } from './results.js';
import { byGroup, fewAnswers, resultsExamples } from './results.examples.js';
import type { ResultsExample } from './results.examples.js';
import './results.define.js';

const HIDDEN = 'färre än 5 svar — visas inte för att skydda de som svarat';

/** Text as a reader sees it: no-break spaces as spaces, runs of white space collapsed. */
const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

async function renderExample(example: ResultsExample): Promise<SvaraResults> {
  await setLocale(example.locale ?? 'sv');
  const wrapper = await fixture<HTMLElement>(html`<div>${example.render()}</div>`);
  const results = wrapper.querySelector<SvaraResults>('svara-results')!;
  await results.updateComplete;
  return results;
}

function tables(results: SvaraResults): HTMLTableElement[] {
  return [...results.shadowRoot!.querySelectorAll('table')];
}

/** The table as rows of cell texts (header row first). */
function cells(table: HTMLTableElement): string[][] {
  return [...table.rows].map((row) => [...row.cells].map((cell) => plain(cell.textContent)));
}

afterEach(async () => {
  await setLocale('sv');
});

describe('<svara-results>', () => {
  describe('every example', () => {
    for (const [name, example] of Object.entries(resultsExamples)) {
      it(`${name}: has no axe violations`, async () => {
        const results = await renderExample(example);
        expect(tables(results).length).to.be.greaterThan(0);
        await expectNoAxeViolations(results);
      });
    }
  });

  it('shows the title and how many answered, of how many invited, with the response rate', async () => {
    const results = await renderExample(resultsExamples.overall);
    const root = results.shadowRoot!;
    expect(plain(root.querySelector('h2')?.textContent)).to.equal('Vad tyckte du om att träffa oss?');
    expect(plain(root.querySelector('[part="summary"]')?.textContent)).to.equal('42 av 120 svarade (35 %)');
  });

  it("the table's cells equal the data: counts with percentages of those who answered, and n", async () => {
    const results = await renderExample(resultsExamples.overall);
    const [, choice] = tables(results);
    expect(cells(choice!)).to.deep.equal([
      ['Svar', 'Alla'],
      ['Ja', '30 (71 %)'],
      ['Delvis', '7 (17 %)'],
      ['Nej', '0 (0 %)'],
      ['Vet inte', '5 (12 %)'],
      ['Vill inte svara', '0 (0 %)'],
      ['Svarade på frågan', '42'],
    ]);
    expect(plain(choice!.caption?.textContent)).to.equal('Lyssnade vi på dig? (antal svar och andel)');
    // Row and column headers are real headers.
    expect(
      [...choice!.querySelectorAll('th[scope="row"]')].map((th) => plain(th.textContent)),
    ).to.include.members(['Ja', 'Vet inte', 'Vill inte svara']);
    expect(choice!.querySelectorAll('th[scope="col"]')).to.have.length(2);
  });

  it('keeps "Vet inte" and "Vill inte svara" apart from the answers, in table and chart', async () => {
    const results = await renderExample(resultsExamples.overall);
    const [, choice] = tables(results);
    const bodies = [...choice!.tBodies].map((body) =>
      [...body.rows].map((row) => plain(row.cells[0]!.textContent)),
    );
    expect(bodies[0]).to.deep.equal(['Ja', 'Delvis', 'Nej']);
    expect(bodies[1]).to.deep.equal(['Vet inte', 'Vill inte svara']);
    const chart = results.shadowRoot!.querySelectorAll('[part="chart"]')[1]!;
    const apart = [...chart.querySelectorAll('.apart-rows .label')].map((l) => plain(l.textContent));
    expect(apart).to.deep.equal(['Vet inte', 'Vill inte svara']);
  });

  it('a hidden count reads as the plain sentence, never as a number, a 0 or a blank', async () => {
    const results = await renderExample(resultsExamples.overall);
    const [smiley] = tables(results);
    const rows = cells(smiley!);
    expect(rows[1]).to.deep.equal(['Mycket ledsen', HIDDEN]);
    expect(rows[2]).to.deep.equal(['Ledsen', HIDDEN]);
    expect(rows[3]).to.deep.equal(['Mittemellan', '6 (14 %)']);
    // In the chart: the sentence instead of a bar and a value.
    const chart = results.shadowRoot!.querySelector('[part="chart"]')!;
    const firstRow = chart.querySelector('.row')!;
    expect(plain(firstRow.textContent)).to.equal(`Mycket ledsen ${HIDDEN}`);
    expect(firstRow.querySelector('svg')).to.equal(null);
    expect(plain(firstRow.textContent).replace(HIDDEN, '')).not.to.match(/\d/);
  });

  it('hides the number of respondents and every count in words when few answered', async () => {
    const results = await renderExample(resultsExamples.fewAnswers);
    const root = results.shadowRoot!;
    expect(plain(root.querySelector('[part="summary"]')?.textContent)).to.equal(HIDDEN);
    const [table] = tables(results);
    for (const row of cells(table!).slice(1)) expect(row[1]).to.equal(HIDDEN);
    expect(root.querySelectorAll('svg.bar')).to.have.length(0);
    expect(plain(root.querySelector('h4')?.textContent)).to.equal('Hemma');
  });

  it('shows a face beside each answer of a smiley scale, decorative', async () => {
    const results = await renderExample(resultsExamples.overall);
    const chart = results.shadowRoot!.querySelector('[part="chart"]')!;
    const faces = [...chart.querySelectorAll('svara-pictogram')];
    expect(faces.map((f) => f.getAttribute('builtin'))).to.deep.equal([
      'face-very-sad',
      'face-sad',
      'face-neutral',
      'face-happy',
      'face-very-happy',
    ]);
    for (const face of faces) expect(face.hasAttribute('decorative')).to.equal(true);
  });

  it('draws bars as long as their share, and shows the mean where the scale is ordinal', async () => {
    const results = await renderExample(resultsExamples.byGroup);
    const chart = results.shadowRoot!.querySelector('[part="chart"]')!;
    const widths = [...chart.querySelectorAll('rect')].map((rect) => rect.getAttribute('width'));
    // 0, 5, 9, 10 and 45 of 69
    expect(widths.map((w) => Math.round(parseFloat(w!)))).to.deep.equal([0, 7, 13, 14, 65]);
    expect(plain(chart.querySelector('.mean')?.textContent)).to.equal('Medelvärde: 4,38');
  });

  it('never shows free-text questions', async () => {
    const results = await renderExample(resultsExamples.overall);
    expect(results.shadowRoot!.textContent).not.to.contain('Vill du säga något mer?');
    expect(results.shadowRoot!.querySelectorAll('[part="question"]')).to.have.length(3);
  });

  describe('split by a breakdown question', () => {
    it('has one chart per group after everyone, and one table with a column per group', async () => {
      const results = await renderExample(resultsExamples.byGroup);
      const first = results.shadowRoot!.querySelector('[part="question"]')!;
      const titles = [...first.querySelectorAll('.chart-title')].map((t) => plain(t.textContent));
      expect(titles).to.deep.equal(['Alla · 69 svar', 'Flicka · 31 svar', 'Pojke · 33 svar']);
      expect(cells(first.querySelector('table')!)).to.deep.equal([
        ['Svar', 'Alla', 'Flicka', 'Pojke'],
        ['Mycket ledsen', '0 (0 %)', '0 (0 %)', '0 (0 %)'],
        ['Ledsen', '5 (7 %)', HIDDEN, HIDDEN],
        ['Mittemellan', '9 (13 %)', HIDDEN, '5 (15 %)'],
        ['Glad', '10 (14 %)', '6 (19 %)', HIDDEN],
        ['Mycket glad', '45 (65 %)', '19 (61 %)', '24 (73 %)'],
        ['Svarade på frågan', '69', '31', '33'],
      ]);
      expect(plain(results.shadowRoot!.querySelector('.by')?.textContent)).to.contain(
        'Uppdelat efter svaret på frågan: Är du …',
      );
    });

    it('says so when a question cannot be split safely, and shows everyone only', async () => {
      const results = await renderExample(resultsExamples.byGroup);
      const second = results.shadowRoot!.querySelectorAll('[part="question"]')[1]!;
      expect(plain(second.querySelector('.note')?.textContent)).to.equal(
        'Den här frågan kan inte visas uppdelad utan att enskildas svar skulle kunna räknas ut.',
      );
      expect(cells(second.querySelector('table')!)[0]).to.deep.equal(['Svar', 'Alla']);
    });
  });

  it('gives screen readers the table with its headers and each chart as a named image', async () => {
    await renderExample(resultsExamples.byGroup);
    const tree = await accessibilityTree();
    getByRole(tree, 'table', /^Jag vet varför vi träffades\./);
    getByRole(tree, 'columnheader', 'Flicka');
    getByRole(tree, 'rowheader', 'Mycket glad');
    // Chromium's tree calls role="img" "image".
    const chart = getByRole(
      tree,
      'image',
      /^Stapeldiagram, Jag vet varför vi träffades\., Flicka, 31 svar\./,
    );
    expect(plain(chart.name)).to.contain('Mycket glad: 19 (61 %)');
    expect(plain(chart.name)).to.contain(`Ledsen: ${HIDDEN}`);
    // The faces inside are decorative: no extra images named by them.
    expect(findNodes(tree, (n) => n.role === 'image' && n.name === 'Mycket glad')).to.have.length(0);
  });

  it('in Arabic: right to left, translated words, numbers formatted for Arabic, Swedish texts left to right', async () => {
    const results = await renderExample(resultsExamples.arabic);
    expect(results.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(results).direction).to.equal('rtl');
    const root = results.shadowRoot!;
    const summary = plain(root.querySelector('[part="summary"]')?.textContent);
    expect(summary).to.contain(new Intl.NumberFormat('ar').format(69));
    expect(summary).not.to.contain('svarade');
    // Question texts the survey has no Arabic for stay Swedish, marked as such.
    const heading = root.querySelector('h3')!;
    expect(heading.getAttribute('lang')).to.equal('sv');
    expect(getComputedStyle(heading).direction).to.equal('ltr');
    const bar = root.querySelector<SVGElement>('svg.bar')!;
    expect(getComputedStyle(bar).transform).not.to.equal('none');
  });

  it('in English: the words and the texts the survey has in English', async () => {
    const results = await renderExample(resultsExamples.english);
    const root = results.shadowRoot!;
    expect(plain(root.querySelector('[part="summary"]')?.textContent)).to.equal('42 of 120 answered (35%)');
    expect(plain(root.querySelector('h3')?.textContent)).to.equal('I know why we met.');
    expect(cells(tables(results)[1]!)[4]).to.deep.equal(['Don’t know', '5 (12%)']);
  });

  it('reflows at 320 px: nothing but a wide table scrolls sideways', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px"><svara-results .data=${byGroup}></svara-results></div>`,
    );
    const results = wrapper.querySelector<SvaraResults>('svara-results')!;
    await results.updateComplete;
    expect(results.scrollWidth).to.be.at.most(320);
    for (const chart of results.shadowRoot!.querySelectorAll<HTMLElement>('[part="chart"]')) {
      expect(chart.scrollWidth).to.be.at.most(320);
    }
  });

  describe('src', () => {
    const realFetch = window.fetch;
    let calls: { url: string; init?: RequestInit }[] = [];
    beforeEach(() => {
      calls = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        calls.push({ url: String(input), ...(init ? { init } : {}) });
        const ok = !String(input).includes('missing');
        return Promise.resolve(
          new Response(ok ? JSON.stringify(fewAnswers) : '{}', {
            status: ok ? 200 : 404,
            headers: { 'content-type': 'application/json' },
          }),
        );
      };
    });
    afterEach(() => {
      window.fetch = realFetch;
    });

    it('fetches src with ?by=, without credentials, and shows what came back', async () => {
      const results = await fixture<SvaraResults>(
        html`<svara-results src="https://svar.example/api/surveys/x/results" by="kon"></svara-results>`,
      );
      await waitFor(() => results.shadowRoot!.querySelector('table') !== null);
      expect(calls).to.have.length(1);
      expect(calls[0]!.url).to.equal('https://svar.example/api/surveys/x/results?by=kon');
      expect(calls[0]!.init?.credentials).to.equal('omit');
      expect(plain(results.shadowRoot!.querySelector('[part="summary"]')?.textContent)).to.equal(HIDDEN);
    });

    it('says plainly when the results cannot be loaded', async () => {
      const results = await fixture<SvaraResults>(
        html`<svara-results src="https://svar.example/api/surveys/missing/results"></svara-results>`,
      );
      await waitFor(() => results.shadowRoot!.textContent!.includes('kunde inte'));
      expect(plain(results.shadowRoot!.querySelector('[part="status"]')?.textContent)).to.equal(
        'Resultaten kunde inte hämtas. Försök igen senare.',
      );
    });
  });
});

async function waitFor(condition: () => boolean, timeout = 2000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
