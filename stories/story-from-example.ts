/**
 * One Storybook story from one component example. Every component's `*.examples.ts` is the single source for
 * its stories, its browser tests and the axe checks, so a documented state is always a tested state.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import type { Example } from '@svara/testing/examples';
import { setExampleLanguage } from '@svara/testing/example-language';

export function storyFromExample<E extends HTMLElement & { updateComplete?: Promise<unknown> }>(
  tag: string,
  example: Example<E>,
): StoryObj {
  return {
    name: example.title,
    parameters: { docs: { description: { story: example.description } } },
    // The preview's loader sets lang, dir and svara's strings from the locale global; the others follow the toolbar.
    ...(example.locale ? { globals: { locale: example.locale } } : {}),
    // The example's own content follows too: Arabic in an Arabic page (see @svara/testing/example-language).
    render: (_args, { globals }) => {
      setExampleLanguage(String(globals['locale'] ?? 'sv'));
      return example.render();
    },
    play: async ({ canvasElement }) => {
      const element = canvasElement.querySelector<E>(tag);
      if (element && example.prepare) {
        await element.updateComplete;
        await example.prepare(element);
      }
    },
  };
}
