/**
 * svara studio (issue #18): writing for children and hearing the lint. The survey page's editor (story
 * studio-survey-page--edit: a children's survey, a draft in memory, saved and checked as with the collector).
 * A sentence too hard for a child is added to the intro; a second after the last key the field says, politely
 * and once, what is wrong with it.
 */
export default {
  title:
    'Writing in the studio and hearing the lint (<svara-studio-survey-page>, story studio-survey-page--edit)',
  notes: [
    'Typing is not interrupted; a second after the last key the new warnings are said: "Varning: Svår text …".',
    'Orca says the field’s new description (hint and warnings) and then the polite announcement, so a listener',
    'hears the warnings twice; a screen reader that does not read description changes hears them once.',
    'Entering the intro (it already holds text) is not recorded: see test/at/README.md.',
  ],
  site: 'storybook',
  path: 'iframe.html?id=studio-survey-page--edit&viewMode=story',
  setup: [{ tabTo: 'Inledning', max: 40 }, 'End'],
  steps: [
    {
      type: ' Socialsekreterarens utredningsarbete genomförs enligt socialtjänstlagens bestämmelser om barnets bästa.',
      quietMs: 3000,
    },
  ],
};
