/**
 * The one module in svara that calls `configureLocalization` from @lit/localize.
 *
 * @lit/localize keeps ONE active locale per JavaScript realm, and `configureLocalization` throws if it is called
 * twice. So: components only use `msg()` and `@localized()`; the page (or the survey widget) calls
 * {@link setLocale} here, which configures lazily on first use. Importing this module has no side effects.
 *
 * Consequence: two svara forms in different languages on one page are not possible (both follow the last
 * `setLocale`). Put the second one in an iframe if you really need that.
 *
 * lit-localize does not set `dir`; {@link dirFor} gives it, and {@link LocaleController} keeps a host element's
 * `dir` in step with its `lang`. Shadow roots inherit `dir` from the host.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';

export { allLocales, sourceLocale, targetLocales, LOCALE_STATUS_EVENT };

/** A locale svara has translations for: `sv` (source), `en`, `fi`, `ar`. */
export type SvaraLocale = (typeof allLocales)[number];

type TargetLocale = (typeof targetLocales)[number];

/**
 * One static `import()` per locale. Never build the path from a template literal: Vite then emits no chunks
 * and the import 404s at runtime, without any build error.
 */
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  en: () => import('./generated/locales/en.js'),
  fi: () => import('./generated/locales/fi.js'),
  ar: () => import('./generated/locales/ar.js'),
};

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar']);

/** Translations of other packages, added to svara's own when a locale loads (see {@link addTranslations}). */
const extraLoaders: ((locale: string) => Promise<LocaleModule> | undefined)[] = [];

let runtime: ReturnType<typeof configureLocalization> | undefined;

async function loadWithExtras(locale: TargetLocale): Promise<LocaleModule> {
  const [own, ...extras] = await Promise.all([
    loaders[locale](),
    ...extraLoaders.map((load) => load(locale)),
  ]);
  const added = extras.filter((module): module is LocaleModule => module !== undefined);
  return added.length === 0
    ? own!
    : { templates: Object.assign({}, own!.templates, ...added.map((module) => module.templates)) };
}

function configured(): ReturnType<typeof configureLocalization> {
  runtime ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => loadWithExtras(locale as TargetLocale),
  });
  return runtime;
}

/**
 * Adds another package's translations to svara's: a page that uses svara's elements and its own `msg()` strings
 * (the staff studio) keeps its strings in its own catalogue, so that a respondent's widget never downloads them.
 * `load` gives the package's generated locale module for a locale, or undefined where it has none; it is asked
 * on every locale change after this call. Call it before the first {@link setLocale} to a target locale.
 */
export function addTranslations(load: (locale: string) => Promise<LocaleModule> | undefined): void {
  extraLoaders.push(load);
}

function isSvaraLocale(code: string): code is SvaraLocale {
  return (allLocales as readonly string[]).includes(code);
}

/**
 * Maps a BCP 47 tag to a supported locale: `sv-SE` → `sv`, `ar-EG` → `ar`, `FI` → `fi`, `en_GB` → `en`.
 * Anything unknown or empty falls back to `sv`.
 */
export function normalizeLocale(tag: string | null | undefined): SvaraLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isSvaraLocale(language) ? language : sourceLocale;
}

/** Writing direction of a locale (or any language tag): `rtl` for Arabic, else `ltr`. */
export function dirFor(locale: string | null | undefined): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(normalizeLocale(locale)) ? 'rtl' : 'ltr';
}

/** The active locale (`sv` until {@link setLocale} has loaded another one). */
export function getLocale(): SvaraLocale {
  return runtime ? normalizeLocale(runtime.getLocale()) : sourceLocale;
}

/**
 * Switches every `@localized()` svara element to `lang` (normalised, falling back to `sv`) and resolves with
 * the locale that is now active. Concurrent calls settle on the last one, as in @lit/localize.
 */
export async function setLocale(lang: string | null | undefined): Promise<SvaraLocale> {
  const locale = normalizeLocale(lang);
  await configured().setLocale(locale);
  return getLocale();
}

/** The language that applies to `element`: its own or nearest ancestor's `lang`, else the document's. */
export function langOf(element: Element): string {
  const withLang = element.closest('[lang]');
  return withLang?.getAttribute('lang') || element.ownerDocument.documentElement.lang || sourceLocale;
}

/**
 * Lets a host element (e.g. the survey widget) follow its `lang`: sets the svara locale from the host's
 * `lang` (or the page's), and the host's `dir` to match, unless the author set `dir` on the host.
 *
 * ```ts
 * class MyWidget extends LitElement {
 *   private locale = new LocaleController(this);
 * }
 * ```
 */
export class LocaleController implements ReactiveController {
  private observer?: MutationObserver;
  private authorDir = false;
  private dirWeSet?: string;
  /** Resolves when the locale for the current `lang` is active. */
  ready: Promise<SvaraLocale> = Promise.resolve(sourceLocale);

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const dir = this.host.getAttribute('dir');
    this.authorDir = dir !== null && dir !== this.dirWeSet;
    this.observer = new MutationObserver(() => this.follow());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
    this.follow();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private follow(): void {
    const lang = langOf(this.host);
    if (!this.authorDir) {
      this.dirWeSet = dirFor(lang);
      this.host.setAttribute('dir', this.dirWeSet);
    }
    this.ready = setLocale(lang);
  }
}
