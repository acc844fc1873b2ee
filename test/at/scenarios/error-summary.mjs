/**
 * `<svara-error-summary>`: a submit with missing answers moves focus to the summary, which is announced; each
 * error is a button that leads to its field.
 */
export default {
  title:
    'The error summary after a failed submit (<svara-error-summary>, story elements-error-summary--before-submit)',
  notes: [
    'Pressing Skicka with nothing answered: the summary is announced once and takes focus.',
    'The first error leads to its question, which says "Fel:" and the message.',
  ],
  site: 'storybook',
  path: 'iframe.html?id=elements-error-summary--before-submit&viewMode=story',
  steps: [{ tabTo: 'Skicka' }, 'Enter', 'Tab', 'Enter'],
};
