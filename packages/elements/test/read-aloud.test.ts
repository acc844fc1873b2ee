/**
 * Read-aloud (uppläsning) on <svara-scale> and <svara-choice>, with a fake speechSynthesis and Audio: what a
 * respondent hears (texts, voices, order), what they see (button, message, highlight) and what stops it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '@svara/testing/axe';
import {
  MAX_UTTERANCE,
  addRecordedSpeech,
  speechLanguage,
} from '../src/controllers/read-aloud-controller.js';
import { setLocale } from '../src/localization.js';
import type { SvaraChoice } from '../src/components/choice/choice.js';
import type { SvaraScale } from '../src/components/scale/scale.js';
import { choiceExamples } from '../src/components/choice/choice.examples.js';
import { scaleExamples } from '../src/components/scale/scale.examples.js';
import type { ScaleExample } from '../src/components/scale/scale.examples.js';
import { fakeSpeech, voicesWithSwedish, voicesWithoutSwedish } from '@svara/testing/fake-speech';
import type { FakeSpeech } from '@svara/testing/fake-speech';
import '../src/components/choice/choice.define.js';
import '../src/components/scale/scale.define.js';

type Host = SvaraScale | SvaraChoice;

function button(host: Host): HTMLButtonElement {
  return host.shadowRoot!.querySelector<HTMLButtonElement>('[part="read-aloud-button"]')!;
}

function message(host: Host): string {
  return host.shadowRoot!.querySelector('[part="read-aloud-message"]')!.textContent!.trim();
}

/** The texts shown with the highlight now. */
function highlighted(host: Host): string[] {
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>('legend, [part~="option-label"]')]
    .filter((el) => getComputedStyle(el).outlineStyle === 'dashed')
    .map((el) => el.textContent!.trim());
}

async function settle(host: Host): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await host.updateComplete;
}

async function listen(host: Host): Promise<void> {
  button(host).click();
  await settle(host);
}

async function scale(speech: FakeSpeech, attrs: { lang?: string; label?: string } = {}): Promise<SvaraScale> {
  const el = await fixture<SvaraScale>(html`
    <svara-scale
      name="q"
      lang=${attrs.lang ?? 'sv'}
      label=${attrs.label ?? 'Den eller de jag träffade lyssnade på mig.'}
      scale="smiley-5"
      read-aloud
      .speech=${speech.environment}
    ></svara-scale>
  `);
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  await setLocale('sv');
  await emulateMedia({ forcedColors: 'none' });
});

describe('read-aloud', () => {
  it('normalises sv-SE, sv_SE, SV and swe to sv', () => {
    expect(['sv-SE', 'sv_SE', 'SV', 'swe', ' sv '].map(speechLanguage)).to.deep.equal([
      'sv',
      'sv',
      'sv',
      'sv',
      'sv',
    ]);
    expect(speechLanguage('ara')).to.equal('ar');
  });

  it('speaks nothing until the user presses "Lyssna"; the button is at least 44×44 px', async () => {
    const speech = fakeSpeech();
    const el = await scale(speech);
    await settle(el);
    expect(speech.spoken).to.deep.equal([]);
    const box = button(el).getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    expect(button(el).textContent!.trim()).to.include('Lyssna');
  });

  it('with a Swedish voice: reads the question, then each option, with the Swedish voice, highlighting each', async () => {
    const speech = fakeSpeech(voicesWithSwedish());
    const el = await scale(speech);
    await listen(el);
    expect(button(el).textContent!.trim()).to.include('Sluta läsa');
    expect(speech.spoken[0]).to.include({
      text: 'Den eller de jag träffade lyssnade på mig.',
      voice: 'sv-SE',
    });
    expect(highlighted(el)).to.deep.equal(['Den eller de jag träffade lyssnade på mig.']);

    speech.finish();
    await settle(el);
    expect(speech.spoken[1]).to.include({ text: 'Mycket ledsen', voice: 'sv-SE' });
    expect(highlighted(el)).to.deep.equal(['Mycket ledsen']);

    speech.finishAll();
    await settle(el);
    expect(speech.spoken.map((u) => u.text)).to.deep.equal([
      'Den eller de jag träffade lyssnade på mig.',
      'Mycket ledsen',
      'Ledsen',
      'Mittemellan',
      'Glad',
      'Mycket glad',
    ]);
    expect(highlighted(el)).to.deep.equal([]);
    expect(button(el).textContent!.trim()).to.include('Lyssna');
  });

  it('without a Swedish voice: says so plainly and speaks nothing in English', async () => {
    const speech = fakeSpeech(voicesWithoutSwedish());
    const el = await scale(speech);
    await listen(el);
    expect(message(el)).to.equal('Uppläsning på svenska finns inte på den här enheten.');
    expect(speech.spoken).to.deep.equal([]);
    expect(button(el).textContent!.trim()).to.include('Lyssna');
    expect(button(el).checkVisibility()).to.be.true;
  });

  it('the no-voice message is in the UI language', async () => {
    await setLocale('en');
    const speech = fakeSpeech(voicesWithoutSwedish());
    const el = await scale(speech);
    await listen(el);
    expect(message(el)).to.equal('Read-aloud in Swedish is not available on this device.');
    expect(speech.spoken).to.deep.equal([]);
  });

  it('Arabic and English texts are read with Arabic and English voices', async () => {
    const arabic = fakeSpeech();
    const ar = await scale(arabic, { lang: 'ar', label: 'الشخص الذي قابلته استمع إليّ.' });
    await listen(ar);
    arabic.finishAll();
    expect(arabic.spoken.length).to.equal(6);
    expect(arabic.spoken.every((u) => u.voice === 'ar-SA')).to.be.true;

    const english = fakeSpeech();
    const en = await scale(english, { lang: 'en', label: 'The person I met listened to me.' });
    await listen(en);
    english.finishAll();
    expect(english.spoken.map((u) => u.text)).to.include('Very happy');
    expect(english.spoken.every((u) => u.voice === 'en-US')).to.be.true;
  });

  it('recorded audio takes precedence over speech', async () => {
    const speech = fakeSpeech();
    const el = await fixture<SvaraChoice>(html`
      <svara-choice
        lang="sv"
        label="Vad vill du lämna?"
        read-aloud
        .audio=${{ 'sv-SE': '/audio/fraga.mp3', en: '/audio/question.mp3' }}
        .options=${[
          { value: 'ja', label: 'Ja', audio: { sv: '/audio/ja.mp3' } },
          { value: 'nej', label: 'Nej' },
        ]}
        .speech=${speech.environment}
      ></svara-choice>
    `);
    await listen(el);
    speech.finishAll();
    await settle(el);
    expect(speech.played).to.deep.equal(['/audio/fraga.mp3', '/audio/ja.mp3']);
    expect(speech.spoken.map((u) => u.text)).to.deep.equal(['Nej']);
  });

  it('recorded speech added for the page (an audio manifest) reads preset labels; own audio still wins', async () => {
    const speech = fakeSpeech();
    const remove = addRecordedSpeech((text, lang) =>
      lang === 'sv' && (text === 'Glad' || text === 'Hur var det?') ? `/audio/${text.length}.wav` : undefined,
    );
    try {
      const el = await scale(speech, { label: 'Hur var det?' });
      el.audio = { sv: '/audio/own.mp3' };
      await listen(el);
      speech.finishAll();
      await settle(el);
      expect(speech.played).to.deep.equal(['/audio/own.mp3', '/audio/4.wav']);
      expect(speech.spoken.map((u) => u.text)).to.deep.equal([
        'Mycket ledsen',
        'Ledsen',
        'Mittemellan',
        'Mycket glad',
      ]);
    } finally {
      remove();
    }
    const after = fakeSpeech();
    const again = await scale(after, { label: 'Hur var det?' });
    await listen(again);
    after.finishAll();
    expect(after.played).to.deep.equal([]);
  });

  it('readQuestion() reads as the button does, and stopReading() stops it', async () => {
    const speech = fakeSpeech();
    const el = await scale(speech, { label: 'Hur var det?' });
    await el.readQuestion();
    await settle(el);
    expect(speech.spoken.map((u) => u.text)).to.deep.equal(['Hur var det?']);
    expect(button(el).textContent).to.contain('Sluta läsa');
    el.stopReading();
    await settle(el);
    speech.finishAll();
    expect(speech.spoken).to.have.length(1);
    expect(button(el).textContent).to.contain('Lyssna');
  });

  it('speaks per sentence, no utterance over 200 characters, cancelling before each one', async () => {
    const long =
      'Vi vill veta hur du har det hemma, i skolan, på fritiden, med dina kompisar, med dina syskon, med dina föräldrar, med de vuxna som du träffar hos socialtjänsten och med alla andra som du möter under en vanlig vecka när det är skola och när det är lov.';
    const label = `Nu kommer en fråga. ${long} Svara så gott du kan!`;
    const speech = fakeSpeech();
    const el = await scale(speech, { label });
    await listen(el);
    speech.finishAll();
    const question = speech.spoken.slice(0, -5).map((u) => u.text);
    expect(long.length).to.be.greaterThan(MAX_UTTERANCE);
    expect(question.length).to.be.at.least(4);
    expect(question[0]).to.equal('Nu kommer en fråga.');
    expect(question[question.length - 1]).to.equal('Svara så gott du kan!');
    for (const text of question) expect(text.length).to.be.at.most(MAX_UTTERANCE);
    expect(question.join(' ')).to.equal(label);
    speech.calls
      .map((call, i) => [call, speech.calls[i - 1]])
      .filter(([call]) => call!.startsWith('speak:'))
      .forEach(([, before]) => expect(before).to.equal('cancel'));
  });

  it('one press of "Sluta läsa" stops reading at once', async () => {
    const speech = fakeSpeech();
    const el = await scale(speech);
    await listen(el);
    speech.finish();
    await settle(el);
    expect(speech.spoken.length).to.equal(2);
    await listen(el);
    expect(speech.calls[speech.calls.length - 1]).to.equal('cancel');
    expect(button(el).textContent!.trim()).to.include('Lyssna');
    expect(highlighted(el)).to.deep.equal([]);
    speech.finishAll();
    await settle(el);
    expect(speech.spoken.length).to.equal(2);
  });

  it('read-aloud-rate sets the speaking rate', async () => {
    const speech = fakeSpeech();
    const el = await scale(speech);
    el.readAloudRate = 0.75;
    await listen(el);
    expect(speech.spoken[0]!.rate).to.equal(0.75);
  });

  it('read-aloud="focus" reads each option as it receives focus; plain read-aloud does not', async () => {
    const speech = fakeSpeech();
    const wrapper = await fixture<HTMLElement>(html`<div>${choiceExamples.readAloudFocus.render()}</div>`);
    const el = wrapper.querySelector<SvaraChoice>('svara-choice')!;
    el.speech = speech.environment;
    await el.updateComplete;
    el.shadowRoot!.querySelector('input')!.focus();
    await settle(el);
    expect(speech.spoken.map((u) => u.text)).to.deep.equal(['Bemötande']);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(speech.spoken.map((u) => u.text)).to.deep.equal(['Bemötande', 'Information']);
    expect(highlighted(el)).to.deep.equal(['Information']);

    const quiet = fakeSpeech();
    const plain = await scale(quiet);
    plain.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(plain);
    expect(quiet.spoken).to.deep.equal([]);
  });

  it('the highlight stays visible in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const speech = fakeSpeech();
    const el = await scale(speech);
    await listen(el);
    await waitUntil(() => highlighted(el).length === 1);
    const legend = el.shadowRoot!.querySelector('legend')!;
    expect(parseFloat(getComputedStyle(legend).outlineWidth)).to.be.at.least(2);
  });

  describe('axe on the read-aloud examples', () => {
    for (const key of ['readAloud', 'readAloudReading', 'readAloudNoVoice'] as const) {
      it(`scale ${key}`, async () => {
        const example: ScaleExample = scaleExamples[key];
        const wrapper = await fixture<HTMLElement>(html`<div>${example.render()}</div>`);
        const el = wrapper.querySelector<SvaraScale>('svara-scale')!;
        await el.updateComplete;
        await example.prepare?.(el);
        if (key === 'readAloudNoVoice') expect(message(el)).to.include('svenska');
        if (key === 'readAloudReading') expect(button(el).textContent).to.include('Sluta läsa');
        await expectNoAxeViolations(wrapper);
      });
    }
    it('choice readAloudFocus', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>${choiceExamples.readAloudFocus.render()}</div>`);
      await expectNoAxeViolations(wrapper);
    });
  });
});
