/** `<svara-text maxlength>`: the character count is part of the field's description. */
export default {
  title: 'A text field with a character count (<svara-text>, story elements-text--multiline)',
  notes: ['The label, then the count of characters written and allowed.'],
  site: 'storybook',
  path: 'iframe.html?id=elements-text--multiline&viewMode=story',
  steps: ['Tab'],
};
