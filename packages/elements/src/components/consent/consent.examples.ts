/**
 * Examples of `<svara-consent>`: the single source for its stories, its tests and the axe checks.
 */
import { html } from 'lit';
import type { Example } from '@svara/testing/examples';
import { content } from '@svara/testing/example-language';
import type { SvaraLocale } from '../../localization.js';
import type { SvaraConsent } from './consent.js';
import './consent.define.js';

const storeMyAddress = () =>
  content({
    sv: 'Jag godkänner att ni sparar min e-postadress för att kunna svara mig.',
    ar: 'أوافق على حفظ بريدي الإلكتروني للرد علي.',
  });
const personalData = () =>
  content({ sv: 'Så hanterar vi dina personuppgifter', ar: 'كيف نتعامل مع بياناتك الشخصية' });
const sendACopy = () =>
  content({
    sv: 'Skicka en kopia av mina svar till min e-post.',
    ar: 'أرسلوا نسخة من إجاباتي إلى بريدي الإلكتروني.',
  });

export interface ConsentExample extends Example<SvaraConsent> {
  /** UI language to activate before rendering (defaults to `sv`). */
  locale?: SvaraLocale;
}

export const consentExamples = {
  withTerms: {
    title: 'Med länk till villkor',
    description:
      'A required box; the terms link goes in the `terms` slot, under the label and outside it, and describes the checkbox.',
    render: () => html`
      <svara-consent name="samtycke" required>
        ${storeMyAddress()}
        <a slot="terms" href="/personuppgifter">${personalData()}</a>
      </svara-consent>
    `,
  },
  optional: {
    title: 'Frivillig',
    description: 'An optional box with `label`, a hint and its own `value` for FormData.',
    render: () => html`
      <svara-consent
        name="nyhetsbrev"
        value="ja"
        label=${content({
          sv: 'Jag vill få nyheter om socialtjänsten via e-post.',
          ar: 'أريد أن أتلقى أخبار الخدمات الاجتماعية عبر البريد الإلكتروني.',
        })}
        hint=${content({ sv: 'Du kan avsluta när du vill.', ar: 'يمكنك إلغاء الاشتراك متى شئت.' })}
      ></svara-consent>
    `,
  },
  checked: {
    title: 'Förkryssad',
    description: 'The `checked` attribute ticks the box at first and after form.reset().',
    render: () => html` <svara-consent name="kopia" checked>${sendACopy()}</svara-consent> `,
  },
  invalid: {
    title: 'Med fel',
    description:
      'A required box not ticked, after a submit attempt: our plain message with its hidden "Fel:".',
    render: () => html`
      <svara-consent name="samtycke" required>
        ${storeMyAddress()}
        <a slot="terms" href="/personuppgifter">${personalData()}</a>
      </svara-consent>
    `,
    prepare: async (consent: SvaraConsent) => {
      consent.reportValidity();
      await consent.updateComplete;
    },
  },
  disabled: {
    title: 'Avstängd',
    description: 'A disabled box: not focusable, left out of FormData.',
    render: () => html` <svara-consent name="kopia" checked disabled>${sendACopy()}</svara-consent> `,
  },
  large: {
    title: 'Stor',
    description: '`size="large"`: a 44×44 px checkbox and bigger text.',
    render: () =>
      html`<svara-consent name="ok" size="large" required
        >${content({ sv: 'Jag vill vara med.', ar: 'أريد أن أشارك.' })}</svara-consent
      >`,
  },
  arabic: {
    title: 'Arabiska (höger till vänster)',
    description: 'Arabic text and message, right to left.',
    locale: 'ar',
    render: () => html`
      <div lang="ar" dir="rtl">
        <svara-consent name="samtycke" required>
          أوافق على حفظ بريدي الإلكتروني للرد علي.
          <a slot="terms" href="/personuppgifter">كيف نتعامل مع بياناتك الشخصية</a>
        </svara-consent>
      </div>
    `,
    prepare: async (consent: SvaraConsent) => {
      consent.reportValidity();
      await consent.updateComplete;
    },
  },
} satisfies Record<string, ConsentExample>;

export type ConsentExampleName = keyof typeof consentExamples;
