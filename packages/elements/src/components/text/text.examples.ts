/**
 * Examples of `<svara-text>`: the single source for its stories, its tests and the axe checks. Every
 * documented state is a tested state.
 */
import { html } from 'lit';
import type { Example } from '@svara/testing/examples';
import { content } from '@svara/testing/example-language';
import type { SvaraLocale } from '../../localization.js';
import type { SvaraText } from './text.js';
import './text.define.js';

export interface TextExample extends Example<SvaraText> {
  /** UI language to activate before rendering (defaults to `sv`). */
  locale?: SvaraLocale;
}

const nearlyFull = () =>
  content({
    sv:
      'Jag fick vänta länge på svar. När jag ringde fick jag olika besked av olika personer, och ingen ' +
      'kunde säga när beslutet skulle komma. Det gjorde mig orolig.',
    ar:
      'انتظرت طويلًا حتى جاءني رد. عندما اتصلت سمعت أجوبة مختلفة من أشخاص مختلفين، ولم يستطع أحد ' +
      'أن يقول لي متى سيصدر القرار. هذا جعلني قلقًا.',
  });
const whatsYourName = () => content({ sv: 'Vad heter du?', ar: 'ما اسمك؟' });
const whichUnit = () => content({ sv: 'Vilken enhet gäller det?', ar: 'بأي وحدة يتعلق الأمر؟' });
const farsta = () => content({ sv: 'Socialtjänsten i Farsta', ar: 'الخدمات الاجتماعية في فارستا' });

export const textExamples = {
  short: {
    title: 'En rad',
    description: 'A one-line field with a hint and autocomplete. Required.',
    render: () => html`
      <svara-text
        name="namn"
        label=${whatsYourName()}
        hint=${content({ sv: 'Skriv för- och efternamn.', ar: 'اكتب اسمك الأول واسم العائلة.' })}
        autocomplete="name"
        required
      ></svara-text>
    `,
  },
  multiline: {
    title: 'Flera rader med teckenräknare',
    description:
      'A `multiline` field with `maxlength`: the count under the field is part of its description, and is announced politely when typing pauses near or over the limit.',
    render: () => html`
      <svara-text
        name="beskrivning"
        label=${content({ sv: 'Beskriv vad det gäller', ar: 'صف ما يتعلق به الأمر' })}
        hint=${content({
          sv: 'Skriv med egna ord. Du behöver inte skriva namn på personer.',
          ar: 'اكتب بكلماتك. لا يلزمك كتابة أسماء أشخاص.',
        })}
        multiline
        maxlength="2000"
        required
      ></svara-text>
    `,
  },
  prefilled: {
    title: 'Med förifylld text',
    description: 'The `value` attribute is the default text; form.reset() goes back to it.',
    render: () => html` <svara-text name="enhet" label=${whichUnit()} value=${farsta()}></svara-text> `,
  },
  nearLimit: {
    title: 'Nära gränsen',
    description: 'A short limit, almost reached: the count shows how much is used.',
    render: () => html`
      <svara-text
        name="kort"
        label=${content({ sv: 'Sammanfatta kort', ar: 'لخّص باختصار' })}
        multiline
        rows="3"
        maxlength="170"
        value=${nearlyFull()}
      ></svara-text>
    `,
  },
  overLimit: {
    title: 'För lång text',
    description:
      'Over the limit after a submit attempt: the count says how many characters too many, and the error says the limit.',
    render: () => html`
      <svara-text
        name="rubrik"
        label=${content({ sv: 'Rubrik', ar: 'العنوان' })}
        maxlength="20"
        value=${content({ sv: 'En alldeles för lång rubrik på synpunkten', ar: 'عنوان طويل جدًا لهذه الملاحظة' })}
      ></svara-text>
    `,
    prepare: async (text: SvaraText) => {
      text.reportValidity();
      await text.updateComplete;
    },
  },
  invalid: {
    title: 'Med fel',
    description: 'After a submit attempt without an answer: the error with its hidden "Fel:" prefix.',
    render: () => html`<svara-text name="namn" label=${whatsYourName()} required></svara-text>`,
    prepare: async (text: SvaraText) => {
      text.reportValidity();
      await text.updateComplete;
    },
  },
  numeric: {
    title: 'Siffror',
    description: '`inputmode="numeric"` shows a number keyboard on phones; `spellcheck="false"` for codes.',
    render: () => html`
      <svara-text
        name="arende"
        label=${content({ sv: 'Ärendenummer', ar: 'رقم القضية' })}
        hint=${content({
          sv: 'Finns i brevet du fick, till exempel 2026-1234.',
          ar: 'تجده في الرسالة التي وصلتك، مثلًا 2026-1234.',
        })}
        inputmode="numeric"
        spellcheck="false"
        autocomplete="off"
      ></svara-text>
    `,
  },
  disabled: {
    title: 'Avstängd',
    description: 'A disabled field: not focusable, left out of FormData.',
    render: () => html`
      <svara-text name="enhet" label=${whichUnit()} value=${farsta()} disabled></svara-text>
    `,
  },
  large: {
    title: 'Stor',
    description: '`size="large"`: bigger text and a taller field, for children and AAC users.',
    render: () => html`
      <svara-text
        name="tillagg"
        label=${content({ sv: 'Vill du säga något mer?', ar: 'هل تريد أن تقول شيئًا آخر؟' })}
        size="large"
        multiline
        rows="3"
      ></svara-text>
    `,
  },
  arabic: {
    title: 'Arabiska (höger till vänster)',
    description: 'Arabic content and UI strings, right to left, with a character count.',
    locale: 'ar',
    render: () => html`
      <div lang="ar" dir="rtl">
        <svara-text name="beskrivning" label="صف ما حدث" multiline maxlength="500" required></svara-text>
      </div>
    `,
  },
} satisfies Record<string, TextExample>;

export type TextExampleName = keyof typeof textExamples;
