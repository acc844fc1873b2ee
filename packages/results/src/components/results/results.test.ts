import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { fakeSpeech } from '@svara/testing/fake-speech';
import { saveScreenshot } from '@svara/testing/screenshot';
import { setLocale } from '@svara/elements/localization';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { accessibilityTree, findNodes, getByRole } from '@svara/testing/a11y-tree';
import type { Results, TableResult } from '@svara/schema';
import type { SvaraResults } from './results.js';
import { byGroup, fewAnswers, resultsExamples, roundSnapshot } from './results.examples.js';
import type { ResultsExample } from './results.examples.js';
import './results.define.js';

const HIDDEN = 'färre än 5 svar — visas inte för att skydda de som svarat';
/** A hidden count in a table cell (the note below the table says why). */
const NOT_SHOWN = 'Visas inte';

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

/** A cell's text as assistive technology reads it (without the column name repeated for narrow screens). */
function cellText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
  return plain(copy.textContent);
}

/** The table as rows of cell texts (header row first). */
function cells(table: HTMLTableElement): string[][] {
  return [...table.rows].map((row) => [...row.cells].map(cellText));
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

  it('"Hur svaren gavs": how many answered alone, with support, in an interview, and a column per mode', async () => {
    const first = byGroup.questions.find((q) => q.published && q.type !== 'scale-group') as TableResult;
    const hiddenColumn = {
      n: null,
      counts: first.total.counts.map((c) => ({ value: c.value, count: null })),
    };
    const data: Results = {
      ...byGroup,
      modes: [
        { mode: 'self', count: 40 },
        { mode: 'with-support', count: 9 },
        { mode: 'interviewer', count: null },
      ],
      questions: byGroup.questions.map((q) =>
        q === first
          ? {
              ...first,
              modes: [
                { mode: 'self', ...first.total },
                { mode: 'with-support', ...hiddenColumn },
              ],
            }
          : q,
      ),
    };
    const results = await fixture<SvaraResults>(html`<svara-results .data=${data}></svara-results>`);
    const root = results.shadowRoot!;
    const modes = root.querySelector('table.modes')!;
    expect(plain(modes.querySelector('caption')?.textContent)).to.equal('Hur svaren gavs');
    expect([...modes.querySelectorAll('tbody tr')].map((tr) => plain(tr.textContent))).to.deep.equal([
      'Själv 40',
      'Med stöd 9',
      'Intervju Visas inte',
    ]);
    const headers = [...root.querySelectorAll('table:not(.modes) thead th')].map((th) =>
      plain(th.textContent),
    );
    expect(headers).to.include.members(['Själv', 'Med stöd']);
    await expectNoAxeViolations(results);
    await setLocale('en');
    await results.updateComplete;
    expect(plain(root.querySelector('table.modes caption')?.textContent)).to.equal(
      'How the answers were given',
    );
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
    expect(rows[1]).to.deep.equal(['Mycket ledsen', NOT_SHOWN]);
    expect(rows[2]).to.deep.equal(['Ledsen', NOT_SHOWN]);
    // The note below the table says why, and describes the table for screen readers.
    const note = results.shadowRoot!.getElementById(smiley!.getAttribute('aria-describedby')!);
    expect(plain(note?.textContent)).to.equal(
      'Visas inte: färre än 5 svar, eller ett tal som skulle avslöja ett sådant.',
    );
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
    for (const row of cells(table!).slice(1)) expect(row[1]).to.equal(NOT_SHOWN);
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
        ['Ledsen', '5 (7 %)', NOT_SHOWN, NOT_SHOWN],
        ['Mittemellan', '9 (13 %)', NOT_SHOWN, '5 (15 %)'],
        ['Glad', '10 (14 %)', '6 (19 %)', NOT_SHOWN],
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

  it('at 320 px each table row stacks: the answer, then each column by name; still a table with its headers', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px"><svara-results .data=${byGroup}></svara-results></div>`,
    );
    const results = wrapper.querySelector<SvaraResults>('svara-results')!;
    await results.updateComplete;
    const table = tables(results).find((t) => t.querySelectorAll('thead th').length > 2)!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => plain(th.textContent));
    expect(headers.slice(1)).to.deep.equal(['Alla', 'Flicka', 'Pojke']);
    // The column headers are out of sight but still the table's headers; the cells are cells of rows.
    expect(table.querySelector('thead')!.getBoundingClientRect().width).to.be.at.most(1);
    expect(table.getAttribute('role')).to.equal('table');
    const row = table.querySelector('tbody tr')!;
    expect(row.getAttribute('role')).to.equal('row');
    const tds = [...row.querySelectorAll('td')];
    expect(tds.map((td) => td.getAttribute('role'))).to.deep.equal(['cell', 'cell', 'cell']);
    // Each cell shows its column's name beside its number, on one line as wide as the table.
    const width = table.getBoundingClientRect().width;
    expect(width).to.be.at.most(320);
    for (const [i, td] of tds.entries()) {
      const label = td.querySelector<HTMLElement>('.cell-label')!;
      expect(plain(label.textContent)).to.equal(headers[i + 1]);
      expect(getComputedStyle(label).display).to.not.equal('none');
      expect(td.getBoundingClientRect().width).to.be.greaterThan(width - 4);
      expect(td.getBoundingClientRect().height, 'one line').to.be.lessThan(40);
    }
    // Wide enough, the table is a table again (and the names in the cells are not shown).
    wrapper.style.width = '900px';
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect(getComputedStyle(tds[0]!).display).to.equal('table-cell');
    expect(getComputedStyle(tds[0]!.querySelector('.cell-label')!).display).to.equal('none');
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

    it('asks the collector for the whole snapshot with compare="units", and for a trend with compare="rounds"', async () => {
      const units = await fixture<SvaraResults>(
        html`<svara-results
          src="https://svar.example/api/surveys/x/results"
          unit="soder-fam"
          compare="units"
        ></svara-results>`,
      );
      await waitFor(() => calls.length === 1);
      expect(calls[0]!.url).to.equal(
        'https://svar.example/api/surveys/x/results?unit=soder-fam&compare=units',
      );
      units.compare = 'rounds';
      await waitFor(() => calls.length === 2);
      expect(calls[1]!.url).to.equal(
        'https://svar.example/api/surveys/x/results?unit=soder-fam&compare=rounds',
      );
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

  describe('a unit of a round', () => {
    it('names the unit and the round, and shows answers merged to protect the few', async () => {
      const results = await renderExample(resultsExamples.unit);
      const root = results.shadowRoot!;
      expect(plain(root.querySelector('[part="where"]')?.textContent)).to.equal(
        'Familjeenheten Södermalm · Omgång 2026 (1 mars 2026 – 31 mars 2026)',
      );
      expect(plain(root.querySelector('[part="summary"]')?.textContent)).to.equal('38 svarade');
      const question = root.querySelector('[part="question"]')!;
      expect(plain(question.querySelector('.note')?.textContent)).to.equal(
        'Några svar visas tillsammans, så att ingen kan räknas ut: Ledsen eller mycket ledsen.',
      );
      expect(cells(question.querySelector('table')!)).to.deep.equal([
        ['Svar', 'Alla', 'Flicka', 'Pojke'],
        ['Ledsen eller mycket ledsen', '6 (16 %)', NOT_SHOWN, NOT_SHOWN],
        ['Mittemellan', '6 (16 %)', NOT_SHOWN, NOT_SHOWN],
        ['Glad', '12 (32 %)', '7 (35 %)', '5 (28 %)'],
        ['Mycket glad', '14 (37 %)', '8 (40 %)', '6 (33 %)'],
        ['Vet inte', '0 (0 %)', '0 (0 %)', '0 (0 %)'],
        ['Svarade på frågan', '38', '20', '18'],
      ]);
    });

    it('a group where too few answered says so instead of a chart, and in every cell of its column', async () => {
      const results = await fixture<SvaraResults>(
        html`<svara-results unit="soder-ung" .data=${roundSnapshot}></svara-results>`,
      );
      await results.updateComplete;
      const root = results.shadowRoot!;
      // Fewer than 5 of Ungdomsenheten's girls answered this question: no chart, and its n is hidden too.
      const titles = [...root.querySelectorAll('.chart-title')].map((t) => plain(t.textContent));
      expect(titles).to.deep.equal(['Alla · 23 svar', `Flicka · ${HIDDEN}`, 'Pojke · 11 svar']);
      const charts = [...root.querySelectorAll('[part="chart"]')];
      expect(plain(charts[1]!.querySelector('.too-few')?.textContent)).to.equal(
        'För få svar (färre än 5) — svaren visas inte.',
      );
      expect(charts[1]!.querySelectorAll('svg.bar')).to.have.length(0);
      expect(plain(charts[1]!.getAttribute('aria-label'))).to.contain('För få svar (färre än 5)');
      const rows = cells(root.querySelector('table')!);
      for (const row of rows.slice(1, -1)) expect(row[2]).to.equal('För få svar');
    });

    it('"Ni sa – vi gör": what was heard, what will be done, by whom, its status in words, and last round\'s', async () => {
      const results = await renderExample(resultsExamples.unit);
      const root = results.shadowRoot!;
      const headings = [...root.querySelectorAll('.actions h3')].map((h) => plain(h.textContent));
      expect(headings).to.deep.equal([
        'Ni sa – vi gör',
        'Förra omgången (2025) sa ni – det här har vi gjort',
      ]);
      const [now, before] = [...root.querySelectorAll('[part="action"]')];
      expect(plain(now!.textContent)).to.contain('Ni sa: Många av er visste inte varför vi träffades.');
      expect(plain(now!.textContent)).to.contain('Vi gör: Före första mötet skickar vi en bildberättelse');
      expect(plain(now!.querySelector('.status')?.textContent)).to.equal(
        'Pågår · september 2026 · Ansvarig: Enhetschefen',
      );
      expect(plain(now!.querySelector('.about-questions')?.textContent)).to.equal(
        'Om frågan: Jag vet varför vi träffades.',
      );
      expect([...before!.querySelectorAll('.history li')].map((li) => plain(li.textContent))).to.deep.equal([
        '2 juni 2025: Pågår',
        '20 november 2025: Klar',
      ]);
      // The status marks differ by shape, not only by colour (they are hidden from screen readers: the word says it).
      const mark = (el: Element) => getComputedStyle(el.querySelector('.status-mark')!).backgroundImage;
      expect(mark(now!)).to.contain('gradient');
      expect(getComputedStyle(before!.querySelector('.status-mark')!).backgroundColor).not.to.equal(
        'rgba(0, 0, 0, 0)',
      );
    });
  });

  describe('compare', () => {
    it('units: the unit beside the units next to it and its parent, in one table', async () => {
      const results = await renderExample(resultsExamples.compareUnits);
      const root = results.shadowRoot!;
      expect(plain(root.querySelector('.compare h3')?.textContent)).to.equal(
        'Familjeenheten Södermalm bredvid andra enheter',
      );
      const table = cells(root.querySelector('.compare table')!);
      expect(table[0]).to.deep.equal([
        'Svar',
        'Familjeenheten Södermalm',
        'Ungdomsenheten Södermalm',
        'Södermalm',
      ]);
      expect(table.at(-1)).to.deep.equal(['Svarade på frågan', '38', '23', '61']);
      // Familjeenheten shows its sad answers together; the others' rows for them stay hidden.
      expect(table.find((row) => row[0] === 'Ledsen eller mycket ledsen')).to.deep.equal([
        'Ledsen eller mycket ledsen',
        '6 (16 %)',
        NOT_SHOWN,
        NOT_SHOWN,
      ]);
      const names = [...root.querySelectorAll('.compare [part="chart"]')].map((c) =>
        c.getAttribute('aria-label'),
      );
      expect(names).to.have.length(3);
      expect(plain(names[2])).to.match(/^Stapeldiagram, Jag vet varför vi träffades\., Södermalm, 61 svar\./);
    });

    it('rounds: one value per round, too few said in words, the reworded round marked', async () => {
      const results = await renderExample(resultsExamples.compareRounds);
      const root = results.shadowRoot!;
      expect(plain(root.querySelector('[part="where"]')?.textContent)).to.equal(
        'Familjeenheten Södermalm över tid',
      );
      expect(cells(root.querySelector('table')!)).to.deep.equal([
        ['Omgång', 'Andel Glad eller mycket glad', 'Svarade'],
        ['2024', 'För få svar', NOT_SHOWN],
        ['2025', '58 %', '31'],
        ['2026 (omformulerad)', '68 %', '38'],
      ]);
      expect(plain(root.querySelector('.note')?.textContent)).to.equal(
        'Frågan formulerades om. Jämför med försiktighet: 2026: Jag vet varför vi träffades.',
      );
      const chart = root.querySelector('[part="chart"]')!;
      expect(plain(chart.getAttribute('aria-label'))).to.equal(
        'Stapeldiagram över tid, Jag vet varför vi träffades., andel Glad eller mycket glad. 2024: För få svar (färre än 5) — svaren visas inte.; 2025: 58 %; 2026: 68 % (omformulerad).',
      );
    });
  });

  describe('for children (audience="child")', () => {
    it('short sentences with the faces they answered with, hidden counts in plain words, actions in plain words', async () => {
      const results = await renderExample(resultsExamples.child);
      const root = results.shadowRoot!;
      expect(plain(root.querySelector('[part="summary"]')?.textContent)).to.equal('38 svarade.');
      const sentences = [...root.querySelectorAll('.sentences li')].map((li) => plain(li.textContent));
      expect(sentences).to.deep.equal([
        '6 av 38 valde ledsen eller mycket ledsen.',
        '6 av 38 valde mittemellan.',
        '12 av 38 valde glad.',
        '14 av 38 valde mycket glad.',
        'Ingen valde vet inte.',
      ]);
      const faces = [...root.querySelectorAll('.sentences svara-pictogram')].map((f) =>
        f.getAttribute('builtin'),
      );
      expect(faces).to.deep.equal([
        'face-very-sad',
        'face-sad',
        'face-neutral',
        'face-happy',
        'face-very-happy',
      ]);
      // Faces as large as a 44 px target.
      expect(
        root.querySelector<HTMLElement>('.sentences svara-pictogram')!.getBoundingClientRect().height,
      ).to.be.at.least(44);
      expect(plain(root.querySelector('[part="action"]')?.textContent)).to.contain(
        'Vi gör: Vi berättar med bilder varför vi ska träffas.',
      );
      // The data table is still there.
      expect(cells(root.querySelector('table')!)[0]).to.deep.equal(['Svar', 'Alla']);
    });

    it('"Lyssna" reads the question and each sentence aloud (fake speech), and a second press stops', async () => {
      const speech = fakeSpeech();
      await setLocale('sv');
      const results = await fixture<SvaraResults>(
        html`<svara-results
          audience="child"
          unit="soder-fam"
          .data=${roundSnapshot}
          .speech=${speech.environment}
        ></svara-results>`,
      );
      await results.updateComplete;
      const button = results.shadowRoot!.querySelector<HTMLButtonElement>('[part="listen"]')!;
      expect(plain(button.textContent)).to.equal('Lyssna');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await new Promise((r) => setTimeout(r, 50));
      await results.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      speech.finishAll();
      await results.updateComplete;
      expect(speech.spoken.map((u) => u.text)).to.deep.equal([
        'Jag vet varför vi träffades.',
        '6 av 38 valde ledsen eller mycket ledsen.',
        '6 av 38 valde mittemellan.',
        '12 av 38 valde glad.',
        '14 av 38 valde mycket glad.',
        'Ingen valde vet inte.',
      ]);
      expect(speech.spoken.every((u) => u.lang.startsWith('sv'))).to.equal(true);
      await sendKeys({ press: 'Space' });
      await new Promise((r) => setTimeout(r, 50));
      await sendKeys({ press: 'Space' });
      await results.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(speech.calls).to.include('cancel');
    });
  });

  describe('320 px, forced colours, Arabic', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ forcedColors: 'none' });
    });

    for (const [name, example] of Object.entries(resultsExamples)) {
      it(`${name}: at 320 px nothing is clipped; a table that must scroll can be reached and is named`, async () => {
        await setViewport({ width: 320, height: 640 });
        const results = await renderExample(example);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        await results.updateComplete;
        await saveScreenshot(`results-${name}-320`, 'svara-results');
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
        for (const box of results.shadowRoot!.querySelectorAll<HTMLElement>('.table-scroll')) {
          if (box.scrollWidth > box.clientWidth + 1) {
            expect(box.getAttribute('tabindex')).to.equal('0');
            expect(box.getAttribute('role')).to.equal('region');
          }
        }
        await expectNoAxeViolations(results);
      });
    }

    for (const name of ['unit', 'compareRounds', 'child', 'arabicUnit'] as const) {
      it(`${name}: at 1280 px (screenshot for people to look at)`, async () => {
        await setViewport({ width: 1280, height: 900 });
        const results = await renderExample(resultsExamples[name]);
        expect(results.getBoundingClientRect().width).to.be.greaterThan(300);
        await saveScreenshot(`results-${name}-1280`, 'svara-results');
      });
    }

    it('forced colours: bars, marks and borders in system colours; axe still passes', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const results = await renderExample(resultsExamples.unit);
      await saveScreenshot('results-unit-forced-colours', 'svara-results');
      const rect = results.shadowRoot!.querySelector('svg.bar rect')!;
      const text = getComputedStyle(results).color;
      expect(getComputedStyle(rect).fill).to.equal(text);
      // The status marks keep their shapes: half filled (pågår) and filled (klar).
      const marks = [...results.shadowRoot!.querySelectorAll('.status-mark')].map((m) => getComputedStyle(m));
      expect(marks[0]!.backgroundImage).to.contain('gradient');
      expect(marks[1]!.backgroundColor).to.equal(text);
      await expectNoAxeViolations(results);
    });

    it('Arabic: right to left; the Swedish unit name, questions and actions marked lang="sv" dir="ltr"', async () => {
      const results = await renderExample(resultsExamples.arabicUnit);
      const root = results.shadowRoot!;
      expect(getComputedStyle(results).direction).to.equal('rtl');
      const unitName = root.querySelector('[part="where"] span')!;
      expect(unitName.getAttribute('lang')).to.equal('sv');
      expect(getComputedStyle(unitName).direction).to.equal('ltr');
      expect(plain(root.querySelector('.actions h3')?.textContent)).to.equal('قلتم – نحن نفعل');
      const heard = root.querySelector('[part="action"] p span')!;
      expect(heard.getAttribute('lang')).to.equal('sv');
      expect(getComputedStyle(heard).direction).to.equal('ltr');
      expect(plain(root.querySelector('.table-note')?.textContent)).to.contain('لا يُعرض');
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
