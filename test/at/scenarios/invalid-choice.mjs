/** A required choice group after a failed submit: its error, with the hidden "Fel:" prefix, belongs to the group. */
export default {
  title: 'An invalid choice group (<svara-choice>, story elements-choice--invalid)',
  notes: ['Entering the group: the question, then "Fel:" and the message, then the first option.'],
  site: 'storybook',
  path: 'iframe.html?id=elements-choice--invalid&viewMode=story',
  steps: ['Tab', 'ArrowDown'],
};
