import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { builtinPictograms } from '@svara/schema';
import { describeExamples } from '@svara/testing/examples';
import { accessibilityTree, findNodes, getByRole } from '@svara/testing/a11y-tree';
import { BROKEN_IMAGE, FIXTURE_BASE } from '@svara/testing/pictograms';
import { arasaacLayout, arasaacUrl, configurePictograms, DEFAULT_ARASAAC_BASE } from '../../arasaac.js';
import { FACE_PICTOGRAMS } from '../../builtin.js';
import type { SvaraPictogram, SvaraPictogramErrorEvent } from './pictogram.js';
import { pictogramExamples } from './pictogram.examples.js';
import './pictogram.define.js';

const art = (el: SvaraPictogram) => el.shadowRoot!.querySelector('svg')!;
const box = (el: SvaraPictogram) => el.shadowRoot!.querySelector<HTMLElement>('[part="box"]')!;

async function loaded(img: HTMLImageElement): Promise<void> {
  if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
}

describe('<svara-pictogram>', () => {
  afterEach(() => configurePictograms({ arasaacBase: DEFAULT_ARASAAC_BASE, arasaacUrl: arasaacLayout }));

  // The images of the ARASAAC and broken-image examples load (or fail) after rendering.
  describeExamples(pictogramExamples, { settle: () => new Promise((resolve) => setTimeout(resolve, 50)) });

  it('draws every builtin name of the schema, each one different', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        ${builtinPictograms.map((name) => html`<svara-pictogram builtin=${name} decorative></svara-pictogram>`)}
      </div>`,
    );
    const drawings = [...el.querySelectorAll<SvaraPictogram>('svara-pictogram')];
    await Promise.all(drawings.map((d) => d.updateComplete));
    const shapes = drawings.map((d) => art(d).innerHTML.replace(/<!--.*?-->/g, ''));
    expect(shapes.every((shape) => /<(path|circle|rect)/.test(shape))).to.be.true;
    expect(new Set(shapes).size, 'no two drawings are alike').to.equal(builtinPictograms.length);
  });

  it('faces differ by shape in greyscale: the mouth of each face is a different path', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        ${FACE_PICTOGRAMS.map((name) => html`<svara-pictogram builtin=${name} decorative></svara-pictogram>`)}
      </div>`,
    );
    const faces = [...el.querySelectorAll<SvaraPictogram>('svara-pictogram')];
    await Promise.all(faces.map((f) => f.updateComplete));
    for (const face of faces) {
      const svg = art(face);
      // One colour: every line and fill is currentColor (the text colour), never a colour of its own.
      const colours = new Set(
        [...svg.querySelectorAll('path, circle')].flatMap((shape) => {
          const style = getComputedStyle(shape);
          return [style.stroke, style.fill].filter((c) => c !== 'none');
        }),
      );
      expect([...colours]).to.deep.equal([getComputedStyle(face).color]);
    }
    const mouths = faces.map((f) =>
      [...art(f).querySelectorAll('path')].map((p) => p.getAttribute('d')).join('|'),
    );
    expect(new Set(mouths).size).to.equal(5);
  });

  it('is hidden from assistive technology when decorative, and an image named by alt when not', async () => {
    await fixture(
      html`<div>
        <svara-pictogram builtin="yes" decorative alt="Ja"></svara-pictogram>
        <svara-pictogram builtin="no" alt="Nej"></svara-pictogram>
        <svara-pictogram arasaac="5584" base=${FIXTURE_BASE} alt="Ja, ARASAAC"></svara-pictogram>
        <svara-pictogram builtin="partly"></svara-pictogram>
      </div>`,
    );
    const tree = await accessibilityTree();
    const images = findNodes(tree, (n) => n.role === 'img' || n.role === 'image').map((n) => n.name);
    expect(images).to.deep.equal(['Nej', 'Ja, ARASAAC']);
  });

  it('resolves an ARASAAC id against the self-hosted base, in ARASAAC’s layout, and loads it from there', async () => {
    const el = await fixture<SvaraPictogram>(
      html`<svara-pictogram arasaac="5584" base=${FIXTURE_BASE} alt="Ja"></svara-pictogram>`,
    );
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(`${FIXTURE_BASE}/5584/5584_500.png`);
    await loaded(img);
    expect(img.naturalWidth).to.be.greaterThan(0);
    expect(el.isArasaac).to.be.true;
  });

  it('defaults to /pictograms/arasaac on the page’s own site, and follows configurePictograms', async () => {
    const el = await fixture<SvaraPictogram>(
      html`<svara-pictogram arasaac="5526" alt="Nej"></svara-pictogram>`,
    );
    expect(el.imageSrc).to.equal('/pictograms/arasaac/5526/5526_500.png');
    // A trailing slash on the base is fine. (Same origin here: this page may request nothing elsewhere.)
    configurePictograms({ arasaacBase: `${location.origin}/bilder/` });
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(
      `${location.origin}/bilder/5526/5526_500.png`,
    );
    configurePictograms({ arasaacUrl: (id, base) => `${base}/${id}.png` });
    expect(arasaacUrl(5526, 'https://svar.example/p')).to.equal('https://svar.example/p/5526.png');
  });

  it('takes the schema’s pictogram reference as a property', async () => {
    const el = await fixture<SvaraPictogram>(
      html`<svara-pictogram .pictogram=${{ builtin: 'dont-know' }}></svara-pictogram>`,
    );
    expect(art(el).dataset.builtin).to.equal('dont-know');
    el.pictogram = { src: '/bild.png', alt: { sv: 'Hemma', en: 'Home' } };
    await el.updateComplete;
    const img = el.shadowRoot!.querySelector('img')!;
    expect([img.getAttribute('src'), img.alt]).to.deep.equal(['/bild.png', 'Hemma']);
  });

  it('a broken image becomes its word in the same box: nothing moves, an event tells the page', async () => {
    const el = await fixture<HTMLElement>(
      html`<div style="display:flex;align-items:start;gap:8px">
        <svara-pictogram
          id="a"
          size="large"
          src=${`${FIXTURE_BASE}/5584/5584_500.png`}
          alt="Hemma"
        ></svara-pictogram>
        <span id="after">efter</span>
      </div>`,
    );
    const pictogram = el.querySelector<SvaraPictogram>('#a')!;
    const after = el.querySelector('#after')!;
    await loaded(pictogram.shadowRoot!.querySelector('img')!);
    const before = [pictogram.getBoundingClientRect().toJSON(), after.getBoundingClientRect().x];
    const failed = oneEvent(pictogram, 'svara-pictogram-error');
    pictogram.src = BROKEN_IMAGE;
    const event = (await failed) as unknown as SvaraPictogramErrorEvent;
    await pictogram.updateComplete;
    expect(event.src).to.equal(BROKEN_IMAGE);
    expect(pictogram.broken).to.be.true;
    expect(pictogram.matches(':state(broken)')).to.be.true;
    const fallback = pictogram.shadowRoot!.querySelector<HTMLElement>('[part="fallback"]')!;
    expect(fallback.textContent!.trim()).to.equal('Hemma');
    expect(fallback.checkVisibility()).to.be.true;
    expect([pictogram.getBoundingClientRect().toJSON(), after.getBoundingClientRect().x]).to.deep.equal(
      before,
    );
    // Still named by its text alternative.
    getByRole(await accessibilityTree(), 'image', 'Hemma');
  });

  it('a broken image whose word is wider than the box: the word whole on one line, the height kept', async () => {
    const pictogram = await fixture<SvaraPictogram>(
      html`<svara-pictogram src=${`${FIXTURE_BASE}/3082/3082_500.png`} alt="Skolan"></svara-pictogram>`,
    );
    await loaded(pictogram.shadowRoot!.querySelector('img')!);
    const failed = oneEvent(pictogram, 'svara-pictogram-error');
    pictogram.src = BROKEN_IMAGE;
    await failed;
    await pictogram.updateComplete;
    const fallback = pictogram.shadowRoot!.querySelector<HTMLElement>('[part="fallback"]')!;
    const lines = document.createRange();
    lines.selectNodeContents(fallback);
    // Broken across lines in a 48 px box it read "Skola / n".
    expect(lines.getClientRects().length, 'one line').to.equal(1);
    expect(fallback.scrollWidth).to.be.at.most(fallback.clientWidth);
    expect(pictogram.getBoundingClientRect().height).to.equal(48);
  });

  it('is 96×96 CSS px with size="large", and keeps its box before the image arrives', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        <svara-pictogram size="large" builtin="yes" decorative></svara-pictogram>
        <svara-pictogram size="large" src="/never-arrives.png" alt="x"></svara-pictogram>
        <svara-pictogram builtin="no" decorative></svara-pictogram>
      </div>`,
    );
    const [large, waiting, medium] = [...el.querySelectorAll<SvaraPictogram>('svara-pictogram')];
    for (const p of [large!, waiting!]) {
      const { width, height } = box(p).getBoundingClientRect();
      expect([width, height]).to.deep.equal([96, 96]);
    }
    expect(box(medium!).getBoundingClientRect().width).to.equal(48);
  });

  it('mirrors pictograms with a direction right to left, and only those', async () => {
    const el = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <svara-pictogram builtin="skip" decorative></svara-pictogram>
        <svara-pictogram builtin="yes" decorative></svara-pictogram>
      </div>`,
    );
    const [skip, yes] = [...el.querySelectorAll<SvaraPictogram>('svara-pictogram')];
    expect(getComputedStyle(art(skip!)).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(getComputedStyle(art(yes!)).transform).to.equal('none');
  });
});

describe('pictograms make no request outside the test server', () => {
  it('every resource the page loaded came from its own origin', async () => {
    await fixture(
      html`<div>${pictogramExamples.arasaac.render()}${pictogramExamples.builtin.render()}</div>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(urls.length).to.be.greaterThan(0);
    const foreign = urls.filter((url) => !url.startsWith('data:') && new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });
});
