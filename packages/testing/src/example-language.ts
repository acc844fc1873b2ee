/**
 * The language an example's own content is shown in. Examples are written in Swedish. Storybook (and so the
 * visual suite) shows every story in the toolbar's language as well, and a story in an Arabic page shows what a
 * real Arabic page shows: Arabic questions and answers, not Swedish ones laid out right to left. The story sets
 * the language before it renders ({@link setExampleLanguage}); an example picks its texts with {@link content}.
 * Tests never set it, so they render the Swedish.
 *
 * ```ts
 * render: () => html`<svara-text label=${content({ sv: 'Vad heter du?', ar: 'ما اسمك؟' })}></svara-text>`
 * ```
 */

/** An example's text in Swedish and in Arabic (the right-to-left language svara's UI speaks). */
export interface ExampleText {
  sv: string;
  ar: string;
}

let language: 'sv' | 'ar' = 'sv';

/** Sets the language of the examples rendered next: Arabic for `ar` (or `ar-…`), Swedish for anything else. */
export function setExampleLanguage(lang: string | undefined): void {
  language = lang?.toLowerCase().split(/[-_]/)[0] === 'ar' ? 'ar' : 'sv';
}

/** The language examples render their content in now. */
export function exampleLanguage(): 'sv' | 'ar' {
  return language;
}

/** The text in the language the example is shown in. */
export function content(text: ExampleText): string {
  return text[language];
}
