import { childrenSurveySteps } from './_children-survey.mjs';

export default {
  title: "The children's survey with the widget in Arabic (demo survey/barn.html?lang=ar)",
  notes: [
    'Right to left: ArrowLeft goes to the next face.',
    'The survey is in Arabic too (translated by the developers, awaiting a native speaker’s review): svara’s',
    'own words and the survey’s texts are Arabic; only the page around the widget is Swedish.',
  ],
  site: 'demo',
  path: 'survey/barn.html?lang=ar',
  steps: childrenSurveySteps({ forward: 'ArrowLeft' }),
};
