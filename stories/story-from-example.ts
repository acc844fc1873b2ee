/**
 * One Storybook story from one component example. Every component's `*.examples.ts` is the single source for
 * its stories, its browser tests and the axe checks, so a documented state is always a tested state.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import type { TemplateResult } from 'lit';

/** The shape every examples module shares (each adds its own fields). */
export interface StoryExample<E extends Element> {
  title: string;
  description: string;
  /** An example written for one language pins the toolbar's locale. */
  locale?: string;
  render(): TemplateResult;
  /** Puts the rendered element in the state the example shows (typed answers, a submit attempt, …). */
  prepare?(element: E): void | Promise<void>;
}

export function storyFromExample<E extends Element & { updateComplete?: Promise<unknown> }>(
  tag: string,
  example: StoryExample<E>,
): StoryObj {
  return {
    name: example.title,
    parameters: { docs: { description: { story: example.description } } },
    // The preview's loader sets lang, dir and svara's strings from the locale global; the others follow the toolbar.
    ...(example.locale ? { globals: { locale: example.locale } } : {}),
    render: () => example.render(),
    play: async ({ canvasElement }) => {
      const element = canvasElement.querySelector<E>(tag);
      if (element && example.prepare) {
        await element.updateComplete;
        await example.prepare(element);
      }
    },
  };
}
