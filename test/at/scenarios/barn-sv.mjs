import { childrenSurveySteps } from './_children-survey.mjs';

export default {
  title: "The children's survey in Swedish (demo survey/barn.html), start screen to receipt",
  notes: [
    'Start screen: heading, why we ask, who sees the answers, anonymous; then "Fråga 1 av 7" and each face by',
    'its feeling; the receipt is announced when the answers have arrived.',
  ],
  site: 'demo',
  path: 'survey/barn.html',
  steps: childrenSurveySteps(),
};
