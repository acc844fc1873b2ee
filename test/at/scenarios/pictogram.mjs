/** `<svara-choice>` with pictograms: each option's picture is decorative, its text is its name. */
export default {
  title: 'A pictogram choice (<svara-choice>, story elements-choice--pictogram-builtin)',
  notes: ['Each option is spoken once, by its text; the pictogram adds nothing to what is heard.'],
  site: 'storybook',
  path: 'iframe.html?id=elements-choice--pictogram-builtin&viewMode=story',
  steps: ['Tab', 'ArrowDown', 'ArrowDown'],
};
