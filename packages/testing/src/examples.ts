/**
 * Examples are the single source of a component's stories, tests and axe checks: each component's
 * `<name>.examples.ts` exports a record of {@link Example}s. Here they are rendered the same way everywhere, and
 * {@link describeExamples} runs axe over every one of them.
 *
 * ```ts
 * import { setLocale } from '@svara/elements/localization';
 * describeExamples(choiceExamples, { tag: 'svara-choice', setLocale });
 * const choice = await renderExample(choiceExamples.required, { tag: 'svara-choice', setLocale });
 * ```
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { expectNoAxeViolations } from './axe.js';

/** One documented state of a component. */
export interface Example<E extends HTMLElement = HTMLElement> {
  /** The story's name. */
  title: string;
  /** What the example shows, for the docs page. */
  description: string;
  /** The svara UI language to activate before rendering (default `sv`). */
  locale?: string;
  /** The markup a developer would write. */
  render(): TemplateResult;
  /** Brings the element into the documented state after rendering (e.g. a submit attempt). */
  prepare?(element: E): unknown;
}

export interface RenderOptions {
  /** The element the example is about, returned and prepared; without it, the example's wrapper. */
  tag?: string;
  /** Between two buttons ("Före" and "Efter"), with focus on the first: for keyboard tests. */
  betweenButtons?: boolean;
  /** Activates the example's UI language (`setLocale` of @svara/elements/localization). */
  setLocale?(locale: string): unknown;
  /** Waits for what rendering starts and does not await (e.g. images loading). */
  settle?(): Promise<unknown>;
}

/**
 * Renders `example` inside a `<div>` and returns its element (see {@link RenderOptions.tag}), updated and
 * prepared. With a `tag` of a registered svara element, the result has that element's type.
 */
export async function renderExample<K extends keyof HTMLElementTagNameMap>(
  example: Example<HTMLElementTagNameMap[K]>,
  options: RenderOptions & { tag: K },
): Promise<HTMLElementTagNameMap[K]>;
export async function renderExample(
  example: Example<HTMLElement>,
  options?: RenderOptions,
): Promise<HTMLElement>;
export async function renderExample(
  example: Example<HTMLElement>,
  options: RenderOptions = {},
): Promise<HTMLElement> {
  await options.setLocale?.(example.locale ?? 'sv');
  const wrapper = await fixture<HTMLElement>(
    options.betweenButtons
      ? html`<div>
          <button type="button">Före</button>${example.render()}<button type="button">Efter</button>
        </div>`
      : html`<div>${example.render()}</div>`,
  );
  const element = options.tag ? wrapper.querySelector<HTMLElement>(options.tag) : wrapper;
  if (!element) throw new Error(`the example "${example.title}" has no <${options.tag}>`);
  await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  await example.prepare?.(element);
  await options.settle?.();
  if (options.betweenButtons) wrapper.querySelector('button')?.focus();
  return element;
}

/** One test per example: it renders, gets into its documented state, and axe finds no violation in it. */
export function describeExamples<E extends HTMLElement>(
  examples: Readonly<Record<string, Example<E>>>,
  options: Omit<RenderOptions, 'betweenButtons'> = {},
): void {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(examples)) {
      it(`${key}: no violations`, async () => {
        const element = await renderExample(example as Example<HTMLElement>, options);
        await expectNoAxeViolations(options.tag ? element.parentElement! : element);
      });
    }
  });
}
