/**
 * The form-only controls, loaded when a definition asks for them: most surveys are scales, choices and text,
 * and never download `<svara-date>`, `<svara-email>` or `<svara-consent>` (in the embed bundle each is its own
 * chunk, importing what it shares from the bundle itself). A tag that is already registered (a page that
 * imported `@svara/elements/define`, a second embed) is not loaded again.
 */
import { iterateQuestions } from '@svara/schema';
import type { Question, Survey } from '@svara/schema';

const controls: Partial<Record<Question['type'], { tag: string; load: () => Promise<unknown> }>> = {
  date: { tag: 'svara-date', load: () => import('@svara/elements/components/date/date.define') },
  email: { tag: 'svara-email', load: () => import('@svara/elements/components/email/email.define') },
  consent: { tag: 'svara-consent', load: () => import('@svara/elements/components/consent/consent.define') },
};

/**
 * Registers the controls `survey`'s questions need that are not registered yet; resolves when they are. Never
 * rejects: a control that fails to load (the network dropped) is tried again on the next call, and until then
 * its question shows as an empty element, which the respondent cannot answer, rather than breaking the survey.
 */
export async function loadControlsFor(survey: Survey): Promise<void> {
  const needed = new Set<{ tag: string; load: () => Promise<unknown> }>();
  for (const { question } of iterateQuestions(survey)) {
    const control = controls[question.type];
    if (control && !customElements.get(control.tag)) needed.add(control);
  }
  await Promise.all(
    [...needed].map((control) =>
      control.load().catch((error: unknown) => {
        console.warn(`<svara-survey>: could not load <${control.tag}>`, error);
      }),
    ),
  );
}
