/** A required field after a failed submit: the error message, with its hidden "Fel:" prefix, is its description. */
export default {
  title: 'An invalid field (<svara-text>, story elements-text--invalid)',
  notes: ['The label, "invalid entry", and the error message starting with "Fel:".'],
  site: 'storybook',
  path: 'iframe.html?id=elements-text--invalid&viewMode=story',
  steps: ['Tab'],
};
