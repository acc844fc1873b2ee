/** `<svara-choice>`: a group of named radios in a fieldset; its legend is the question. */
export default {
  title: 'A choice group (<svara-choice>, story elements-choice--one-answer)',
  notes: ['The question is spoken when focus enters the group, then each option with its position.'],
  site: 'storybook',
  path: 'iframe.html?id=elements-choice--one-answer&viewMode=story',
  steps: ['Tab', 'ArrowDown', 'ArrowDown', 'ArrowUp'],
};
