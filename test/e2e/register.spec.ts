/**
 * The complaints register end to end: a child answers the `synpunkter-barn` survey in the widget with the keyboard
 * and asks a grown-up to get in touch; a publisher signs in to the studio and finds it in the register as a case
 * that waits for an answer, opens it by keyboard, reads the contact details (which the case's history then shows),
 * records that feedback was given; axe on the studio's register screens. The collector is the real one (`svara
 * serve` with its SQLite database); the publisher is made with the admin token like an admin would.
 */
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { operatorHeaders } from './operator.js';
import { completeByKeyboard, trackSubmissions } from './survey-helpers.js';
import { axeViolations, describeViolations } from './axe.js';

const CHILD = '/survey/prova.html?survey=synpunkter-barn';

async function expectNoAxe(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${where}\n${describeViolations(violations)}`).toEqual([]);
}

test.describe('the complaints register', () => {
  test('a child’s synpunkt in the widget becomes a case a publisher handles in the studio', async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(120_000);
    // The child: every screen by keyboard (first option each time: "Något var bra", wants a grown-up to talk).
    const submitted = await trackSubmissions(context);
    await page.goto(CHILD);
    expect(await completeByKeyboard(page)).toBe('Dina svar är skickade.');
    expect(submitted.size).toBe(1);

    // An organisation-wide publisher (the examples' surveys belong to no unit, so their cases are the organisation's).
    const email = `publicerare-${randomUUID().slice(0, 8)}@stad.example`;
    const password = 'Ett långt lösenord för e2e 2026';
    const made = await request.post('/api/staff/users', {
      headers: await operatorHeaders(request),
      data: { email, name: 'Publicerare', roles: [{ role: 'publisher', unit: null }], password },
    });
    expect(made.status(), await made.text()).toBe(201);
    const login = await context.request.post('/api/auth/login', { data: { email, password } });
    expect(login.status(), await login.text()).toBe(200);

    // The register: the child's case is there, asking for an answer.
    await page.goto('/studio/register');
    const register = page.locator('svara-studio-register');
    await expect(register.getByRole('heading', { level: 1 })).toHaveText('Synpunkter, klagomål och beröm');
    const cases = await context.request.get('/api/register/cases?sort=id&order=desc');
    expect(cases.status(), await cases.text()).toBe(200);
    const newest = (
      (await cases.json()) as { cases: { id: number; channel: string; wantsAnswer: boolean }[] }
    ).cases[0]!;
    expect(newest).toMatchObject({ channel: 'digital', wantsAnswer: true });
    const link = register.getByRole('link', { name: `Ärende ${newest.id}`, exact: true });
    await expect(link).toBeVisible();
    await expect(link.locator('xpath=ancestor::tr')).toContainText('Beröm');
    await expect(link.locator('xpath=ancestor::tr')).toContainText('0 / 14');
    await expectNoAxe(page, 'the register');

    // Opened by keyboard: the address changes, the case shows when the answer is due.
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/studio/register/${newest.id}$`));
    const view = page.locator('svara-studio-register-case');
    await expect(view.getByRole('heading', { level: 1 })).toHaveText(`Ärende ${newest.id}: Beröm`);
    await expect(view.locator('.deadline')).toContainText('Personen vill ha svar senast');
    // Contact details only on request, and the read is in the case's history.
    await expect(view).not.toContainText('Kontaktuppgifter:');
    await view.getByRole('button', { name: 'Visa kontaktuppgifter' }).focus();
    await page.keyboard.press('Enter');
    await expect(view.locator('#contact-details')).toContainText('Hej');
    await expect(view.locator('ol.history')).toContainText(`${email}: Läste kontaktuppgifterna.`);
    await expectNoAxe(page, 'the case');

    // Feedback given, by keyboard.
    await view.getByRole('checkbox', { name: 'Personen har fått återkoppling' }).focus();
    await page.keyboard.press('Space');
    await view.getByRole('button', { name: 'Spara', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(view.getByRole('status').first()).toHaveText('Ändringarna är sparade.');
    await expect(view.locator('.deadline')).toContainText('Personen fick återkoppling');
    // The case's history is the audit log's: the read of the contact details by this publisher is in it.
    const history = await context.request.get(`/api/register/cases/${newest.id}/history`);
    const entries = (
      (await history.json()) as { entries: { by: string; action: string; fields?: string[] }[] }
    ).entries;
    expect(entries).toContainEqual(
      expect.objectContaining({ by: email, action: 'read', fields: ['contact'] }),
    );
  });
});
