/**
 * svara studio (issue #18): writing a question for children and hearing its lint. The survey page's editor (story
 * studio-survey-page--edit: a children's survey, a draft in memory, saved and checked as with the collector).
 * "Lägg till fråga" adds a question and puts focus in its text; a sentence too hard for a child is typed there; a
 * second after the last key the field says, politely and once, what is wrong with it.
 */
export default {
  title:
    'Writing a question in the studio and hearing the lint (<svara-studio-survey-page>, story studio-survey-page--edit)',
  notes: [
    'Enter on "Lägg till fråga": focus moves to the new question’s text ("Frågan eller påståendet entry"), with',
    'its description (the text is still empty), and the addition is said ("Fråga 5 (Skala) har lagts till.").',
    'Before that, Orca speaks the new question’s type box, which it takes for focus when Chromium selects its',
    'first option ("Frågetyp combo box collapsed Skala."): Orca’s reading of a new <select>, not a focus move.',
    'Typing is not interrupted; a second after the last key the new warnings are said once ("Varning: Svår text',
    '…"). The field’s description keeps what it said when focus came until focus leaves, so Orca does not read',
    'the warnings a second time as a changed description.',
  ],
  site: 'storybook',
  path: 'iframe.html?id=studio-survey-page--edit&viewMode=story',
  setup: [{ tabTo: 'Lägg till fråga', max: 200 }],
  steps: [
    // The addition and the autosave ("Sparar …") are two live regions changed at once: heard in either order.
    // Long enough for the autosave's "Sparat" two seconds later, so the typing step starts from a saved draft.
    { press: 'Enter', quietMs: 3000, anyOrder: true },
    {
      type: 'Socialsekreterarens utredningsarbete genomförs enligt socialtjänstlagens bestämmelser om barnets bästa.',
      // The warning a second after the last key, "Sparat" a second later.
      quietMs: 2500,
    },
  ],
};
