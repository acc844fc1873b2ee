import { childrenSurveySteps } from './_children-survey.mjs';

export default {
  title:
    "The children's survey in English, chosen with the toolbar's language button (demo survey/barn.html)",
  notes: ['The survey has English texts: questions, faces and svara’s own words are all English.'],
  site: 'demo',
  path: 'survey/barn.html',
  steps: childrenSurveySteps({ switchTo: 'English' }),
};
