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
import { content } from '@svara/testing/example-language';
import './choice.define.js';

export interface ChoiceExample extends Example<SvaraChoice> {
  /** UI language to activate before rendering (defaults to `sv`). */
  locale?: SvaraLocale;
}

/** In the page's language when rendered (Arabic in an Arabic story): see @svara/testing/example-language. */
const careOptions = () => [
  { value: 'bemotande', label: content({ sv: 'Bemötande', ar: 'المعاملة' }) },
  { value: 'information', label: content({ sv: 'Information', ar: 'المعلومات' }) },
  { value: 'vantetid', label: content({ sv: 'Väntetid', ar: 'وقت الانتظار' }) },
  { value: 'annat', label: content({ sv: 'Något annat', ar: 'شيء آخر' }) },
];

const whatToLeave = () => content({ sv: 'Vad vill du lämna?', ar: 'ماذا تريد أن تقدّم؟' });
const shallWeContactYou = () =>
  content({ sv: 'Vill du att vi kontaktar dig?', ar: 'هل تريد أن نتواصل معك؟' });
const yes = () => content({ sv: 'Ja', ar: 'نعم' });
const no = () => content({ sv: 'Nej', ar: 'لا' });

/** Synpunkt, klagomål, beröm: what the synpunkter form asks for. */
const feedbackKinds = () => html`
  <svara-option value="synpunkt">${content({ sv: 'Synpunkt', ar: 'ملاحظة' })}</svara-option>
  <svara-option value="klagomal">${content({ sv: 'Klagomål', ar: 'شكوى' })}</svara-option>
  <svara-option value="berom">${content({ sv: 'Beröm', ar: 'ثناء' })}</svara-option>
`;

export const choiceExamples = {
  oneAnswer: {
    title: 'Ett svar',
    description: 'A radio group from <svara-option> children, with a hint. Required.',
    render: () => html`
      <svara-choice
        data-example
        name="kategori"
        label=${whatToLeave()}
        hint=${content({ sv: 'Välj det som passar bäst.', ar: 'اختر ما يناسبك أكثر.' })}
        required
      >
        ${feedbackKinds()}
      </svara-choice>
    `,
  },
  preselected: {
    title: 'Förvalt svar',
    description: 'The `value` attribute is the default answer; form.reset() goes back to it.',
    render: () => html`
      <svara-choice data-example name="kontakt" label=${shallWeContactYou()} value="nej">
        <svara-option value="ja">${yes()}</svara-option>
        <svara-option value="nej">${no()}</svara-option>
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
        label=${content({ sv: 'Vad gäller det?', ar: 'بماذا يتعلق الأمر؟' })}
        hint=${content({ sv: 'Välj ett eller två svar.', ar: 'اختر إجابة واحدة أو إجابتين.' })}
        multiple
        required
        max-selections="2"
        .options=${careOptions()}
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
        label=${content({ sv: 'Jag vet varför vi träffades.', ar: 'أعرف لماذا التقينا.' })}
        size="large"
        allow-dont-know
        allow-skip
        skip-label=${content({ sv: 'Vill inte svara', ar: 'لا أريد أن أجيب' })}
        required
      >
        <svara-option value="ja">${yes()}</svara-option>
        <svara-option value="delvis" hint=${content({ sv: 'Jag vet lite grann', ar: 'أعرف قليلًا' })}
          >${content({ sv: 'Delvis', ar: 'إلى حد ما' })}</svara-option
        >
        <svara-option value="nej">${no()}</svara-option>
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
        label=${content({ sv: 'Vilket stöd har du fått?', ar: 'ما الدعم الذي حصلت عليه؟' })}
        multiple
        allow-dont-know
        value="samtal"
      >
        <svara-option value="samtal">${content({ sv: 'Samtal', ar: 'محادثات' })}</svara-option>
        <svara-option value="boende">${content({ sv: 'Boende', ar: 'سكن' })}</svara-option>
        <svara-option value="ekonomi">${content({ sv: 'Pengar', ar: 'مال' })}</svara-option>
      </svara-choice>
    `,
  },
  invalid: {
    title: 'Med fel',
    description: 'After a submit attempt without an answer: the error with its hidden "Fel:" prefix.',
    render: () => html`
      <svara-choice data-example name="kategori" label=${whatToLeave()} required>
        ${feedbackKinds()}
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
      <svara-choice data-example name="kontakt" label=${shallWeContactYou()} value="ja" disabled>
        <svara-option value="ja">${yes()}</svara-option>
        <svara-option value="nej">${no()}</svara-option>
      </svara-choice>
    `,
  },
  disabledOption: {
    title: 'Ett avstängt alternativ',
    description: 'A disabled option is skipped by the arrow keys.',
    render: () => html`
      <svara-choice
        data-example
        name="tid"
        label=${content({ sv: 'När passar det att vi ringer?', ar: 'متى يناسبك أن نتصل بك؟' })}
      >
        <svara-option value="morgon">${content({ sv: 'På morgonen', ar: 'في الصباح' })}</svara-option>
        <svara-option value="lunch" disabled
          >${content({ sv: 'Vid lunch (inte möjligt)', ar: 'وقت الغداء (غير ممكن)' })}</svara-option
        >
        <svara-option value="eftermiddag"
          >${content({ sv: 'På eftermiddagen', ar: 'بعد الظهر' })}</svara-option
        >
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
        label=${content({ sv: 'Får du det stöd du ska få?', ar: 'هل تحصل على الدعم الذي يحق لك؟' })}
        display="pictogram"
        size="large"
        allow-dont-know
      >
        <svara-option value="ja" builtin="yes">${yes()}</svara-option>
        <svara-option value="ibland" builtin="sometimes"
          >${content({ sv: 'Ibland', ar: 'أحيانًا' })}</svara-option
        >
        <svara-option value="nej" builtin="no">${no()}</svara-option>
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
          label=${content({ sv: 'Känner du dig trygg hemma?', ar: 'هل تشعر بالأمان في البيت؟' })}
          display="pictogram"
          label-position="end"
          size="large"
        >
          <svara-option value="ja" arasaac="5584">${yes()}</svara-option>
          <svara-option value="nej" arasaac="5526">${no()}</svara-option>
          <svara-option value="vet-inte" arasaac="7180"
            >${content({ sv: 'Vet inte', ar: 'لا أعرف' })}</svara-option
          >
        </svara-choice>
      `;
    },
  },
  pictogramBroken: {
    title: 'Bildstöd, bild som inte går att visa',
    description:
      'Pictures that cannot be loaded: each word fills its picture’s box, and the options keep their names.',
    render: () => {
      const home = content({ sv: 'Hemma', ar: 'في البيت' });
      const office = content({ sv: 'På kontoret', ar: 'في المكتب' });
      return html`
        <svara-choice
          name="plats"
          label=${content({ sv: 'Var träffades ni?', ar: 'أين التقيتم؟' })}
          display="pictogram"
        >
          <svara-option value="hemma" src=${BROKEN_IMAGE} alt=${home}>${home}</svara-option>
          <svara-option value="kontoret" src=${BROKEN_IMAGE} alt=${office}>${office}</svara-option>
        </svara-choice>
      `;
    },
  },
  readAloudFocus: {
    title: 'Uppläsning vid fokus',
    description:
      'read-aloud="focus": the "Lyssna" button reads the question and the options, and each option is also read when it receives focus. Recorded audio in the definition is played instead of speech. (The story speaks with a silent stand-in voice.)',
    render: () => html`
      <svara-choice
        data-example
        name="kategori-uppl"
        label=${whatToLeave()}
        read-aloud="focus"
        .audio=${{ sv: '/audio/vad-vill-du-lamna.mp3' }}
        .options=${careOptions()}
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
        label=${whatToLeave()}
        size="large"
        scanning="two-switch"
        read-aloud="on"
        .options=${careOptions()}
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
