/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { AXE_DISABLED_RULES, AXE_TAGS } from '@svara/testing/axe-config';
import { dirFor, setLocale, type SvaraLocale } from '@svara/elements/localization';

/**
 * Controls come from the Custom Elements Manifests that `pnpm analyze` writes next to each package with elements
 * (`cem analyze --litelement`, from the JSDoc). They are build output, so `pnpm storybook` and
 * `pnpm build-storybook` run `pnpm analyze` first. All packages' manifests are merged into one.
 */
interface Manifest {
  schemaVersion: string;
  modules: Array<{ path: string; [key: string]: unknown }>;
}
const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest({
  schemaVersion: Object.values(manifests)[0]?.schemaVersion ?? '1.0.0',
  modules: Object.entries(manifests).flatMap(([file, manifest]) => {
    const packageDir = file.replace(/^\.\.\//, '').replace(/\/custom-elements\.json$/, '');
    return manifest.modules.map((module) => ({ ...module, path: `${packageDir}/${module.path}` }));
  }),
});
setStorybookHelpersConfig({ hideArgRef: true });

/** The toolbar's languages, in svara's order; Arabic is written right to left. */
const LOCALES: ReadonlyArray<{ value: SvaraLocale; title: string }> = [
  { value: 'sv', title: 'svenska' },
  { value: 'en', title: 'English' },
  { value: 'fi', title: 'suomi' },
  { value: 'ar', title: 'العربية (rtl)' },
];

/**
 * Sets `<html lang dir>` (lit-localize does not set `dir`; shadow roots inherit it, and elements with a
 * LocaleController follow the page's `lang`) and switches svara's strings through the one localization module.
 */
async function applyLocale(lang: string): Promise<void> {
  const locale = await setLocale(lang);
  document.documentElement.lang = locale;
  document.documentElement.dir = dirFor(locale);
}

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: {
      // Violations fail the story (in the a11y panel and in test runs); test/storybook-axe/storybook-axe.mjs enforces the
      // same rules over every story in `pnpm test`.
      test: 'error',
      options: { runOnly: { type: 'tag', values: [...AXE_TAGS] } },
      config: { rules: Object.keys(AXE_DISABLED_RULES).map((id) => ({ id, enabled: false })) },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language and writing direction',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map(({ value, title }) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'sv' },
  // A loader (not a decorator) because switching the locale loads its strings asynchronously; the story renders
  // after the loader has finished.
  loaders: [
    async ({ globals }) => {
      await applyLocale(String(globals.locale));
      return {};
    },
  ],
};

export default preview;
