/**
 * Shared by the widget's end-to-end tests: finding the widget, and answering a survey from the start screen to
 * the receipt with the keyboard only, with axe on every screen.
 */
import { expect } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations, describeViolations } from './axe.js';

export const widget = (page: Page) => page.locator('svara-survey');
export const heading = (page: Page) => widget(page).locator('[data-screen-heading]');
/** The receipt on screen (its text is also on the widget's visually hidden status line). */
export const receiptOf = (page: Page) => widget(page).locator('[part="receipt"]');

interface Focused {
  tag: string;
  type: string;
  checked: boolean;
  text: string;
  hostTag: string;
  hostRequired: boolean;
  hostValue: string;
}

/** The element that has focus, through every shadow root, and the svara control it belongs to. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const input = el as HTMLInputElement | null;
    let host: Element | null = el;
    while (host && !(host.tagName.startsWith('SVARA-') && host.tagName !== 'SVARA-SURVEY')) {
      const root = host.getRootNode() as ShadowRoot | Document;
      host = 'host' in root ? root.host : null;
      if (host?.tagName === 'SVARA-SURVEY') host = null;
    }
    const control = host as (HTMLElement & { required?: boolean; value?: string }) | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: input?.type ?? '',
      checked: input?.checked ?? false,
      text: (el?.textContent ?? '').trim(),
      hostTag: control?.tagName.toLowerCase() ?? '',
      hostRequired: control?.required ?? false,
      hostValue: String(control?.value ?? ''),
    };
  });
}

/** Answers the screen with the keyboard only and presses Fortsätt/Skicka (or its translation). */
async function answerScreen(page: Page, next: RegExp): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const at = await focused(page);
    if (at.tag === 'button' && next.test(at.text)) {
      await page.keyboard.press('Enter');
      return;
    }
    if (at.type === 'radio' && at.hostValue === '') await page.keyboard.press('Space');
    if (
      (at.tag === 'textarea' || (at.tag === 'input' && at.type !== 'radio' && at.type !== 'checkbox')) &&
      at.hostRequired
    ) {
      await page.keyboard.type(at.hostTag === 'svara-email' ? 'namn@example.se' : 'Hej');
    }
  }
  throw new Error('never reached the next button');
}

export async function expectNoAxeOn(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${where}\n${describeViolations(violations)}`).toEqual([]);
}

/** From the start screen to the receipt with the keyboard only; axe on every screen. Returns the receipt text. */
export async function completeByKeyboard(
  page: Page,
  labels = { start: 'Börja svara', next: /^(Fortsätt|Skicka)$/ },
  { axe = true } = {},
): Promise<string> {
  const expectNoAxe = axe ? expectNoAxeOn : async () => undefined;
  await expect(widget(page).getByRole('button', { name: labels.start })).toBeVisible();
  await expectNoAxe(page, 'start screen');
  await widget(page).getByRole('button', { name: labels.start }).focus();
  await page.keyboard.press('Enter');
  const receipt = widget(page).locator('[part="receipt"]');
  for (let screen = 1; screen < 30; screen++) {
    await expect(heading(page)).toBeFocused();
    if (await receipt.count()) break;
    await expectNoAxe(page, `screen ${screen}: ${await heading(page).textContent()}`);
    const before = await heading(page).textContent();
    await answerScreen(page, labels.next);
    await expect
      .poll(async () => (await receipt.count()) > 0 || (await heading(page).textContent()) !== before)
      .toBe(true);
  }
  await expect(receipt).toBeVisible();
  await expectNoAxe(page, 'receipt');
  return (await heading(page).textContent())!.trim();
}

/** The submissionIds the widget mints in this context's pages (reloads included), as hosts see them. */
export async function trackSubmissions(context: BrowserContext): Promise<Set<string>> {
  const ids = new Set<string>();
  await context.exposeFunction('svaraTestMinted', (id: string) => ids.add(id));
  await context.addInitScript(() => {
    document.addEventListener(
      'svara-submit',
      (event) =>
        (window as unknown as { svaraTestMinted(id: string): void }).svaraTestMinted(
          (event as Event & { submissionId: string }).submissionId,
        ),
      true,
    );
  });
  return ids;
}
