/**
 * Examples of `<svara-email>`: the single source for its stories, its tests and the axe checks.
 */
import { html } from 'lit';
import type { Example } from '@svara/testing/examples';
import { content } from '@svara/testing/example-language';
import type { SvaraLocale } from '../../localization.js';
import type { SvaraEmail } from './email.js';
import './email.define.js';

export interface EmailExample extends Example<SvaraEmail> {
  /** UI language to activate before rendering (defaults to `sv`). */
  locale?: SvaraLocale;
}

const address = () => content({ sv: 'E-postadress', ar: 'البريد الإلكتروني' });

async function submitAttempt(email: SvaraEmail): Promise<void> {
  email.reportValidity();
  await email.updateComplete;
}

export const emailExamples = {
  required: {
    title: 'E-postadress',
    description: 'A required e-mail address with a hint. `autocomplete="email"` by default.',
    render: () => html`
      <svara-email
        name="epost"
        label=${address()}
        hint=${content({ sv: 'Vi använder den bara för att svara dig.', ar: 'نستخدمه فقط للرد عليك.' })}
        required
      ></svara-email>
    `,
  },
  optional: {
    title: 'Frivillig, ifylld',
    description: 'An optional address with a default (`value`); form.reset() goes back to it.',
    render: () => html`
      <svara-email
        name="epost"
        label=${content({ sv: 'E-postadress (frivilligt)', ar: 'البريد الإلكتروني (اختياري)' })}
        value="kim@exempel.se"
      ></svara-email>
    `,
  },
  missing: {
    title: 'Saknas',
    description: 'A required address left empty, after a submit attempt.',
    render: () => html`<svara-email name="epost" label=${address()} required></svara-email>`,
    prepare: submitAttempt,
  },
  wrongForm: {
    title: 'Fel form',
    description: 'An address without @, after a submit attempt: our message shows how to write it.',
    render: () => html`<svara-email name="epost" label=${address()} value="kim.exempel.se"></svara-email>`,
    prepare: submitAttempt,
  },
  disabled: {
    title: 'Avstängd',
    description: 'A disabled field: not focusable, left out of FormData.',
    render: () => html`
      <svara-email name="epost" label=${address()} value="kim@exempel.se" disabled></svara-email>
    `,
  },
  large: {
    title: 'Stor',
    description: '`size="large"`: bigger text and a taller field.',
    render: () =>
      html`<svara-email
        name="epost"
        label=${content({ sv: 'Din e-post', ar: 'بريدك الإلكتروني' })}
        size="large"
      ></svara-email>`,
  },
  arabic: {
    title: 'Arabiska (höger till vänster)',
    description: 'Arabic label and message, right to left; the address itself stays left to right.',
    locale: 'ar',
    render: () => html`
      <div lang="ar" dir="rtl">
        <svara-email name="epost" label="البريد الإلكتروني" value="kim@" required></svara-email>
      </div>
    `,
    prepare: submitAttempt,
  },
} satisfies Record<string, EmailExample>;

export type EmailExampleName = keyof typeof emailExamples;
