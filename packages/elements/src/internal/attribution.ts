/**
 * `<svara-pictogram-attribution>` (the credit ARASAAC's licence requires) is needed only where an ARASAAC
 * pictogram is shown, so the controls register it on demand: a survey of svara's own faces never downloads it.
 * `@svara/elements/define` registers it up front for pages that import everything.
 */
let loading: Promise<unknown> | undefined;

/** Registers `<svara-pictogram-attribution>` (once); call when rendering an ARASAAC pictogram. */
export function needAttribution(): void {
  if (customElements.get('svara-pictogram-attribution')) return;
  loading ??= import('@svara/pictograms/components/pictogram-attribution/pictogram-attribution.define').catch(
    (error: unknown) => {
      loading = undefined; // tried again at the next render
      console.warn('svara: could not load <svara-pictogram-attribution>', error);
    },
  );
}
