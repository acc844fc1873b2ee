/**
 * The children's survey (examples/surveys/familjeenheten-barn.json on the demo page survey/barn.html), from the
 * start screen to the receipt, by keyboard, in one language. Shared by barn-*.mjs and offline.mjs; files whose
 * name starts with `_` are not scenarios themselves.
 *
 * Written to survive changes in the toolbar: buttons are reached with "Tab until", never by counting Tabs.
 */

/** The widget's buttons by their part, whatever their text in the language. */
const START = { selector: 'button[part~="primary-button"]' };
const NEXT = { selector: 'button[part~="primary-button"]' };

/**
 * @param {{ switchTo?: string, forward?: string }} [options] `switchTo`: a language button of the toolbar to press
 *   first ("English"); `forward`: the arrow key to the next face (ArrowLeft right to left)
 */
export function childrenSurveySteps({ switchTo, forward = 'ArrowRight' } = {}) {
  return [
    // The start screen, read the way a screen-reader user reads a page: to the survey's heading with Orca's
    // heading key, then line by line (why we ask, who sees the answers, anonymous) to the start button.
    // The languages are behind the toolbar's "Inställningar" (in Swedish until another language is chosen).
    ...(switchTo
      ? [{ tabTo: 'Inställningar' }, 'Enter', { tabTo: switchTo }, 'Enter']
      : [{ read: 'h' }, { read: 'h' }]),
    { read: 'Down', until: START },
    'Enter',
    // Question 1: every face, then "Vet inte" and "Vill inte svara".
    'Tab',
    ...Array.from({ length: 6 }, () => forward),
    { tabTo: NEXT },
    'Enter',
    // Questions 2-5: one face each.
    ...[2, 3, 4, 5].flatMap(() => ['Tab', forward, { tabTo: NEXT }, 'Enter']),
    // Question 6 (a choice), question 7 (free text, left empty: typing is in text-typing.mjs), then Skicka.
    'Tab',
    'ArrowDown',
    { tabTo: NEXT },
    'Enter',
    'Tab',
    { tabTo: NEXT },
    // "Skickar …", the answer from the network, then the receipt: its heading and paragraphs reach Orca as
    // separate live-region texts in no fixed order (reported), so the golden lists them sorted.
    { press: 'Enter', quietMs: 1500, anyOrder: true },
  ];
}
