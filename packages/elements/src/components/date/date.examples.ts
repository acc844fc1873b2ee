/**
 * Examples of `<svara-date>`: the single source for its stories, its tests and the axe checks.
 */
import { html } from 'lit';
import type { Example } from '@svara/testing/examples';
import { content } from '@svara/testing/example-language';
import type { SvaraLocale } from '../../localization.js';
import type { SvaraDate } from './date.js';
import './date.define.js';

export interface DateExample extends Example<SvaraDate> {
  /** UI language to activate before rendering (defaults to `sv`). */
  locale?: SvaraLocale;
}

const whenDidItHappen = () => content({ sv: 'När hände det?', ar: 'متى حدث ذلك؟' });

async function submitAttempt(date: SvaraDate): Promise<void> {
  date.reportValidity();
  await date.updateComplete;
}

export const dateExamples = {
  happened: {
    title: 'När hände det?',
    description:
      'Three fields in the order Swedish writes dates (år, månad, dag), a hint with an example, and a range: not in the future.',
    render: () => html`
      <svara-date
        name="datum"
        label=${whenDidItHappen()}
        hint=${content({
          sv: 'Till exempel 2026 3 27. Skriv ungefär om du inte vet exakt.',
          ar: 'مثلًا 27 3 2026. اكتب تاريخًا تقريبيًا إذا كنت لا تعرفه بالضبط.',
        })}
        min="2020-01-01"
        max="2026-12-31"
        required
      ></svara-date>
    `,
  },
  birthday: {
    title: 'Födelsedatum',
    description:
      '`autocomplete="bday"` lets the browser fill in a date of birth; `value` is the default (ISO).',
    render: () => html`
      <svara-date
        name="fodd"
        label=${content({ sv: 'Vilket datum är du född?', ar: 'ما تاريخ ميلادك؟' })}
        autocomplete="bday"
        value="2012-05-09"
      ></svara-date>
    `,
  },
  missing: {
    title: 'Saknas',
    description: 'A required date left empty, after a submit attempt: all three fields are marked.',
    render: () => html`<svara-date name="datum" label=${whenDidItHappen()} required></svara-date>`,
    prepare: submitAttempt,
  },
  incomplete: {
    title: 'Ofullständigt',
    description: 'The month is missing: only that field is marked, and the message says what to write.',
    render: () => html`<svara-date name="datum" label=${whenDidItHappen()}></svara-date>`,
    prepare: async (date: SvaraDate) => {
      date.parts = { day: '27', month: '', year: '2026' };
      await submitAttempt(date);
    },
  },
  notReal: {
    title: 'Datum som inte finns',
    description: '31 April does not exist: day and month are marked.',
    render: () => html`<svara-date name="datum" label=${whenDidItHappen()}></svara-date>`,
    prepare: async (date: SvaraDate) => {
      date.parts = { day: '31', month: '4', year: '2026' };
      await submitAttempt(date);
    },
  },
  outOfRange: {
    title: 'Utanför tillåtna datum',
    description: 'Before `min`: the message names the earliest date, written out in the active language.',
    render: () => html`
      <svara-date name="datum" label=${whenDidItHappen()} min="2025-01-01" value="2024-12-24"></svara-date>
    `,
    prepare: submitAttempt,
  },
  disabled: {
    title: 'Avstängd',
    description: 'A disabled date: not focusable, left out of FormData.',
    render: () => html`
      <svara-date name="datum" label=${whenDidItHappen()} value="2026-03-27" disabled></svara-date>
    `,
  },
  large: {
    title: 'Stor',
    description: '`size="large"`: bigger text and taller fields.',
    render: () =>
      html`<svara-date
        name="datum"
        label=${content({ sv: 'När var mötet?', ar: 'متى كان الاجتماع؟' })}
        size="large"
      ></svara-date>`,
  },
  arabic: {
    title: 'Arabiska (höger till vänster)',
    description: 'Arabic labels, day–month–year order, right to left.',
    locale: 'ar',
    render: () => html`
      <div lang="ar" dir="rtl">
        <svara-date name="datum" label="متى حدث ذلك؟" required></svara-date>
      </div>
    `,
  },
} satisfies Record<string, DateExample>;

export type DateExampleName = keyof typeof dateExamples;
