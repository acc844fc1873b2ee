/**
 * @svara/studio: the staff web app and the pieces it is made of. No side effects: import `./define.js` to
 * register the elements. The model (`model/*`) has no DOM and runs in Node too.
 */
export { SvaraStudioApp } from './components/app/app.js';
export { SvaraStudioAudit } from './components/audit/audit.js';
export { SvaraStudioCondition } from './components/condition/condition.js';
export { SvaraStudioEditor } from './components/editor/editor.js';
export { SvaraStudioJsonView } from './components/json-view/json-view.js';
export { SvaraStudioNewSurvey } from './components/new-survey/new-survey.js';
export { SvaraStudioOptions } from './components/options/options.js';
export { SvaraStudioPictogramPicker } from './components/pictogram-picker/pictogram-picker.js';
export { SvaraStudioPreview } from './components/preview/preview.js';
export { SvaraStudioPublish } from './components/publish/publish.js';
export { SvaraStudioQuestion } from './components/question/question.js';
export { SvaraStudioReview } from './components/review/review.js';
export { SvaraStudioResults } from './components/results/results.js';
export { SvaraStudioRounds } from './components/rounds/rounds.js';
export { SvaraStudioScalePicker } from './components/scale-picker/scale-picker.js';
export { SvaraStudioSignIn } from './components/sign-in/sign-in.js';
export { SvaraStudioSurveyList } from './components/survey-list/survey-list.js';
export { SvaraStudioSurveyPage } from './components/survey-page/survey-page.js';
export { SvaraStudioTextField } from './components/text-field/text-field.js';
export { SvaraStudioTranslations } from './components/translations/translations.js';
export { SvaraStudioUnits } from './components/units/units.js';
export { SvaraStudioUsers } from './components/users/users.js';
export * from './events.js';
export * from './api/client.js';
export * from './model/check.js';
export * from './model/checklist.js';
export * from './model/draft.js';
export * from './model/draft-session.js';
export * from './model/history.js';
export * from './model/pictograms.js';
export * from './model/preview.js';
export * from './model/translations.js';
export * from './model/versions.js';
export { Router, matchRoute } from './router.js';
export type { Route, RouteName } from './router.js';
