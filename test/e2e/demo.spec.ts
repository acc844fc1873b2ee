import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations, describeViolations } from './axe.js';

const exampleFiles = readdirSync(new URL('../../examples/surveys/', import.meta.url)).filter((f) =>
  f.endsWith('.json'),
);

test.describe('the demo site', () => {
  test('lists every example survey, each checked valid by the schema', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto('/');
    await expect(page).toHaveTitle(/svara/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    const surveys = page.locator('#catalogue section.survey');
    await expect(surveys).toHaveCount(exampleFiles.length);
    await expect(page.getByText('Giltig', { exact: true })).toHaveCount(exampleFiles.length);
    await expect(page.getByText('Enkäterna laddas')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("shows the children's survey with its privacy promise and its questions on request", async ({
    page,
  }) => {
    await page.goto('/');
    const survey = page.getByRole('region', { name: 'Vad tyckte du om att träffa oss?' });
    await expect(survey).toBeVisible();
    await expect(survey.getByText('Barn', { exact: true })).toBeVisible();
    await expect(survey.getByText('Vem ser svaren')).toBeVisible();
    const question = survey.getByText('Jag vet varför vi träffades.');
    await expect(question).toBeHidden();
    // Keyboard only: the disclosure opens with Enter.
    await survey.getByText('Visa frågorna').focus();
    await page.keyboard.press('Enter');
    await expect(question).toBeVisible();
    await expect(survey.getByText(/Stämmer inte alls/).first()).toBeVisible();
  });

  test('has no axe violations, with the questions closed and open', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#catalogue section.survey').first()).toBeVisible();
    let violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    for (const summary of await page.locator('summary').all()) await summary.click();
    violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  test('reflows at 320 px without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    await expect(page.locator('#catalogue section.survey').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
