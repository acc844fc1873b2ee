import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { scalePresetNames, scalePresets, specialLabels } from '@svara/schema';
import { describeExamples, renderExample } from '@svara/testing/examples';
import { accessibilityTree, findNodes, getByRole } from '@svara/testing/a11y-tree';
import { runFormControlTests } from '@svara/testing/form-control-conformance';
import { saveScreenshot } from '@svara/testing/screenshot';
import { setLocale } from '../../localization.js';
import type { SvaraPictogram } from '@svara/pictograms';
import type { SvaraScale } from './scale.js';
import { satisfaction, scaleExamples, situationChange } from './scale.examples.js';
import type { ScaleExample } from './scale.examples.js';
import './scale.define.js';

/** How this file's examples are rendered (`renderExample` of @svara/testing). */
const SCALE = { tag: 'svara-scale', setLocale } as const;
/** Between two buttons, with focus on the first: for keyboard tests. */
const BETWEEN_BUTTONS = { ...SCALE, betweenButtons: true } as const;

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────────────────

const inputs = (scale: SvaraScale) => [...scale.shadowRoot!.querySelectorAll('input')];
const input = (scale: SvaraScale, value: string) => inputs(scale).find((i) => i.value === value)!;
/** The clickable option (the `<label>` around radio, picture and word): the pointer target. */
const optionOf = (radio: HTMLInputElement) => radio.closest('label')!;
const options = (scale: SvaraScale) => inputs(scale).map(optionOf);
const wordLabels = (scale: SvaraScale) =>
  [...scale.shadowRoot!.querySelectorAll<HTMLElement>('[part="option-label"]')].map((l) =>
    l.innerText.trim(),
  );
const focusedValue = (scale: SvaraScale) =>
  (scale.shadowRoot!.activeElement as HTMLInputElement | null)?.value;
const box = (element: Element) => element.getBoundingClientRect();
/** The face drawings (SVGs inside each option's <svara-pictogram>). */
const faceDrawings = (scale: SvaraScale) =>
  [...scale.shadowRoot!.querySelectorAll<SvaraPictogram>('[part="options"] svara-pictogram')].map(
    (pictogram) => pictogram.shadowRoot!.querySelector<SVGSVGElement>('svg')!,
  );

async function press(scale: SvaraScale, key: string): Promise<void> {
  await sendKeys({ press: key });
  await scale.updateComplete;
}

function recordEvents(target: EventTarget) {
  const seen: { type: string; composed: boolean; bubbles: boolean }[] = [];
  const record = (event: Event) =>
    seen.push({ type: event.type, composed: event.composed, bubbles: event.bubbles });
  target.addEventListener('input', record);
  target.addEventListener('change', record);
  return seen;
}

/** WCAG relative-luminance contrast of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, b2] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const flush = () => new Promise((resolve) => setTimeout(resolve));

afterEach(async () => {
  await setLocale('sv');
});

// ── Tests ────────────────────────────────────────────────────────────────────────────────────────────────
describe('svara-scale', () => {
  describeExamples(scaleExamples, SCALE);

  describe('accessibility tree', () => {
    it('faces: a radio group named by the question, each face named by its feeling and never by a number', async () => {
      await renderExample(scaleExamples.fiveFaces, SCALE);
      const tree = await accessibilityTree();
      const group = getByRole(tree, 'radiogroup', 'Den eller de jag träffade lyssnade på mig.');
      const radios = findNodes(group, (n) => n.role === 'radio');
      expect(radios.map((r) => r.name)).to.deep.equal([
        ...scalePresets['smiley-5'].options.map((o) => o.label.sv),
        specialLabels.dont_know.sv,
        specialLabels.skipped.sv,
      ]);
      expect(radios.map((r) => r.name)).to.include.members(['Mycket ledsen', 'Mycket glad']);
      for (const radio of radios) expect(radio.name, 'a face named by a number').not.to.match(/\d/);
      expect(radios.every((r) => r.checked === false)).to.equal(true);
      expect(findNodes(tree, (n) => n.role === 'slider')).to.deep.equal([]);
    });

    it('the hint describes the group', async () => {
      await renderExample(scaleExamples.agree, SCALE);
      const group = getByRole(
        await accessibilityTree(),
        'radiogroup',
        'Jag fick den information jag behövde.',
      );
      expect(group.description).to.equal('Tänk på den senaste tiden.');
    });

    it('a chosen face is checked', async () => {
      const scale = await renderExample(scaleExamples.fiveFaces, SCALE);
      input(scale, '4').click();
      await scale.updateComplete;
      const tree = await accessibilityTree();
      expect(getByRole(tree, 'radio', 'Glad').checked).to.equal(true);
      expect(getByRole(tree, 'radio', 'Mycket glad').checked).to.equal(false);
    });

    it('after a failed submit: invalid, and the error (with "Fel:") joins the group’s name, said as focus enters it', async () => {
      await renderExample(scaleExamples.invalid, SCALE);
      const tree = await accessibilityTree();
      const group = getByRole(tree, 'radiogroup', /^Jag kunde säga.*\S\s+Fel: Välj ett svar\.$/);
      expect(group.invalid).to.equal('true');
      expect(group.description ?? '').not.to.contain('Fel:'); // said once, in the name
      expect(getByRole(tree, 'radio', 'Mittemellan').invalid).to.equal('true');
    });

    it('numeric scale: the named ends describe the group; options are named by their numbers', async () => {
      const scale = await renderExample(scaleExamples.numeric, SCALE);
      const tree = await accessibilityTree();
      const group = getByRole(tree, 'radiogroup', 'Hur nöjd är du med stödet du har fått?');
      expect(group.description).to.equal('1: Inte alls nöjd 5: Mycket nöjd');
      expect(findNodes(group, (n) => n.role === 'radio').map((r) => r.name)).to.deep.equal([
        '1',
        '2',
        '3',
        '4',
        '5',
      ]);
      const labels = [...scale.shadowRoot!.querySelectorAll('[part="option-label"]')];
      expect(
        labels.some((l) => l.hasAttribute('lang')),
        'digits carry no language',
      ).to.equal(false);
      const anchors = scale.shadowRoot!.querySelector<HTMLElement>('[part="anchors"]')!;
      expect(anchors.innerText.replace(/\s+/g, ' ')).to.equal('1: Inte alls nöjd 5: Mycket nöjd');
    });

    it('numbers shown on request join the word in the name, so speech control can say them', async () => {
      await renderExample(scaleExamples.numbersShown, SCALE);
      const group = getByRole(await accessibilityTree(), 'radiogroup', 'Hur blev du bemött?');
      expect(findNodes(group, (n) => n.role === 'radio').map((r) => r.name)).to.deep.equal(
        scalePresets['smiley-5'].options.map((o) => `${o.label.sv} ${o.value}`),
      );
    });

    it('slotted pictograms are decorative: the options keep their words as names', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <svara-scale
            name="hjalp"
            label="Fick du den hjälp du behövde?"
            scale="yes-partly-no"
            display="pictogram"
            size="large"
            allow-dont-know
          >
            <svg slot="image-yes" viewBox="0 0 48 48" width="96" height="96">
              <path d="M10 26 L20 36 L38 14" fill="none" stroke="currentColor" stroke-width="5" />
            </svg>
          </svara-scale>
        </div>`,
      );
      const scale = wrapper.querySelector<SvaraScale>('svara-scale')!;
      await scale.updateComplete;
      // The page's own art replaces svara's pictogram for that option only.
      expect(optionOf(input(scale, 'yes')).querySelector('svara-pictogram')!.checkVisibility()).to.equal(
        false,
      );
      const group = getByRole(await accessibilityTree(), 'radiogroup', 'Fick du den hjälp du behövde?');
      expect(findNodes(group, (n) => n.role === 'radio').map((r) => r.name)).to.deep.equal([
        'Ja',
        'Delvis',
        'Nej',
        'Vet inte',
      ]);
      const art = scale.querySelector('[slot="image-yes"]')!;
      expect(box(art).width, 'the slotted picture is shown').to.be.greaterThan(40);
      expect(optionOf(input(scale, 'yes')).contains(art.assignedSlot)).to.equal(true);
    });

    it('art slotted later gets a picture box; without art there is no empty box', async () => {
      // A custom scale whose options have no pictograms: only slotted art gives a box.
      const scale = await fixture<SvaraScale>(
        html`<svara-scale
          label="Fråga"
          .scale=${{
            options: [
              { value: 'yes', text: 'Ja' },
              { value: 'no', text: 'Nej' },
            ],
          }}
          display="pictogram"
        ></svara-scale>`,
      );
      const pictures = () =>
        [...scale.shadowRoot!.querySelectorAll('[part="image"] slot')].map((slot) =>
          slot.getAttribute('name'),
        );
      expect(pictures()).to.deep.equal([]);
      const art = document.createElement('span');
      art.textContent = '✔';
      art.slot = 'image-no';
      scale.append(art);
      await flush();
      await scale.updateComplete;
      expect(pictures()).to.deep.equal(['image-no']);
      art.slot = 'image-yes';
      await flush();
      await scale.updateComplete;
      expect(pictures()).to.deep.equal(['image-yes']);
      expect(getByRole(await accessibilityTree(), 'radio', 'Ja').name).to.equal('Ja');
    });

    it('Arabic: the faces are named in Arabic, from the schema', async () => {
      await renderExample(scaleExamples.arabic, SCALE);
      const group = getByRole(await accessibilityTree(), 'radiogroup', 'الشخص الذي قابلته استمع إليّ.');
      expect(findNodes(group, (n) => n.role === 'radio').map((r) => r.name)).to.deep.equal([
        ...scalePresets['smiley-5'].options.map((o) => o.label.ar),
        specialLabels.dont_know.ar,
      ]);
    });
  });

  describe('presets and texts from the schema', () => {
    for (const name of scalePresetNames) {
      for (const lang of ['sv', 'en'] as const) {
        it(`${name} shows its schema labels in ${lang} and stores its schema values`, async () => {
          const scale = await fixture<SvaraScale>(
            html`<svara-scale scale=${name} lang=${lang} label="Fråga"></svara-scale>`,
          );
          const preset = scalePresets[name];
          expect(wordLabels(scale)).to.deep.equal(preset.options.map((o) => o.label[lang]));
          expect(inputs(scale).map((i) => i.value)).to.deep.equal(preset.options.map((o) => String(o.value)));
          const labels = scale.shadowRoot!.querySelectorAll('[part="option-label"]');
          expect([...labels].every((l) => l.getAttribute('lang') === lang)).to.equal(true);
        });
      }
    }

    it('every preset in the schema has an example (and so a story)', async () => {
      const shown = new Set<unknown>();
      for (const example of Object.values(scaleExamples) as ScaleExample[]) {
        shown.add((await renderExample(example, SCALE)).scale);
      }
      for (const name of scalePresetNames) expect(shown.has(name), `an example of ${name}`).to.equal(true);
    });

    it('without lang, labels follow the active locale, also when it changes', async () => {
      const scale = await renderExample(scaleExamples.threeFaces, SCALE);
      expect(wordLabels(scale)).to.deep.equal(['Ledsen', 'Mittemellan', 'Glad', 'Vet inte']);
      await setLocale('en');
      await scale.updateComplete;
      expect(wordLabels(scale)).to.deep.equal(['Sad', 'In between', 'Happy', 'Don’t know']);
      await setLocale('fi');
      await scale.updateComplete;
      expect(wordLabels(scale)).to.deep.equal([
        ...scalePresets['smiley-3'].options.map((o) => o.label.fi),
        specialLabels.dont_know.fi,
      ]);
    });

    it('custom scale: texts in the wanted language, else default-lang, marked with the language used', async () => {
      const scale = await fixture<SvaraScale>(
        html`<svara-scale label="Fråga" lang="en-GB" .scale=${situationChange}></svara-scale>`,
      );
      expect(wordLabels(scale)).to.deep.equal(['Better', 'The same', 'Worse']);
      scale.setAttribute('lang', 'fi');
      await scale.updateComplete;
      expect(wordLabels(scale)).to.deep.equal(['Bättre', 'Som förut', 'Sämre']);
      expect(scale.shadowRoot!.querySelector('[part="option-label"]')!.getAttribute('lang')).to.equal('sv');
      expect(inputs(scale).map((i) => i.value)).to.deep.equal(['battre', 'samma', 'samre']);
    });

    it('the default display comes from the preset: faces for smileys, words for word scales', async () => {
      const faces = await renderExample(scaleExamples.fiveFaces, SCALE);
      const drawn = [
        ...faces.shadowRoot!.querySelectorAll<SvaraPictogram>('[part="options"] svara-pictogram'),
      ];
      expect(drawn.map((pictogram) => pictogram.builtinName)).to.deep.equal(
        scalePresets['smiley-5'].options.map((o) => o.pictogram),
      );
      const words = await renderExample(scaleExamples.yesPartlyNo, SCALE);
      expect(words.shadowRoot!.querySelectorAll('svg, [part="image"]').length).to.equal(0);
    });

    it('a display the scale cannot show falls back to words', async () => {
      const scale = await fixture<SvaraScale>(
        html`<svara-scale label="Fråga" scale="yes-no" display="smiley"></svara-scale>`,
      );
      expect(scale.effectiveDisplay).to.equal('text');
      expect(scale.shadowRoot!.querySelectorAll('svg').length).to.equal(0);
      scale.display = 'number';
      await scale.updateComplete;
      expect(scale.effectiveDisplay).to.equal('text');
      expect(wordLabels(scale)).to.deep.equal(['Ja', 'Nej']);
    });

    it('an unknown preset name shows no options and warns, instead of showing another scale', async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const scale = await fixture<SvaraScale>(
          html`<svara-scale label="Fråga" scale="smiley5"></svara-scale>`,
        );
        expect(inputs(scale)).to.have.length(0);
        expect(warnings).to.deep.equal(['<svara-scale>: unknown scale "smiley5"; no options are shown.']);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('children', () => {
    for (const key of ['fiveFaces', 'threeFaces'] as const) {
      it(`${key}: no numbers are visible, only faces and words`, async () => {
        const scale = await renderExample(scaleExamples[key], SCALE);
        const fieldset = scale.shadowRoot!.querySelector('fieldset')!;
        expect(fieldset.innerText, 'visible text').not.to.match(/\d/);
        for (const option of options(scale).slice(0, -1)) expect(option.innerText.trim()).not.to.equal('');
        expect(scale.shadowRoot!.querySelectorAll('[part="number"]')).to.have.length(0);
      });
    }

    it('show-numbers makes the stored numbers visible (adults, asked for explicitly)', async () => {
      const scale = await renderExample(scaleExamples.numbersShown, SCALE);
      expect(options(scale).map((o) => o.innerText.replace(/\s+/g, ' ').trim())).to.deep.equal([
        '1 Mycket ledsen',
        '2 Ledsen',
        '3 Mittemellan',
        '4 Glad',
        '5 Mycket glad',
      ]);
    });

    it('the faces differ by shape, drawn in the text colour only', async () => {
      const scale = await renderExample(scaleExamples.fiveFaces, SCALE);
      const faces = faceDrawings(scale);
      expect(faces).to.have.length(5);
      const shapes = faces.map((face) =>
        [...face.querySelectorAll('path')].map((p) => p.getAttribute('d')).join('|'),
      );
      expect(new Set(shapes).size, 'five different drawings').to.equal(5);
      for (const face of faces) {
        expect(face.getAttribute('aria-hidden')).to.equal('true');
        expect(face.querySelector('title')).to.equal(null);
        expect(getComputedStyle(face).stroke).to.equal(getComputedStyle(scale).color);
        for (const part of face.querySelectorAll('*')) {
          expect(part.getAttribute('fill') ?? 'none').to.equal('none');
          expect(part.getAttribute('stroke')).to.equal(null);
        }
      }
    });

    it('each face keeps its word label visible next to it', async () => {
      const scale = await renderExample(scaleExamples.fiveFaces, SCALE);
      for (const option of options(scale).slice(0, 5)) {
        const label = option.querySelector<HTMLElement>('[part="option-label"]')!;
        const face = option.querySelector('[part="image"]')!;
        expect(box(label).width).to.be.greaterThan(20);
        expect(box(face).width).to.be.greaterThan(40);
        expect(getComputedStyle(label).visibility).to.equal('visible');
      }
    });
  });

  describe('values', () => {
    it('a face stores its schema number: "4" in FormData, 4 as the answer', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>${scaleExamples.fiveFaces.render()}</form>`);
      const scale = form.querySelector('svara-scale')!;
      await scale.updateComplete;
      input(scale, '4').click();
      await scale.updateComplete;
      expect(new FormData(form).getAll('lyssnade')).to.deep.equal(['4']);
      expect(scale.value).to.equal('4');
      expect(scale.answer).to.equal(4);
    });

    it('word scales store their words', async () => {
      const scale = await renderExample(scaleExamples.yesPartlyNo, SCALE);
      input(scale, 'partly').click();
      await scale.updateComplete;
      expect(scale.value).to.equal('partly');
      expect(scale.answer).to.equal('partly');
    });

    it('"Vet inte" and "Vill inte svara" are stored as the codes dont_know and skipped', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>${scaleExamples.fiveFaces.render()}</form>`);
      const scale = form.querySelector('svara-scale')!;
      await scale.updateComplete;
      optionOf(input(scale, 'dont_know')).click();
      await scale.updateComplete;
      expect(new FormData(form).getAll('lyssnade')).to.deep.equal(['dont_know']);
      expect(scale.answer).to.equal('dont_know');
      optionOf(input(scale, 'skipped')).click();
      await scale.updateComplete;
      expect(new FormData(form).getAll('lyssnade')).to.deep.equal(['skipped']);
      expect(scale.checkValidity(), 'a special answer answers a required question').to.equal(true);
    });

    it('keeps the special answers apart from the scale, after "eller"', async () => {
      const scale = await renderExample(scaleExamples.fiveFaces, SCALE);
      const scaleOptions = scale.shadowRoot!.querySelector('[part="options"]')!;
      const special = scale.shadowRoot!.querySelector<HTMLElement>('[part="special-options"]')!;
      expect([...scaleOptions.querySelectorAll('input')].map((i) => i.value)).to.deep.equal([
        '1',
        '2',
        '3',
        '4',
        '5',
      ]);
      expect([...special.querySelectorAll('input')].map((i) => i.value)).to.deep.equal([
        'dont_know',
        'skipped',
      ]);
      expect(special.querySelector<HTMLElement>('[part="divider"]')!.innerText.trim()).to.equal('eller');
      expect(box(special).top - box(scaleOptions).bottom).to.be.greaterThan(8);
    });

    it('a value the scale does not offer is no answer', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <svara-scale name="a" label="A" scale="smiley-3" value="5"></svara-scale>
          <svara-scale name="b" label="B" scale="smiley-3" value="dont_know"></svara-scale>
        </form>`,
      );
      const [a, b] = [...form.querySelectorAll('svara-scale')];
      await a!.updateComplete;
      await b!.updateComplete;
      expect([a!.value, b!.value]).to.deep.equal(['', '']);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      expect(inputs(a!).some((i) => i.checked)).to.equal(false);
      b!.allowDontKnow = true;
      await b!.updateComplete;
      expect(new FormData(form).getAll('b')).to.deep.equal(['dont_know']);
    });
  });

  describe('events', () => {
    it('a click fires one input and one change from the host, bubbling and composed', async () => {
      const scale = await renderExample(scaleExamples.fiveFaces, SCALE);
      const seen = recordEvents(document);
      const change = oneEvent(scale, 'change');
      optionOf(input(scale, '2')).click();
      await change;
      expect(seen).to.deep.equal([
        { type: 'input', composed: true, bubbles: true },
        { type: 'change', composed: true, bubbles: true },
      ]);
      expect(scale.value).to.equal('2');
    });

    it('setting value from a script fires nothing', async () => {
      const scale = await renderExample(scaleExamples.fiveFaces, SCALE);
      const seen = recordEvents(document);
      scale.value = '3';
      await scale.updateComplete;
      await flush();
      expect(seen).to.deep.equal([]);
      expect(input(scale, '3').checked).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the scale once, on the chosen face', async () => {
      const scale = await renderExample(scaleExamples.filled, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(scale);
      expect(focusedValue(scale)).to.equal('4');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.textContent).to.equal('Efter');
    });

    it('arrow keys move and select, wrap around, and fire input/change', async () => {
      const scale = await renderExample(scaleExamples.threeFaces, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      expect(focusedValue(scale)).to.equal('1');
      expect(scale.value).to.equal('');
      const seen = recordEvents(scale);
      await press(scale, 'ArrowRight');
      expect([focusedValue(scale), scale.value]).to.deep.equal(['2', '2']);
      await flush();
      expect(seen.map((e) => e.type)).to.deep.equal(['input', 'change']);
      await press(scale, 'ArrowDown');
      await press(scale, 'ArrowDown');
      expect(scale.value).to.equal('dont_know');
      await press(scale, 'ArrowDown');
      expect(scale.value, 'wraps to the first face').to.equal('1');
      await press(scale, 'ArrowUp');
      expect(scale.value).to.equal('dont_know');
      await press(scale, 'ArrowLeft');
      expect(scale.value).to.equal('3');
    });

    it('Home and End go to the first and last answer', async () => {
      const scale = await renderExample(scaleExamples.fiveFaces, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await press(scale, 'End');
      expect(scale.value).to.equal('skipped');
      await press(scale, 'Home');
      expect(scale.value).to.equal('1');
    });

    it('Space selects the focused face', async () => {
      const scale = await renderExample(scaleExamples.fiveFaces, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await press(scale, 'Space');
      expect(scale.value).to.equal('1');
    });

    it('no auto-advance: after choosing, focus stays on the chosen answer', async () => {
      const scale = await renderExample(scaleExamples.fiveFaces, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await press(scale, 'ArrowRight');
      await press(scale, 'Space');
      await flush();
      expect(document.activeElement).to.equal(scale);
      expect(focusedValue(scale)).to.equal('2');
      optionOf(input(scale, '5')).click();
      await scale.updateComplete;
      await flush();
      expect(document.activeElement).to.equal(scale);
      expect(focusedValue(scale)).to.equal('5');
    });

    it('left to right: ArrowRight goes to the next face, which is drawn to the right', async () => {
      const scale = await renderExample(scaleExamples.fiveFaces, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      const before = box(optionOf(input(scale, '1')));
      await press(scale, 'ArrowRight');
      expect(scale.value).to.equal('2');
      expect(box(optionOf(input(scale, '2'))).left).to.be.greaterThan(before.left);
    });

    it('right to left (Arabic): the faces run from the right, ArrowLeft goes to the next, ArrowRight back', async () => {
      const scale = await renderExample(scaleExamples.arabic, BETWEEN_BUTTONS);
      expect(scale.matches(':dir(rtl)')).to.equal(true);
      const lefts = options(scale)
        .slice(0, 5)
        .map((o) => box(o).left);
      expect(lefts, 'visual order mirrored').to.deep.equal([...lefts].sort((a, b) => b - a));
      await sendKeys({ press: 'Tab' });
      await press(scale, 'ArrowLeft');
      expect(scale.value).to.equal('2');
      await press(scale, 'ArrowLeft');
      expect(scale.value).to.equal('3');
      await press(scale, 'ArrowRight');
      expect(scale.value).to.equal('2');
      expect(focusedValue(scale)).to.equal('2');
    });

    it('a disabled scale is not a Tab stop', async () => {
      const scale = await renderExample(scaleExamples.disabled, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).not.to.equal(scale);
      expect(document.activeElement!.textContent).to.equal('Efter');
    });

    it('focus() with preventScroll lands on the chosen face (used by the error summary)', async () => {
      const scale = await renderExample(scaleExamples.filled, SCALE);
      scale.focus({ preventScroll: true });
      expect(focusedValue(scale)).to.equal('4');
    });
  });

  describe('presentation', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    });

    const large = ['fiveFaces', 'threeFaces', 'arabic', 'pictogramDisplay'] as const;
    for (const width of [320, 1280]) {
      it(`size="large": every answer is at least 44×44 px at ${width} px, without horizontal scrolling`, async () => {
        await setViewport({ width, height: 800 });
        for (const key of large) {
          const scale = await renderExample(scaleExamples[key], SCALE);
          expect(scale.size).to.equal('large');
          for (const option of options(scale)) {
            const { width: w, height: h } = box(option);
            expect(Math.min(w, h), `${key}: ${option.innerText.trim()}`).to.be.at.least(44);
          }
          expect(document.documentElement.scrollWidth, key).to.be.at.most(width);
        }
      });

      it(`other sizes: every answer is at least 24×24 px at ${width} px, without horizontal scrolling`, async () => {
        await setViewport({ width, height: 800 });
        for (const [key, example] of Object.entries(scaleExamples) as [string, ScaleExample][]) {
          const scale = await renderExample(example, SCALE);
          for (const option of options(scale)) {
            expect(Math.min(box(option).width, box(option).height), key).to.be.at.least(24);
          }
          expect(document.documentElement.scrollWidth, key).to.be.at.most(width);
        }
      });
    }

    it('side by side on a wide screen, stacked at 320 px with each face beside its word', async () => {
      await setViewport({ width: 1280, height: 800 });
      let scale = await renderExample(scaleExamples.fiveFaces, SCALE);
      const wide = options(scale)
        .slice(0, 5)
        .map((o) => box(o));
      expect(new Set(wide.map((b) => Math.round(b.top))).size, 'one row').to.equal(1);
      await setViewport({ width: 320, height: 800 });
      scale = await renderExample(scaleExamples.fiveFaces, SCALE);
      const narrow = options(scale).slice(0, 5);
      expect(new Set(narrow.map((o) => Math.round(box(o).left))).size, 'one column').to.equal(1);
      for (const option of narrow) {
        const face = box(option.querySelector('[part="image"]')!);
        const label = box(option.querySelector('[part="option-label"]')!);
        expect(label.left, 'word beside the face').to.be.at.least(face.right);
        expect(label.right).to.be.at.most(box(option).right);
      }
    });

    it('focus ring: at least 2 px, at least 3:1 against the background', async () => {
      const scale = await renderExample(scaleExamples.fiveFaces, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(optionOf(input(scale, '1')));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(contrast(style.outlineColor, 'rgb(255, 255, 255)')).to.be.at.least(3);
    });

    it('the chosen answer is shown by more than colour: a thicker border and a bold word', async () => {
      const scale = await renderExample(scaleExamples.filled, SCALE);
      const chosen = optionOf(input(scale, '4'));
      const other = optionOf(input(scale, '3'));
      const weight = (o: HTMLElement) =>
        getComputedStyle(o.querySelector('[part="option-label"]')!).fontWeight;
      expect([weight(chosen), weight(other)]).to.deep.equal(['700', '400']);
      expect(getComputedStyle(chosen).borderTopWidth).to.equal('3px');
      expect(getComputedStyle(other).borderTopWidth).to.equal('1px');
      expect(box(chosen).height, 'nothing moves').to.equal(box(other).height);
      expect(chosen.part.contains('option-checked')).to.equal(true);
    });

    it('forced colours: the chosen answer keeps its thick border in a system colour; faces follow the text', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const scale = await renderExample(scaleExamples.filled, SCALE);
      const chosen = getComputedStyle(optionOf(input(scale, '4')));
      const other = getComputedStyle(optionOf(input(scale, '3')));
      expect([chosen.borderTopWidth, other.borderTopWidth]).to.deep.equal(['3px', '1px']);
      expect(chosen.borderColor).not.to.equal(other.borderColor);
      const face = faceDrawings(scale)[0]!;
      expect(getComputedStyle(face).stroke).to.equal(getComputedStyle(face).color);
    });

    it('reduced motion: no transitions', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const scale = await renderExample(scaleExamples.fiveFaces, SCALE);
      expect(getComputedStyle(options(scale)[0]!).transitionDuration).to.equal('0s');
    });
  });

  describe('localization', () => {
    it('English UI: labels, "or", error prefix and message', async () => {
      const scale = await renderExample(scaleExamples.fiveFaces, SCALE);
      await setLocale('en');
      scale.reportValidity();
      await scale.updateComplete;
      const text = scale.shadowRoot!.querySelector('fieldset')!.innerText.replace(/\s+/g, ' ');
      expect(scale.validationMessage).to.equal('Choose an answer.');
      expect(scale.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('Error: Choose an answer.');
      expect(text).to.contain('Very sad');
      expect(text).to.contain(' or ');
      expect(text).to.contain('I don’t want to answer');
    });

    it('the named ends of a numeric scale are translated', async () => {
      await setLocale('en');
      const scale = await fixture<SvaraScale>(
        html`<svara-scale label="How satisfied are you?" .scale=${satisfaction}></svara-scale>`,
      );
      const anchors = scale.shadowRoot!.querySelector<HTMLElement>('[part="anchors"]')!;
      expect(anchors.innerText.replace(/\s+/g, ' ')).to.equal('1: Not at all satisfied 5: Very satisfied');
    });

    it('the named ends keep their own reading direction on a page written the other way', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar">
          <svara-scale lang="sv" label="Fråga" .scale=${satisfaction}></svara-scale>
        </div>`,
      );
      const scale = wrapper.querySelector('svara-scale')!;
      await scale.updateComplete;
      const bdi = scale.shadowRoot!.querySelector('[part="anchor"] bdi')!;
      const text = [...bdi.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
      const rectOf = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        return range.getBoundingClientRect();
      };
      expect(text.textContent).to.equal('1: Inte alls nöjd');
      expect(rectOf(0, 1).left, '"1" reads first, at the left').to.be.lessThan(rectOf(3, 7).left);
    });

    it('Arabic: our message in Arabic', async () => {
      const scale = await renderExample(scaleExamples.arabic, SCALE);
      scale.reportValidity();
      await scale.updateComplete;
      expect(scale.validationMessage).to.equal('اختر إجابة.');
    });
  });
});

runFormControlTests<SvaraScale>({
  name: 'svara-scale, faces',
  render: (name) => html`<svara-scale name=${name} label="Fråga" scale="smiley-5" value="2"></svara-scale>`,
  defaultEntries: ['2'],
  setUserValue: async (scale) => optionOf(input(scale, '5')).click(),
  userEntries: ['5'],
  invalid: {
    render: (name) => html`<svara-scale name=${name} label="Fråga" scale="smiley-5" required></svara-scale>`,
    message: 'Välj ett svar.',
    fix: async (scale) => optionOf(input(scale, '3')).click(),
  },
});

runFormControlTests<SvaraScale>({
  name: 'svara-scale, words with "Vet inte"',
  render: (name) =>
    html`<svara-scale
      name=${name}
      label="Fråga"
      scale="yes-partly-no"
      value="dont_know"
      allow-dont-know
    ></svara-scale>`,
  defaultEntries: ['dont_know'],
  setUserValue: async (scale) => input(scale, 'no').click(),
  userEntries: ['no'],
  invalid: {
    render: (name) =>
      html`<svara-scale name=${name} label="Fråga" scale="yes-partly-no" required allow-skip></svara-scale>`,
    message: 'Välj ett svar.',
    fix: async (scale) => input(scale, 'skipped').click(),
  },
});

// ── Inclusive presentation: the project's faces and pictograms ───────────────────────────────────────────
describe('svara-scale: faces and pictograms', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  const pictogramsOf = (scale: SvaraScale) => [
    ...scale.shadowRoot!.querySelectorAll<SvaraPictogram>('svara-pictogram'),
  ];

  /** WCAG contrast ratio of two `rgb(…)` colours. */
  function contrast(a: string, b: string): number {
    const luminance = (colour: string) => {
      const [r, g, b2] = colour
        .match(/\d+(\.\d+)?/g)!
        .slice(0, 3)
        .map(Number)
        .map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
    };
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  }

  for (const [example, lang] of [
    [scaleExamples.fiveFaces, 'sv'],
    [scaleExamples.threeFaces, 'sv'],
    [scaleExamples.english, 'en'],
    [scaleExamples.threeFacesEnglish, 'en'],
    [scaleExamples.arabic, 'ar'],
    [scaleExamples.threeFacesArabic, 'ar'],
  ] as const) {
    it(`${example.title}: each face is a radio named by its visible word label, with no number`, async () => {
      const scale = await renderExample(example, SCALE);
      const preset = scalePresets[scale.scale as 'smiley-5' | 'smiley-3'];
      const labels = preset.options.map((o) => o.label[lang]);
      expect(wordLabels(scale).slice(0, labels.length)).to.deep.equal(labels);
      const tree = await accessibilityTree();
      for (const label of labels) getByRole(tree, 'radio', label);
      // Children's faces carry no numbers: nothing shown in the options is a digit.
      const shown = [...scale.shadowRoot!.querySelectorAll<HTMLElement>('[part~="option"]')]
        .map((o) => o.innerText)
        .join(' ');
      expect(shown).not.to.match(/[0-9٠-٩]/);
      expect(scale.shadowRoot!.querySelector('[part="number"]')).to.equal(null);
    });
  }

  it('the three-face scale shows faces 1, 3 and 5 of the five-face art', async () => {
    const three = await renderExample(scaleExamples.threeFaces, SCALE);
    expect(pictogramsOf(three).map((p) => p.builtinName)).to.deep.equal([
      'face-very-sad',
      'face-neutral',
      'face-very-happy',
    ]);
  });

  it('tinted faces are ≥ 3:1 against the background, and forced colours take the tint away', async () => {
    const scale = await renderExample(scaleExamples.tinted, SCALE);
    const faces = faceDrawings(scale);
    const background = 'rgb(255, 255, 255)';
    const colours = faces.map((face) => getComputedStyle(face).stroke);
    expect(new Set(colours).size, 'a tint per face').to.equal(5);
    for (const colour of colours) expect(contrast(colour, background)).to.be.at.least(3);
    await saveScreenshot('scale-faces-tinted', 'svara-scale');
    await emulateMedia({ forcedColors: 'active' });
    const forced = faceDrawings(scale).map((face) => getComputedStyle(face).stroke);
    expect(new Set(forced).size, 'one system colour for every face').to.equal(1);
    await saveScreenshot('scale-faces-tinted-forced-colors', 'svara-scale');
  });

  for (const forcedColors of ['none', 'active'] as const) {
    it(`screenshots of the five and three faces (forced colours: ${forcedColors}), chosen face by border and weight`, async () => {
      await emulateMedia({ forcedColors });
      const scale = await renderExample(scaleExamples.filled, SCALE);
      const chosen = optionOf(input(scale, '4'));
      const other = optionOf(input(scale, '3'));
      expect(getComputedStyle(chosen).borderTopWidth).to.equal('3px');
      expect(getComputedStyle(other).borderTopWidth).to.equal('1px');
      const weight = (o: HTMLElement) =>
        getComputedStyle(o.querySelector('[part="option-label"]')!).fontWeight;
      expect([weight(chosen), weight(other)]).to.deep.equal(['700', '400']);
      // The picture is the scale itself: its box, in device pixels (not an empty area, not the whole page).
      const shot = await saveScreenshot(`scale-five-faces-forced-colors-${forcedColors}`, 'svara-scale');
      const box = scale.getBoundingClientRect();
      expect(shot.width).to.be.closeTo(Math.round(box.width * devicePixelRatio), 2);
      expect(shot.height).to.be.closeTo(Math.round(box.height * devicePixelRatio), 2);
      await renderExample(scaleExamples.threeFaces, SCALE);
      await saveScreenshot(`scale-three-faces-forced-colors-${forcedColors}`, 'svara-scale');
    });
  }

  it('pictogram display: svara’s own pictograms above each word, decorative, 96 px large; the words name the options', async () => {
    const scale = await renderExample(scaleExamples.pictogramDisplay, SCALE);
    expect(pictogramsOf(scale).map((p) => p.builtinName)).to.deep.equal(['yes', 'partly', 'no', 'dont-know']);
    for (const pictogram of pictogramsOf(scale)) {
      expect(pictogram.decorative).to.equal(true);
      const { width, height } = box(pictogram);
      expect(Math.min(width, height)).to.be.at.least(96);
    }
    const tree = await accessibilityTree();
    expect(findNodes(tree, (n) => n.role === 'image' || n.role === 'img')).to.deep.equal([]);
    for (const name of ['Ja', 'Delvis', 'Nej', 'Vet inte']) getByRole(tree, 'radio', name);
    expect(scale.shadowRoot!.querySelector('svara-pictogram-attribution')).to.equal(null);
  });

  it('ARASAAC pictograms come from the self-hosted base, and bring the attribution, reachable by keyboard', async () => {
    const scale = await renderExample(scaleExamples.arasaacPictograms, BETWEEN_BUTTONS);
    const pictograms = pictogramsOf(scale);
    expect(pictograms.every((p) => p.isArasaac)).to.equal(true);
    const images = pictograms.map((p) => p.shadowRoot!.querySelector('img')!);
    await Promise.all(
      images.map((img) =>
        img.complete ? Promise.resolve() : new Promise((r) => img.addEventListener('load', r)),
      ),
    );
    expect(images.every((img) => img.naturalWidth > 0)).to.equal(true);
    const tree = await accessibilityTree();
    for (const name of ['Ja', 'Vet inte', 'Nej']) getByRole(tree, 'radio', name);
    // Tab: Före → the scale → the attribution's disclosure.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const attribution = scale.shadowRoot!.querySelector('svara-pictogram-attribution')!;
    expect(attribution.shadowRoot!.activeElement?.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Enter' });
    const text = attribution.shadowRoot!.querySelector<HTMLElement>('[part="text"]')!.innerText;
    expect(text).to.contain('Sergio Palao').and.contain('CC BY-NC-SA').and.contain('Aragoniens regering');
  });

  it('the attribution speaks the survey’s language', async () => {
    await setLocale('en');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">${scaleExamples.arasaacPictograms.render()}</div>`,
    );
    const scale = wrapper.querySelector<SvaraScale>('svara-scale')!;
    await scale.updateComplete;
    const attribution = scale.shadowRoot!.querySelector('svara-pictogram-attribution')!;
    await attribution.updateComplete;
    expect(attribution.shadowRoot!.querySelector('summary')!.textContent!.trim()).to.equal(
      'About the pictures',
    );
    await setLocale('sv');
  });

  it('a pictogram that cannot be loaded leaves its word in the same box; the option keeps its size', async () => {
    const scale = await renderExample(scaleExamples.brokenPictograms, SCALE);
    const pictograms = pictogramsOf(scale);
    await waitUntil(() => pictograms.every((p) => p.broken));
    for (const pictogram of pictograms) {
      const { width, height } = box(pictogram);
      expect([width, height]).to.deep.equal([96, 96]);
    }
    const fallbacks = pictograms.map(
      (p) => p.shadowRoot!.querySelector<HTMLElement>('[part="fallback"]')!.innerText,
    );
    expect(fallbacks).to.deep.equal(['Ja', 'Nej']);
    const tree = await accessibilityTree();
    getByRole(tree, 'radio', 'Ja');
    getByRole(tree, 'radio', 'Nej');
  });

  it('plain: options show and are named by their plain-language text', async () => {
    const scale = await renderExample(scaleExamples.plainLanguage, SCALE);
    expect(wordLabels(scale)).to.deep.equal(['Ja', 'Lite', 'Nej']);
    getByRole(await accessibilityTree(), 'radio', 'Lite');
    scale.plain = false;
    await scale.updateComplete;
    expect(wordLabels(scale)[1]).to.equal('Delvis, men inte i alla delar');
  });

  it('pictograms="off": words only; turning them on again shows them', async () => {
    const scale = await renderExample(scaleExamples.pictogramsOff, SCALE);
    expect(scale.pictograms).to.equal('off');
    expect(pictogramsOf(scale)).to.have.length(0);
    scale.removeAttribute('pictograms');
    await scale.updateComplete;
    expect(pictogramsOf(scale)).to.have.length(3);
  });
});
