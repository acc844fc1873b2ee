/** `<svara-scale scale="smiley-5">`: five faces named by feeling, "Vet inte" and "Vill inte svara" after them. */
export default {
  title: 'A smiley scale (<svara-scale>, story elements-scale--five-faces)',
  notes: ['Each face is spoken by its feeling, never by a number; the pictures are silent.'],
  site: 'storybook',
  path: 'iframe.html?id=elements-scale--five-faces&viewMode=story',
  steps: ['Tab', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'],
};
