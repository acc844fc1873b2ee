import { childrenSurveySteps } from './_children-survey.mjs';

const all = childrenSurveySteps();

export default {
  title: 'Sending without a network: the answers are saved on the device (demo survey/barn.html, POST fails)',
  notes: ['The children’s survey answered to the last question (not recorded); then Skicka while offline.'],
  site: 'demo',
  path: 'survey/barn.html',
  network: 'down',
  setup: all.slice(0, -2),
  steps: all.slice(-2),
};
