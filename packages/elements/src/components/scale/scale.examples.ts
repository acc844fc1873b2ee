/**
 * Examples of `<svara-scale>`: the single source for its stories, its tests and the axe checks. Every
 * documented state is a tested state. The questions are the city's own (see the schema's example surveys).
 */
import { html } from 'lit';
import type { Example } from '@svara/testing/examples';
import type { CustomScale, NumericScale } from '@svara/schema';
import type { SvaraLocale } from '../../localization.js';
import type { SvaraScale } from './scale.js';
import { arasaacLayout, configurePictograms } from '@svara/pictograms';
import { BROKEN_IMAGE, fixtureArasaacUrl } from '@svara/testing/pictograms';
import { fakeSpeech, voicesWithoutSwedish } from '@svara/testing/fake-speech';
import { content } from '@svara/testing/example-language';
import './scale.define.js';

export interface ScaleExample extends Example<SvaraScale> {
  /** UI language to activate before rendering (defaults to `sv`). */
  locale?: SvaraLocale;
}

/** Parents' clinic: a 1-5 number scale whose ends are named. */
export const satisfaction: NumericScale = {
  min: 1,
  max: 5,
  minLabel: {
    sv: 'Inte alls nöjd',
    en: 'Not at all satisfied',
    fi: 'En lainkaan tyytyväinen',
    ar: 'غير راضٍ أبدًا',
  },
  maxLabel: { sv: 'Mycket nöjd', en: 'Very satisfied', fi: 'Erittäin tyytyväinen', ar: 'راضٍ جدًا' },
};

/** Follow-up of placements: how the support changed the situation; a custom scale in two languages. */
export const situationChange: CustomScale = {
  options: [
    { value: 'battre', text: { sv: 'Bättre', en: 'Better', ar: 'أفضل' } },
    { value: 'samma', text: { sv: 'Som förut', en: 'The same', ar: 'كما كان' } },
    { value: 'samre', text: { sv: 'Sämre', en: 'Worse', ar: 'أسوأ' } },
  ],
};

/** A custom scale with ARASAAC pictograms (served from the stand-ins in @svara/pictograms' test fixtures). */
export const arasaacScale: CustomScale = {
  options: [
    { value: 'ja', text: { sv: 'Ja', en: 'Yes', ar: 'نعم' }, pictogram: { arasaac: 5584 } },
    {
      value: 'vet-inte',
      text: { sv: 'Vet inte', en: "Don't know", ar: 'لا أعرف' },
      pictogram: { arasaac: 7180 },
    },
    { value: 'nej', text: { sv: 'Nej', en: 'No', ar: 'لا' }, pictogram: { arasaac: 5526 } },
  ],
};

/** A custom scale whose images cannot be loaded. */
export const brokenScale: CustomScale = {
  options: [
    {
      value: 'ja',
      text: { sv: 'Ja', ar: 'نعم' },
      pictogram: { src: BROKEN_IMAGE, alt: { sv: 'Ja', ar: 'نعم' } },
    },
    {
      value: 'nej',
      text: { sv: 'Nej', ar: 'لا' },
      pictogram: { src: BROKEN_IMAGE, alt: { sv: 'Nej', ar: 'لا' } },
    },
  ],
};

/** Options with plain-language variants. */
export const plainScale: CustomScale = {
  options: [
    {
      value: 'ja',
      text: { sv: 'Ja, i full utsträckning', ar: 'نعم، بالكامل' },
      plain: { text: { sv: 'Ja', ar: 'نعم' } },
    },
    {
      value: 'delvis',
      text: { sv: 'Delvis, men inte i alla delar', ar: 'جزئيًا، وليس في كل شيء' },
      plain: { text: { sv: 'Lite', ar: 'قليلًا' } },
    },
    {
      value: 'nej',
      text: { sv: 'Nej, inte alls', ar: 'لا، أبدًا' },
      plain: { text: { sv: 'Nej', ar: 'لا' } },
    },
  ],
};

const clickListen = async (scale: SvaraScale) => {
  scale.shadowRoot!.querySelector<HTMLButtonElement>('[part="read-aloud-button"]')!.click();
  await new Promise((resolve) => setTimeout(resolve));
  await scale.updateComplete;
};

const submitAttempt = async (scale: SvaraScale) => {
  scale.reportValidity();
  await scale.updateComplete;
};

export const scaleExamples = {
  fiveFaces: {
    title: 'Fem ansikten (barn från 10 år)',
    description:
      'smiley-5 for children from about 10: large targets, faces named by feeling, no numbers, and "Vet inte" / "Vill inte svara" apart from the scale.',
    render: () => html`
      <svara-scale
        name="lyssnade"
        label=${content({ sv: 'Den eller de jag träffade lyssnade på mig.', ar: 'الشخص أو الأشخاص الذين قابلتهم استمعوا إليّ.' })}
        scale="smiley-5"
        size="large"
        allow-dont-know
        allow-skip
        required
      ></svara-scale>
    `,
  },
  agreementFaces: {
    title: 'Ansikten för ett påstående',
    description:
      'smiley-agree-5 for a statement of fact: the five faces of smiley-5 (same values 1–5), labelled for how true the statement is ("Stämmer inte alls" … "Stämmer helt"), not for a feeling about it.',
    render: () => html`
      <svara-scale
        name="vet-varfor"
        label=${content({ sv: 'Jag vet varför vi träffades.', ar: 'أعرف لماذا التقينا.' })}
        scale="smiley-agree-5"
        size="large"
        allow-dont-know
      ></svara-scale>
    `,
  },
  threeFaces: {
    title: 'Tre ansikten (barn 5–9 år)',
    description: 'smiley-3 for children about 5-9: three faces, large targets, "Vet inte" apart.',
    render: () => html`
      <svara-scale
        name="varfor"
        label=${content({ sv: 'Jag vet varför vi träffades.', ar: 'أعرف لماذا التقينا.' })}
        scale="smiley-3"
        size="large"
        allow-dont-know
      ></svara-scale>
    `,
  },
  filled: {
    title: 'Ifyllt',
    description:
      'The `value` attribute is the stored value of the default answer ("4" is Glad); reset goes back.',
    render: () => html`
      <svara-scale
        name="snall"
        label=${content({ sv: 'Den eller de jag träffade verkade vara snälla.', ar: 'بدا الشخص أو الأشخاص الذين قابلتهم لطفاء.' })}
        scale="smiley-5"
        value="4"
      ></svara-scale>
    `,
  },
  invalid: {
    title: 'Med fel',
    description: 'After a submit attempt without an answer: the error with its hidden "Fel:" prefix.',
    render: () => html`
      <svara-scale
        name="saga"
        label=${content({ sv: 'Jag kunde säga det jag ville till den eller de jag träffade.', ar: 'استطعت أن أقول ما أردت للشخص أو الأشخاص الذين قابلتهم.' })}
        scale="smiley-5"
        required
      ></svara-scale>
    `,
    prepare: submitAttempt,
  },
  disabled: {
    title: 'Avstängd',
    description: 'A disabled question: not focusable, left out of FormData.',
    render: () => html`
      <svara-scale
        name="nu"
        label=${content({ sv: 'Jag vet vad socialtjänsten kommer göra för mig nu.', ar: 'أعرف ما ستفعله الخدمات الاجتماعية من أجلي الآن.' })}
        scale="smiley-5"
        value="3"
        disabled
      ></svara-scale>
    `,
  },
  arabic: {
    title: 'Arabiska (höger till vänster)',
    description:
      'Arabic labels from the schema, right to left: the faces run from the right, and ArrowLeft goes to the next face.',
    locale: 'ar',
    render: () => html`
      <div lang="ar" dir="rtl">
        <svara-scale
          name="lyssnade"
          label="الشخص الذي قابلته استمع إليّ."
          scale="smiley-5"
          size="large"
          allow-dont-know
          required
        ></svara-scale>
      </div>
    `,
  },
  english: {
    title: 'Engelska',
    description: 'With the UI in English the preset labels follow (no `lang` needed).',
    locale: 'en',
    render: () => html`
      <div lang="en">
        <svara-scale name="listened" label="The person I met listened to me." scale="smiley-5"></svara-scale>
      </div>
    `,
  },
  textDisplay: {
    title: 'Ansikten som ord',
    description: 'display="text": the smiley-5 values and labels without pictures.',
    render: () => html`
      <svara-scale
        name="lyssnade"
        label=${content({ sv: 'Den eller de jag träffade lyssnade på mig.', ar: 'الشخص أو الأشخاص الذين قابلتهم استمعوا إليّ.' })}
        scale="smiley-5"
        display="text"
      ></svara-scale>
    `,
  },
  numbersShown: {
    title: 'Ansikten med siffror',
    description:
      'show-numbers, asked for explicitly (adults): each face shows its stored number, which joins its name ("Glad 4").',
    render: () => html`
      <svara-scale
        name="bemotande"
        label=${content({ sv: 'Hur blev du bemött?', ar: 'كيف كانت معاملتهم لك؟' })}
        scale="smiley-5"
        show-numbers
      ></svara-scale>
    `,
  },
  numberDisplay: {
    title: 'Siffror och ord',
    description: 'display="number" on agree-5: the stored numbers, each with its word label.',
    render: () => html`
      <svara-scale
        name="svar"
        label=${content({ sv: 'Jag fick svar på mina frågor.', ar: 'حصلت على إجابات عن أسئلتي.' })}
        scale="agree-5"
        display="number"
      ></svara-scale>
    `,
  },
  pictogramDisplay: {
    title: 'Bildstöd',
    description:
      'display="pictogram": svara’s own pictograms (ja, delvis, nej, vet inte) above each word, 96 px with size="large"; the pictures are decorative, the words name the options.',
    render: () => html`
      <svara-scale
        name="hjalp"
        label=${content({ sv: 'Fick du den hjälp du behövde?', ar: 'هل حصلت على المساعدة التي احتجتها؟' })}
        scale="yes-partly-no"
        display="pictogram"
        size="large"
        allow-dont-know
      ></svara-scale>
    `,
  },
  threeFacesEnglish: {
    title: 'Tre ansikten, engelska',
    description: 'smiley-3 in English: faces 1, 3 and 5 of the same art, named "Sad", "In between", "Happy".',
    locale: 'en',
    render: () => html`
      <svara-scale
        name="why"
        label="I know why we met."
        scale="smiley-3"
        size="large"
        lang="en"
      ></svara-scale>
    `,
  },
  threeFacesArabic: {
    title: 'Tre ansikten, arabiska',
    description: 'smiley-3 in Arabic, right to left: the faces run from the right, like the arrow keys.',
    locale: 'ar',
    render: () => html`
      <div dir="rtl" lang="ar">
        <svara-scale
          name="why"
          label="أعرف لماذا التقينا."
          scale="smiley-3"
          size="large"
          lang="ar"
        ></svara-scale>
      </div>
    `,
  },
  tinted: {
    title: 'Ansikten med färg',
    description:
      '`tinted`: a colour per face on top of its shape (each ≥ 3:1 against white); forced colours remove it, the shapes stay.',
    render: () => html`
      <svara-scale
        name="lyssnade"
        label=${content({ sv: 'Den eller de jag träffade lyssnade på mig.', ar: 'الشخص أو الأشخاص الذين قابلتهم استمعوا إليّ.' })}
        scale="smiley-5"
        size="large"
        tinted
        value="4"
      ></svara-scale>
    `,
  },
  arasaacPictograms: {
    title: 'Bildstöd från ARASAAC',
    description:
      'A custom scale with self-hosted ARASAAC pictograms (stand-in images here). The attribution the licence requires follows the question, one Tab stop away.',
    render: () => {
      configurePictograms({ arasaacUrl: fixtureArasaacUrl(arasaacLayout) });
      return html`
        <svara-scale
          name="trygg"
          label=${content({ sv: 'Känner du dig trygg?', ar: 'هل تشعر بالأمان؟' })}
          .scale=${arasaacScale}
          display="pictogram"
          size="large"
        ></svara-scale>
      `;
    },
  },
  brokenPictograms: {
    title: 'Bild som inte går att visa',
    description:
      'When a pictogram cannot be loaded its word fills the same box: the options keep their size and their names.',
    render: () => html`
      <svara-scale
        name="hemma"
        label=${content({ sv: 'Trivs du hemma?', ar: 'هل أنت مرتاح في البيت؟' })}
        .scale=${brokenScale}
        display="pictogram"
        size="large"
      ></svara-scale>
    `,
  },
  plainLanguage: {
    title: 'Lättläst',
    description:
      '`plain`: each option shows its plain-language text from the definition, and is named by it.',
    render: () => html`
      <svara-scale
        name="stod"
        label=${content({ sv: 'Får du det stöd du ska få?', ar: 'هل تحصل على الدعم الذي يحق لك؟' })}
        .scale=${plainScale}
        plain
      ></svara-scale>
    `,
  },
  pictogramsOff: {
    title: 'Bildstöd avstängt',
    description: '`pictograms="off"`: the respondent chose words only; the scale shows no pictures.',
    render: () => html`
      <svara-scale
        name="hjalp"
        label=${content({ sv: 'Fick du den hjälp du behövde?', ar: 'هل حصلت على المساعدة التي احتجتها؟' })}
        scale="yes-partly-no"
        display="pictogram"
        pictograms="off"
      ></svara-scale>
    `,
  },
  yesPartlyNo: {
    title: 'Ja, delvis, nej',
    description: 'yes-partly-no (Bemötandekollen), words only.',
    render: () => html`
      <svara-scale
        name="bemott"
        label=${content({ sv: 'Blev du bemött med respekt?', ar: 'هل عوملت باحترام؟' })}
        scale="yes-partly-no"
        allow-dont-know
      ></svara-scale>
    `,
  },
  yesSometimesNo: {
    title: 'Ja, ibland, nej',
    description: 'yes-sometimes-no, as in the national survey for disability services.',
    render: () => html`
      <svara-scale
        name="bestamma"
        label=${content({ sv: 'Får du bestämma om saker som är viktiga för dig?', ar: 'هل تقرر بنفسك في الأمور المهمة لك؟' })}
        scale="yes-sometimes-no"
      ></svara-scale>
    `,
  },
  yesNo: {
    title: 'Ja, nej',
    description: 'yes-no.',
    render: () => html`
      <svara-scale
        name="vem"
        label=${content({ sv: 'Vet du vem du kan prata med om något inte fungerar?', ar: 'هل تعرف مع من يمكنك التحدث إذا لم يسر شيء كما ينبغي؟' })}
        scale="yes-no"
      ></svara-scale>
    `,
  },
  neverSometimesOften: {
    title: 'Aldrig, ibland, ofta',
    description: 'never-sometimes-often.',
    render: () => html`
      <svara-scale
        name="oro"
        label=${content({ sv: 'Hur ofta känner du dig orolig hemma?', ar: 'كم مرة تشعر بالقلق في البيت؟' })}
        scale="never-sometimes-often"
        allow-skip
      ></svara-scale>
    `,
  },
  allSomeNone: {
    title: 'Alla, några, ingen',
    description: 'all-some-none.',
    render: () => html`
      <svara-scale
        name="personal"
        label=${content({ sv: 'Är personalen trevlig mot dig?', ar: 'هل الموظفون لطفاء معك؟' })}
        scale="all-some-none"
      ></svara-scale>
    `,
  },
  agree: {
    title: 'Håller med (fem steg)',
    description: 'agree-5 in words, for adults.',
    render: () => html`
      <svara-scale
        name="info"
        label=${content({ sv: 'Jag fick den information jag behövde.', ar: 'حصلت على المعلومات التي احتجتها.' })}
        scale="agree-5"
        hint=${content({ sv: 'Tänk på den senaste tiden.', ar: 'فكّر في الفترة الأخيرة.' })}
      ></svara-scale>
    `,
  },
  grade: {
    title: 'Bristande, godkänt, mycket bra',
    description: 'grade-3: the social worker’s overall assessment of the provider. Required.',
    render: () => html`
      <svara-scale
        name="bedomning"
        label=${content({ sv: 'Samlad bedömning av utföraren', ar: 'التقييم الشامل لمقدّم الخدمة' })}
        scale="grade-3"
        required
      ></svara-scale>
    `,
  },
  numeric: {
    title: 'Siffror med ändpunkter',
    description:
      'A numeric scale {min, max, minLabel, maxLabel}: the meanings of the ends are visible and describe the group.',
    render: () => html`
      <svara-scale
        name="nojd"
        label=${content({ sv: 'Hur nöjd är du med stödet du har fått?', ar: 'ما مدى رضاك عن الدعم الذي حصلت عليه؟' })}
        .scale=${satisfaction}
      ></svara-scale>
    `,
  },
  custom: {
    title: 'Egen skala',
    description:
      'A custom scale {options: [{value, text}]}: texts are resolved like the schema does (language, then default-lang).',
    render: () => html`
      <svara-scale
        name="situation"
        label=${content({ sv: 'Hur har din situation förändrats av stödet du har fått?', ar: 'كيف تغيّر وضعك بفضل الدعم الذي حصلت عليه؟' })}
        .scale=${situationChange}
        allow-dont-know
      ></svara-scale>
    `,
  },
  readAloud: {
    title: 'Uppläsning',
    description:
      'read-aloud: a "Lyssna" button (at least 44×44 px) next to the question reads the question and then each option, one sentence at a time. (The story speaks with a silent stand-in voice.)',
    render: () => html`
      <svara-scale
        name="lyssnade-uppl"
        label=${content({ sv: 'Den eller de jag träffade lyssnade på mig.', ar: 'الشخص أو الأشخاص الذين قابلتهم استمعوا إليّ.' })}
        scale="smiley-5"
        size="large"
        read-aloud="on"
        .speech=${fakeSpeech().environment}
      ></svara-scale>
    `,
  },
  readAloudReading: {
    title: 'Uppläsning pågår',
    description:
      'While reading, the button says "Sluta läsa" (one press stops) and the text being read has a dashed outline and a thick underline, visible in forced colours too.',
    render: () => html`
      <svara-scale
        name="lyssnade-pagar"
        label=${content({ sv: 'Den eller de jag träffade lyssnade på mig.', ar: 'الشخص أو الأشخاص الذين قابلتهم استمعوا إليّ.' })}
        scale="smiley-5"
        size="large"
        read-aloud="on"
        .speech=${fakeSpeech().environment}
      ></svara-scale>
    `,
    prepare: clickListen,
  },
  readAloudNoVoice: {
    title: 'Uppläsning utan svensk röst',
    description:
      'When the device has no Swedish voice (e.g. Chrome on Linux), nothing is read with an English voice: a plain message says so.',
    render: () => html`
      <svara-scale
        name="lyssnade-ingen-rost"
        label=${content({ sv: 'Den eller de jag träffade lyssnade på mig.', ar: 'الشخص أو الأشخاص الذين قابلتهم استمعوا إليّ.' })}
        scale="smiley-5"
        size="large"
        read-aloud="on"
        .speech=${fakeSpeech(voicesWithoutSwedish()).environment}
      ></svara-scale>
    `,
    prepare: clickListen,
  },
  scanningAuto: {
    title: 'Skanning med en kontakt (auto)',
    description:
      'scanning="auto": after "Börja skanna" a thick ring moves through the faces, the special answers and "Sluta skanna" every 1.5 s (the first dwells longer; three rounds, then it pauses). The switch (Space or Enter) chooses the ringed answer; Escape or "Sluta skanna" stops.',
    render: () => html`
      <svara-scale
        name="lyssnade-auto"
        label=${content({ sv: 'Den eller de jag träffade lyssnade på mig.', ar: 'الشخص أو الأشخاص الذين قابلتهم استمعوا إليّ.' })}
        scale="smiley-5"
        size="large"
        allow-dont-know
        scanning="auto"
      ></svara-scale>
    `,
  },
  scanningStep: {
    title: 'Skanning med en kontakt (steg)',
    description:
      'scanning="step", scanning started: a short press of the switch moves the ring, a long press (at least 0.4 s) chooses.',
    render: () => html`
      <svara-scale
        name="lyssnade-steg"
        label=${content({ sv: 'Den eller de jag träffade lyssnade på mig.', ar: 'الشخص أو الأشخاص الذين قابلتهم استمعوا إليّ.' })}
        scale="smiley-3"
        size="large"
        scanning="step"
      ></svara-scale>
    `,
    prepare: async (scale: SvaraScale) => {
      scale.startScanning();
      await scale.updateComplete;
    },
  },
} satisfies Record<string, ScaleExample>;

export type ScaleExampleName = keyof typeof scaleExamples;
