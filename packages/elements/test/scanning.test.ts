/**
 * Switch scanning on <svara-scale> and <svara-choice>, with a fake clock and real key events: each mode
 * answers a question, stopping works, and nothing is chosen without the switch.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { FakeClock } from '@svara/testing/fake-clock';
import type { SvaraChoice } from '../src/components/choice/choice.js';
import type { ChoiceExample } from '../src/components/choice/choice.examples.js';
import { choiceExamples } from '../src/components/choice/choice.examples.js';
import type { SvaraScale } from '../src/components/scale/scale.js';
import type { ScaleExample } from '../src/components/scale/scale.examples.js';
import { scaleExamples } from '../src/components/scale/scale.examples.js';
import { fakeSpeech } from '@svara/testing/fake-speech';
import '../src/components/choice/choice.define.js';
import '../src/components/scale/scale.define.js';

type Host = SvaraScale | SvaraChoice;

/** The text of what the ring is on now (an option's label or a button), or null. */
function ringed(host: Host): string | null {
  const items = [
    ...host.shadowRoot!.querySelectorAll<HTMLElement>('label'),
    ...host.shadowRoot!.querySelectorAll<HTMLElement>('button'),
    ...document.querySelectorAll<HTMLElement>('button'),
  ];
  const on = items.filter((el) => {
    const style = getComputedStyle(el);
    return style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2 && !el.matches(':focus');
  });
  if (on.length > 1) throw new Error(`${on.length} items are ringed`);
  return on[0]?.textContent!.replace(/\s+/g, ' ').trim() ?? null;
}

function scanButton(host: Host): HTMLButtonElement {
  return host.shadowRoot!.querySelector<HTMLButtonElement>('[part="scan-button"]')!;
}

async function settle(host: Host): Promise<void> {
  await host.updateComplete;
}

async function scale(mode: string, clock: FakeClock, extra = html``): Promise<SvaraScale> {
  const wrapper = await fixture<HTMLElement>(html`
    <div>
      <svara-scale
        name="q"
        label="Jag vet varför vi träffades."
        scale="smiley-3"
        size="large"
        scanning=${mode}
        .scanClock=${clock}
      ></svara-scale>
      ${extra}
    </div>
  `);
  const el = wrapper.querySelector<SvaraScale>('svara-scale')!;
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  await emulateMedia({ forcedColors: 'none' });
});

describe('switch scanning', () => {
  it('is off by default: no scan button, and the native keyboard model chooses as usual', async () => {
    const el = await fixture<SvaraScale>(html`<svara-scale label="Fråga" scale="smiley-3"></svara-scale>`);
    expect(el.shadowRoot!.querySelector('[part="scan-button"]')).to.equal(null);
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal('2');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: ' ' });
    expect(el.value).to.equal('1');
  });

  it('auto: the ring moves every interval (the first dwells longer) and the switch chooses the ringed face', async () => {
    const clock = new FakeClock();
    const el = await scale('auto', clock);
    expect(scanButton(el).textContent!.trim()).to.equal('Börja skanna');
    expect(ringed(el)).to.equal(null);
    scanButton(el).click();
    await settle(el);
    expect(scanButton(el).textContent!.trim()).to.equal('Sluta skanna');
    expect(ringed(el)).to.equal('Ledsen');
    clock.advance(1500);
    await settle(el);
    expect(ringed(el)).to.equal('Ledsen'); // the first item dwells twice as long
    clock.advance(1500);
    await settle(el);
    expect(ringed(el)).to.equal('Mittemellan');
    clock.advance(1500);
    await settle(el);
    expect(ringed(el)).to.equal('Glad');
    expect(el.value).to.equal(''); // nothing chosen without the switch

    const changed = new Promise((resolve) => el.addEventListener('change', resolve, { once: true }));
    await sendKeys({ press: ' ' });
    await changed;
    expect(el.value).to.equal('3');
    expect(el.shadowRoot!.querySelectorAll('input')[2]!.checked).to.be.true;
  });

  it('auto: pauses after three rounds without choosing; the switch starts it again', async () => {
    const clock = new FakeClock();
    const el = await scale('auto', clock);
    el.startScanning();
    clock.advance(60_000);
    await settle(el);
    expect(ringed(el)).to.equal(null);
    expect(el.value).to.equal('');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(ringed(el)).to.equal('Ledsen');
    expect(el.value).to.equal('');
  });

  it('auto: a button the page registers (e.g. "Nästa") is scanned after the options and the switch presses it', async () => {
    const clock = new FakeClock();
    const el = await scale('auto', clock, html`<button type="button" id="next">Nästa</button>`);
    const next = document.getElementById('next')!;
    let pressed = 0;
    next.addEventListener('click', () => pressed++);
    el.registerScanTarget(next);
    el.startScanning();
    clock.advance(3000 + 1500 * 2);
    await settle(el);
    expect(ringed(el)).to.equal('Nästa');
    await sendKeys({ press: ' ' });
    expect(pressed).to.equal(1);
    expect(el.value).to.equal('');
  });

  it('auto: after choosing an answer the ring goes straight to the first registered button ("Nästa")', async () => {
    const clock = new FakeClock();
    const el = await scale(
      'auto',
      clock,
      html`<button type="button" id="back">Tillbaka</button><button type="button" id="next">Nästa</button>`,
    );
    el.registerScanTarget(document.getElementById('next')!);
    el.registerScanTarget(document.getElementById('back')!);
    el.startScanning();
    await settle(el);
    expect(ringed(el)).to.equal('Ledsen');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(el.value).to.equal('1');
    expect(ringed(el)).to.equal('Nästa');
    clock.advance(3000);
    await settle(el);
    expect(ringed(el)).to.equal('Tillbaka');
  });

  it('step: a short press moves the ring, a long press (≥ 400 ms) chooses', async () => {
    const clock = new FakeClock();
    const el = await scale('step', clock);
    el.startScanning();
    await settle(el);
    expect(ringed(el)).to.equal('Ledsen');
    clock.advance(10_000);
    await settle(el);
    expect(ringed(el)).to.equal('Ledsen'); // no auto movement in step mode

    await sendKeys({ down: ' ' });
    clock.advance(150);
    await sendKeys({ up: ' ' });
    await settle(el);
    expect(ringed(el)).to.equal('Mittemellan');
    expect(el.value).to.equal('');

    await sendKeys({ down: ' ' });
    clock.advance(450);
    await sendKeys({ up: ' ' });
    await settle(el);
    expect(el.value).to.equal('2');
  });

  it('two switches: Space moves the ring, Enter chooses', async () => {
    const speech = fakeSpeech();
    const wrapper = await fixture<HTMLElement>(html`<div>${choiceExamples.scanningTwoSwitch.render()}</div>`);
    const el = wrapper.querySelector<SvaraChoice>('svara-choice')!;
    el.speech = speech.environment;
    el.scanClock = new FakeClock();
    await el.updateComplete;
    el.startScanning();
    await settle(el);
    expect(ringed(el)).to.equal('Bemötande');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(ringed(el)).to.equal('Väntetid');
    expect(el.value).to.equal('');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value).to.equal('vantetid');
    // read-aloud is on: each ringed answer was read
    expect(speech.spoken.map((u) => u.text)).to.deep.equal(['Bemötande', 'Information', 'Väntetid']);
  });

  it('Escape stops scanning: the ring goes and the switch no longer chooses', async () => {
    const clock = new FakeClock();
    const el = await scale('auto', clock);
    el.startScanning();
    await settle(el);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(ringed(el)).to.equal(null);
    expect(scanButton(el).textContent!.trim()).to.equal('Börja skanna');
    clock.advance(10_000);
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(ringed(el)).to.equal(null);
    expect(el.value).to.equal('');
  });

  it("a scan that starts after its question left the page never starts: Space and Enter stay the page's", async () => {
    const clock = new FakeClock();
    const el = await scale('auto', clock, html`<input aria-label="Annat fält" />`);
    const field = el.parentElement!.querySelector('input')!;
    el.remove(); // e.g. the survey moved on while read-aloud and scanning were still loading
    el.startScanning();
    await new Promise((resolve) => setTimeout(resolve, 100));
    field.focus();
    await sendKeys({ type: 'a b' });
    await sendKeys({ press: 'Enter' });
    expect(field.value, 'Space reached the field').to.equal('a b');
  });

  it('"Sluta skanna" is scanned too: choosing it with the switch stops scanning', async () => {
    const clock = new FakeClock();
    const el = await scale('two-switch', clock);
    el.startScanning();
    for (let i = 0; i < 3; i++) await sendKeys({ press: ' ' });
    await settle(el);
    expect(ringed(el)).to.equal('Sluta skanna');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(ringed(el)).to.equal(null);
    expect(scanButton(el).textContent!.trim()).to.equal('Börja skanna');
    expect(el.value).to.equal('');
  });

  it('the ring is at least 2 px and stays in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const clock = new FakeClock();
    const el = await scale('step', clock);
    el.startScanning();
    await settle(el);
    const label = el.shadowRoot!.querySelector('label')!;
    expect(getComputedStyle(label).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(label).outlineWidth)).to.be.at.least(2);
  });

  describe('axe on the scanning examples, scanning', () => {
    for (const key of ['scanningAuto', 'scanningStep'] as const) {
      it(`scale ${key}`, async () => {
        const example: ScaleExample = scaleExamples[key];
        const wrapper = await fixture<HTMLElement>(html`<div>${example.render()}</div>`);
        const el = wrapper.querySelector<SvaraScale>('svara-scale')!;
        await el.updateComplete;
        el.startScanning();
        await el.updateComplete;
        expect(ringed(el)).to.not.equal(null);
        await expectNoAxeViolations(wrapper);
      });
    }
    it('choice scanningTwoSwitch', async () => {
      const example: ChoiceExample = choiceExamples.scanningTwoSwitch;
      const wrapper = await fixture<HTMLElement>(html`<div>${example.render()}</div>`);
      const el = wrapper.querySelector<SvaraChoice>('svara-choice')!;
      await el.updateComplete;
      await example.prepare?.(el);
      expect(ringed(el)).to.equal('Bemötande');
      await expectNoAxeViolations(wrapper);
    });
  });
});
