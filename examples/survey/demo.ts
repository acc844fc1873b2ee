/**
 * Page script of the demo's survey pages. The demo shows definitions that were never published, so it checks
 * them with the schema's full `parseSurvey` (editors see every problem); the embed bundle does not include it.
 */
import { useFullValidation } from '@svara/survey/full-validation';
import { definitionUrl, mountSurveys, surveyIds } from './mount.js';

useFullValidation();
mountSurveys();

// prova.html without ?survey=: a list of the surveys to try, by their titles; one that is only answered in an
// interview opens in interview mode.
interface Summary {
  title?: string | Record<string, string>;
  modes?: string[];
}
const list = document.querySelector<HTMLUListElement>('#survey-list');
if (list && !new URLSearchParams(location.search).get('survey')) {
  // No widget and no empty frame where it would have been.
  document.querySelector('.survey-box')?.remove();
  void Promise.all(
    surveyIds.map(async (id) => {
      const summary = (await fetch(definitionUrl(id)!).then((response) => response.json())) as Summary;
      const title = typeof summary.title === 'string' ? summary.title : summary.title?.['sv'];
      const interviewOnly = summary.modes !== undefined && !summary.modes.includes('web');
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `?survey=${encodeURIComponent(id)}${interviewOnly ? '&mode=interview' : ''}`;
      link.textContent = title ?? id;
      item.append(link);
      if (interviewOnly) item.append(' – som telefonintervju');
      return item;
    }),
  ).then((items) => {
    list.append(...items);
    list.hidden = false;
  });
}
