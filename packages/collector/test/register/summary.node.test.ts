/**
 * The public yearly summary over a thousand generated registers, checked by the independent flow-network oracle
 * (test/oracle.ts shares no code with the protection): no count from 1 to 4 is published, no hidden count can be
 * worked out from what is published, and nothing from single cases (descriptions, actions) is in it.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';

import type { CaseRow } from '../../src/register/cases.js';
import { protectSummary, summarize } from '../../src/register/summary.js';
import { DEFAULT_CONCERNS, DEFAULT_GIVEN_BY } from '../../src/register/vocabulary.js';
import { assertNothingRecoverable, publishedNumbers } from './protection.js';

function generator(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function rows(count: number, random: () => number): CaseRow[] {
  const categories = ['synpunkt', 'klagomal', 'berom'];
  const concerns = ['bemotande', 'handlaggning', 'information', 'annat'];
  return Array.from({ length: count }, (_, i) => {
    const month = 1 + Math.floor(random() ** 2 * 12);
    const wants = random() < 0.5;
    return {
      id: i + 1,
      unit: 'u',
      source: 'staff',
      survey_id: null,
      submission_id: null,
      survey_version: null,
      received_at: '',
      received_on: `2026-${String(month).padStart(2, '0')}-10`,
      category: categories[Math.floor(random() ** 1.5 * 3)]!,
      concerns: concerns[Math.floor(random() ** 2 * 4)]!,
      given_by: null,
      channel: 'oral',
      received_by: null,
      description: `Beskrivning ${i}`,
      occurred_on: null,
      wants_answer: wants ? 1 : 0,
      contact: null,
      answers: null,
      status: 'ny',
      action: random() < 0.3 ? `Åtgärd ${i}` : null,
      feedback_given: wants && random() < 0.6 ? 1 : 0,
      feedback_on: '2026-12-20',
      deviation_ref: null,
      closed_at: null,
      personal_erased_at: null,
      personal_erased_reason: null,
      created_at: '',
      created_by: '',
      updated_at: '',
      updated_by: '',
      revision: 1,
    } satisfies CaseRow;
  });
}

it('public summaries of 1,000 generated registers publish no 1-4 and nothing recoverable', () => {
  const random = generator(42);
  let hiddenSeen = 0;
  for (let run = 0; run < 1000; run++) {
    const n = Math.floor(random() ** 1.5 * 80);
    const summary = summarize(
      rows(n, random),
      2026,
      'u',
      { concerns: DEFAULT_CONCERNS, givenBy: DEFAULT_GIVEN_BY },
      '',
    );
    const pub = protectSummary(summary);
    const shown = publishedNumbers(pub);
    hiddenSeen += shown.filter((x) => x === null).length;
    for (const value of shown) assert.ok(value === null || value === 0 || value >= 5, `run ${run}: ${value}`);
    const text = JSON.stringify(pub);
    assert.ok(!text.includes('Beskrivning') && !text.includes('Åtgärd'), 'nothing from single cases');
    assertNothingRecoverable(summary, pub, `run ${run}:`);
    // The published numbers are the true ones where shown.
    pub.categories.forEach((c, i) => {
      if (c.year !== null) assert.equal(c.year, summary.categories[i]!.year);
    });
    if (pub.feedback.share !== null) {
      const { asked, given } = summary.feedback;
      assert.ok(given === 0 || given >= 5);
      assert.ok(asked - given === 0 || asked - given >= 5);
    }
    if (pub.feedback.medianDays !== null) assert.ok(summary.feedback.withFeedback >= 5);
  }
  assert.ok(hiddenSeen > 500, 'the generated registers exercise the protection');
});
