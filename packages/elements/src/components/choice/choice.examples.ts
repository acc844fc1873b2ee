/**
 * Examples of `<svara-choice>`: the single source for its stories, its tests and the axe checks. Every
 * documented state is a tested state.
 */
import { html } from 'lit';
import type { Example } from '@svara/testing/examples';
import type { SvaraLocale } from '../../localization.js';
import type { SvaraChoice } from './choice.js';
import { arasaacLayout, configurePictograms } from '@svara/pictograms';
import { BROKEN_IMAGE, fixtureArasaacUrl } from '@svara/testing/pictograms';
import { fakeSpeech } from '@svara/testing/fake-speech';
import './choice.define.js';

export interface ChoiceExample extends Example<SvaraChoice> {
  /** UI language to activate before rendering (defaults to `sv`). */
  locale?: SvaraLocale;
}

const careOptions = [
  { value: 'bemotande', label: 'Bemötande' },
  { value: 'information', label: 'Information' },
  { value: 'vantetid', label: 'Väntetid' },
  { value: 'annat', label: 'Något annat' },
];

export const choiceExamples = {
  oneAnswer: {
    title: 'Ett svar',
    description: 'A radio group from <svara-option> children, with a hint. Required.',
    render: () => html`
      <svara-choice
        data-example
        name="kategori"
        label="Vad vill du lämna?"
        hint="Välj det som passar bäst."
        required
      >
        <svara-option value="synpunkt">Synpunkt</svara-option>
        <svara-option value="klagomal">Klagomål</svara-option>
        <svara-option value="berom">Beröm</svara-option>
      </svara-choice>
    `,
  },
  preselected: {
    title: 'Förvalt svar',
    description: 'The `value` attribute is the default answer; form.reset() goes back to it.',
    render: () => html`
      <svara-choice data-example name="kontakt" label="Vill du att vi kontaktar dig?" value="nej">
        <svara-option value="ja">Ja</svara-option>
        <svara-option value="nej">Nej</svara-option>
      </svara-choice>
    `,
  },
  severalAnswers: {
    title: 'Flera svar',
    description: 'A checkbox group from the `options` property, at most two answers.',
    render: () => html`
      <svara-choice
        data-example
        name="galler"
        label="Vad gäller det?"
        hint="Välj ett eller två svar."
        multiple
        required
        max-selections="2"
        .options=${careOptions}
      ></svara-choice>
    `,
  },
  dontKnowAndSkip: {
    title: 'Vet inte och Hoppa över',
    description:
      'Answers for children: large targets, option hints, and "Vet inte" / "Vill inte svara" apart from the options (stored as dont_know / skipped).',
    render: () => html`
      <svara-choice
        data-example
        name="varfor"
        label="Jag vet varför vi träffades."
        size="large"
        allow-dont-know
        allow-skip
        skip-label="Vill inte svara"
        required
      >
        <svara-option value="ja">Ja</svara-option>
        <svara-option value="delvis" hint="Jag vet lite grann">Delvis</svara-option>
        <svara-option value="nej">Nej</svara-option>
      </svara-choice>
    `,
  },
  severalWithDontKnow: {
    title: 'Flera svar med Vet inte',
    description: 'With `multiple`, "Vet inte" is exclusive: it clears the options, and an option clears it.',
    render: () => html`
      <svara-choice
        data-example
        name="stod"
        label="Vilket stöd har du fått?"
        multiple
        allow-dont-know
        value="samtal"
      >
        <svara-option value="samtal">Samtal</svara-option>
        <svara-option value="boende">Boende</svara-option>
        <svara-option value="ekonomi">Pengar</svara-option>
      </svara-choice>
    `,
  },
  invalid: {
    title: 'Med fel',
    description: 'After a submit attempt without an answer: the error with its hidden "Fel:" prefix.',
    render: () => html`
      <svara-choice data-example name="kategori" label="Vad vill du lämna?" required>
        <svara-option value="synpunkt">Synpunkt</svara-option>
        <svara-option value="klagomal">Klagomål</svara-option>
        <svara-option value="berom">Beröm</svara-option>
      </svara-choice>
    `,
    prepare: async (choice: SvaraChoice) => {
      choice.reportValidity();
      await choice.updateComplete;
    },
  },
  disabled: {
    title: 'Avstängd',
    description: 'A disabled question: not focusable, left out of FormData.',
    render: () => html`
      <svara-choice data-example name="kontakt" label="Vill du att vi kontaktar dig?" value="ja" disabled>
        <svara-option value="ja">Ja</svara-option>
        <svara-option value="nej">Nej</svara-option>
      </svara-choice>
    `,
  },
  disabledOption: {
    title: 'Ett avstängt alternativ',
    description: 'A disabled option is skipped by the arrow keys.',
    render: () => html`
      <svara-choice data-example name="tid" label="När passar det att vi ringer?">
        <svara-option value="morgon">På morgonen</svara-option>
        <svara-option value="lunch" disabled>Vid lunch (inte möjligt)</svara-option>
        <svara-option value="eftermiddag">På eftermiddagen</svara-option>
      </svara-choice>
    `,
  },
  arabic: {
    title: 'Arabiska (höger till vänster)',
    description: 'Arabic content and UI strings, right to left: Left/Right arrows are mirrored.',
    locale: 'ar',
    render: () => html`
      <div lang="ar" dir="rtl">
        <svara-choice data-example name="varfor" label="أعرف لماذا التقينا." allow-dont-know required>
          <svara-option value="ja">نعم</svara-option>
          <svara-option value="delvis">إلى حد ما</svara-option>
          <svara-option value="nej">لا</svara-option>
        </svara-choice>
      </div>
    `,
  },
  pictogramBuiltin: {
    title: 'Bildstöd (egna bilder)',
    description:
      'display="pictogram" with svara’s own pictograms: picture and word together, the word names the option; "Vet inte" gets its own picture. Works with no external image.',
    render: () => html`
      <svara-choice
        name="stod"
        label="Får du det stöd du ska få?"
        display="pictogram"
        size="large"
        allow-dont-know
      >
        <svara-option value="ja" builtin="yes">Ja</svara-option>
        <svara-option value="ibland" builtin="sometimes">Ibland</svara-option>
        <svara-option value="nej" builtin="no">Nej</svara-option>
      </svara-choice>
    `,
  },
  pictogramArasaac: {
    title: 'Bildstöd från ARASAAC',
    description:
      'Self-hosted ARASAAC pictograms (stand-ins drawn by the project here), with the attribution the licence requires after the question. Words after the pictures (label-position="end").',
    render: () => {
      configurePictograms({ arasaacUrl: fixtureArasaacUrl(arasaacLayout) });
      return html`
        <svara-choice
          name="trygg"
          label="Känner du dig trygg hemma?"
          display="pictogram"
          label-position="end"
          size="large"
        >
          <svara-option value="ja" arasaac="5584">Ja</svara-option>
          <svara-option value="nej" arasaac="5526">Nej</svara-option>
          <svara-option value="vet-inte" arasaac="7180">Vet inte</svara-option>
        </svara-choice>
      `;
    },
  },
  pictogramBroken: {
    title: 'Bildstöd, bild som inte går att visa',
    description:
      'Pictures that cannot be loaded: each word fills its picture’s box, and the options keep their names.',
    render: () => html`
      <svara-choice name="plats" label="Var träffades ni?" display="pictogram">
        <svara-option value="hemma" src=${BROKEN_IMAGE} alt="Hemma">Hemma</svara-option>
        <svara-option value="kontoret" src=${BROKEN_IMAGE} alt="På kontoret">På kontoret</svara-option>
      </svara-choice>
    `,
  },
  readAloudFocus: {
    title: 'Uppläsning vid fokus',
    description:
      'read-aloud="focus": the "Lyssna" button reads the question and the options, and each option is also read when it receives focus. Recorded audio in the definition is played instead of speech. (The story speaks with a silent stand-in voice.)',
    render: () => html`
      <svara-choice
        data-example
        name="kategori-uppl"
        label="Vad vill du lämna?"
        read-aloud="focus"
        .audio=${{ sv: '/audio/vad-vill-du-lamna.mp3' }}
        .options=${careOptions}
        .speech=${fakeSpeech().environment}
      ></svara-choice>
    `,
  },
  scanningTwoSwitch: {
    title: 'Skanning med två kontakter',
    description:
      'scanning="two-switch", scanning started and read aloud: one switch (Space) moves the ring, the other (Enter) chooses. With read-aloud on, each ringed answer is read. (The story speaks with a silent stand-in voice.)',
    render: () => html`
      <svara-choice
        data-example
        name="kategori-skanning"
        label="Vad vill du lämna?"
        size="large"
        scanning="two-switch"
        read-aloud="on"
        .options=${careOptions}
        .speech=${fakeSpeech().environment}
      ></svara-choice>
    `,
    prepare: async (choice: SvaraChoice) => {
      choice.startScanning();
      await choice.updateComplete;
    },
  },
} satisfies Record<string, ChoiceExample>;

export type ChoiceExampleName = keyof typeof choiceExamples;
