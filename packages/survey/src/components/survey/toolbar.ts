/**
 * The respondent's toolbar of `<svara-survey>`: real toggle buttons (`aria-pressed`, a tick as well as colour),
 * shown only when they do something. In view: Lyssna, Lättläst and "Inställningar", a disclosure
 * (`aria-expanded`) with the rarely used settings and the support person's: Bildstöd, the survey's languages
 * (each in its own language; the page's `lang` picks the first), Svarar med stöd, Styr med kontakt. A child at
 * 320 px meets two rows of buttons above the question instead of five. "Svarar med stöd" says under the bar, while it is on,
 * what it means. Staff who interview read the questions themselves: they get no Lyssna, support or switch
 * buttons, and no bar at all when nothing is left to switch.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { iterateQuestions, surveyLanguages } from '@svara/schema';
import type { Mode, Survey } from '@svara/schema';
import { drawsPictures, hasPlainVariants } from './survey-texts.js';
import type { Switches } from './session-store.js';

export interface ToolbarView {
  survey: Survey;
  mode: Mode;
  /** The language the survey's texts are shown in. */
  textLang: string;
  switches: Readonly<Switches>;
  /** "Inställningar" is open. */
  settingsOpen: boolean;
  toggle(setting: keyof Switches | 'settings'): void;
  chooseLanguage(lang: string): void;
}

/** The language's own name ("Svenska", "English", "Suomi", "العربية"), capitalised as a button label. */
export function autonym(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}

export function renderToolbar(view: ToolbarView): TemplateResult | typeof nothing {
  const { survey, switches } = view;
  const languages = surveyLanguages(survey);
  const showPlain = hasPlainVariants(survey);
  const showPictures = [...iterateQuestions(survey)].some(({ question }) => drawsPictures(question));
  // Staff who interview read the questions themselves and answer on the keyboard.
  const respondent = view.mode !== 'interview';
  // Nothing to offer (an interview of a survey in one language, without pictures or plain texts): no empty bar.
  if (!respondent && !showPictures && !showPlain && languages.length < 2) return nothing;
  const toggle = (label: string, setting: keyof Switches, name = '') =>
    html`<button
      type="button"
      part="toggle"
      class="toggle"
      data-toggle=${ifDefined(name || undefined)}
      aria-pressed=${switches[setting] ? 'true' : 'false'}
      @click=${() => view.toggle(setting)}
    >
      ${label}
    </button>`;
  return html`<div
      part="toolbar"
      class="toolbar"
      role="group"
      aria-label=${msg('Visa enkäten på ditt sätt', {
        id: 'survey.toolbar',
        desc: 'Name of the group of settings buttons the respondent controls',
      })}
    >
      ${
        respondent
          ? toggle(
              msg('Lyssna', {
                id: 'survey.toolbar.readAloud',
                desc: 'Toggle button: read each screen and each answer aloud',
              }),
              'readAloud',
            )
          : nothing
      }
      ${
        showPlain
          ? toggle(
              msg('Lättläst', { id: 'survey.toolbar.plain', desc: 'Toggle button: use easy-to-read texts' }),
              'plain',
            )
          : nothing
      }
      ${
        showPictures || respondent || languages.length > 1
          ? html`<button
                type="button"
                part="toggle"
                class="toggle"
                aria-expanded=${view.settingsOpen ? 'true' : 'false'}
                aria-controls="settings"
                @click=${() => view.toggle('settings')}
              >
                ${msg('Inställningar', {
                  id: 'survey.toolbar.settings',
                  desc: 'Disclosure button that shows the rarely used settings and those for a support person (pictures, languages, answering with support, switch control)',
                })}
              </button>
              <div id="settings" class="settings" ?hidden=${!view.settingsOpen}>
                ${
                  showPictures
                    ? toggle(
                        msg('Bildstöd', {
                          id: 'survey.toolbar.pictograms',
                          desc: 'Toggle button: show pictures (faces, pictograms) with the answers',
                        }),
                        'pictograms',
                      )
                    : nothing
                }
                ${
                  languages.length > 1
                    ? html`<div
                        class="languages"
                        role="group"
                        aria-label=${msg('Språk', { id: 'survey.toolbar.language', desc: 'Name of the language buttons' })}
                      >
                        ${languages.map(
                          (lang) =>
                            html`<button
                              type="button"
                              part="toggle"
                              class="toggle"
                              lang=${lang}
                              aria-pressed=${view.textLang === lang ? 'true' : 'false'}
                              @click=${() => view.chooseLanguage(lang)}
                            >
                              ${autonym(lang)}
                            </button>`,
                        )}
                      </div>`
                    : nothing
                }
                ${
                  respondent
                    ? html`${toggle(
                        msg('Svarar med stöd', {
                          id: 'survey.toolbar.withSupport',
                          desc: 'Toggle button for support persons: the respondent answers with help from someone',
                        }),
                        'withSupport',
                      )}
                      ${toggle(
                        msg('Styr med kontakt', {
                          id: 'survey.toolbar.scanning',
                          desc: 'Toggle button for support persons: answer with one switch (a highlight moves through the answers and the switch chooses)',
                        }),
                        'scanning',
                        'scanning',
                      )}`
                    : nothing
                }
              </div>`
          : nothing
      }
    </div>
    ${
      switches.withSupport
        ? html`<p class="note">
            ${msg(
              'Svarar med stöd är på: någon hjälper till att svara. Det står med svaren, men inte vem som hjälpte.',
              {
                id: 'survey.toolbar.withSupportOn',
                desc: 'Under the toolbar while "Svarar med stöd" is on: what it means and what is recorded (that someone helped, not who)',
              },
            )}
          </p>`
        : nothing
    }`;
}
