/**
 * The e-mail check of `<svara-email>`, apart from the validators every control uses, so that a page without an
 * e-mail field never downloads it (the embed loads `<svara-email>` on demand).
 */
import { msg } from '@lit/localize';
import { messages } from './validators.js';
import type { Validator } from './validators.js';

/** The messages only `<svara-email>` says (see `messages` in validators.ts). */
export const emailMessages = {
  emailMissing: () =>
    msg('Skriv en e-postadress.', {
      id: 'elements.validation.emailMissing',
      desc: 'Error: a required e-mail address field is empty',
    }),
};

/** Deliberately simple: something@something.tld without spaces. The server decides what is deliverable. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Fails with `typeMismatch` when a non-empty value does not look like an e-mail address. */
export function emailValidator(field: { text: () => string }): Validator {
  return {
    name: 'email',
    check: () => {
      const text = field.text().trim();
      if (text === '' || EMAIL.test(text)) return null;
      return { flags: { typeMismatch: true }, message: messages.email() };
    },
  };
}
