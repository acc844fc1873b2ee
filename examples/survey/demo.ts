/**
 * Page script of the demo's survey pages. The demo shows definitions that were never published, so it checks
 * them with the schema's full `parseSurvey` (editors see every problem); the embed bundle does not include it.
 */
import { useFullValidation } from '@svara/survey/full-validation';
import { mountSurveys, surveyIds } from './mount.js';

useFullValidation();
mountSurveys();

// prova.html without ?survey=: a list of the surveys to try.
const list = document.querySelector<HTMLUListElement>('#survey-list');
if (list && !new URLSearchParams(location.search).get('survey')) {
  for (const id of surveyIds) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `?survey=${encodeURIComponent(id)}`;
    link.textContent = id;
    item.append(link);
    list.append(item);
  }
  list.hidden = false;
  document.querySelector('svara-survey')?.remove();
}
