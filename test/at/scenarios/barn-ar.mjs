import { childrenSurveySteps } from './_children-survey.mjs';

export default {
  title: "The children's survey with the widget in Arabic (demo survey/barn.html?lang=ar)",
  notes: [
    'Right to left: ArrowLeft goes to the next face.',
    'The survey has no Arabic texts: svara’s own words (buttons, progress, faces, receipt) are Arabic and the',
    'questions fall back to Swedish, marked lang="sv".',
  ],
  site: 'demo',
  path: 'survey/barn.html?lang=ar',
  steps: childrenSurveySteps({ forward: 'ArrowLeft' }),
};
