/** `<svara-text maxlength>`: the character count is part of the field's description. */
export default {
  title: 'A text field with a character count (<svara-text>, story elements-text--near-limit)',
  notes: ['The label, the text already written, then the count.'],
  site: 'storybook',
  path: 'iframe.html?id=elements-text--near-limit&viewMode=story',
  steps: ['Tab'],
};
