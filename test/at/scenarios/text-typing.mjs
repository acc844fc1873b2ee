/** Typing near the limit of `<svara-text maxlength>`: one polite announcement once typing pauses. */
export default {
  title: 'Typing near the limit of a text field (<svara-text>, story elements-text--near-limit)',
  notes: ['Typing is not interrupted by the count; a second after the last key: "Du har 8 tecken kvar."'],
  site: 'storybook',
  path: 'iframe.html?id=elements-text--near-limit&viewMode=story',
  // Entering this prefilled field is not recorded: Chromium moves its caret before it reports the focus, and the
  // harness's Orca (Chromium's events handled at once, see orca-customizations.py) then enters it silently.
  setup: ['Tab'],
  steps: [{ type: ' Tack.', quietMs: 1500 }],
};
