/**
 * The page script of the complaints-and-praise form: register svara's elements, and two plain rules of this
 * form that no control can know on its own.
 */
import '@svara/elements/define';
import type { SvaraConsent, SvaraDate, SvaraEmail } from '@svara/elements';

const form = document.querySelector<HTMLFormElement>('#synpunkter')!;
const email = form.querySelector<SvaraEmail>('svara-email[name="epost"]')!;
const consent = form.querySelector<SvaraConsent>('svara-consent[name="samtycke"]')!;
const date = form.querySelector<SvaraDate>('svara-date[name="datum"]')!;

// The consent is needed only when an e-mail address is given: someone who stays anonymous agrees to nothing.
function followEmail(): void {
  consent.required = email.value.trim() !== '';
}
email.addEventListener('input', followEmail);
followEmail();

// It cannot have happened in the future.
const today = new Date();
date.max = [
  today.getFullYear(),
  String(today.getMonth() + 1).padStart(2, '0'),
  String(today.getDate()).padStart(2, '0'),
].join('-');
