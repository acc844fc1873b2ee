/**
 * Plays one scenario in a running session and returns what Orca said for each key.
 *
 * Steps (see scenarios/README.md):
 * - `'Tab'`, `'ArrowDown'`, `'Enter'`, … — a key pressed in the page over CDP, the way a screen-reader user's keys
 *   reach a web page in focus mode (Orca follows focus and state changes);
 * - `{ read: 'Down' }` — a key pressed on the X display, so Orca itself handles it: browse-mode reading (`Down`
 *   reads the next line, `h` jumps to the next heading);
 * - `{ tabTo: 'Fortsätt' }` — Tab until the focused element's name is this (a string, a RegExp, or
 *   `{ selector }` that the focused element matches), each Tab recorded; `{ read: 'Down', until: … }` likewise;
 * - `{ press: 'Enter', quietMs: 1500, anyOrder: true }` — a key, after which Orca must stay quiet longer than
 *   usual (an answer from the network, an announcement after a pause); `anyOrder`: what Orca says comes in no
 *   fixed order (several live-region texts at once), so the golden lists it sorted and says so;
 * - `{ type: 'Bra', quietMs: 1500, silentMs: 2500 }` — types text into the focused field, recorded as one step
 *   (`quietMs`: how long Orca must stay quiet afterwards; `silentMs`: how long to wait for a first word when
 *   typing itself is silent, e.g. for an announcement made a second after a pause in typing).
 */
import { execFileSync } from 'node:child_process';

/** xdotool's names for the page keys a scenario may press right after Orca's own reading keys. */
const X_KEYS = {
  Tab: 'Tab',
  'Shift+Tab': 'shift+Tab',
  Enter: 'Return',
  Space: 'space',
  ArrowDown: 'Down',
  ArrowUp: 'Up',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
};

/** The focused element, through shadow roots: `svara-survey › svara-scale › radio "Glad" (checked)`. */
function describeFocus(selector) {
  let el = document.activeElement;
  const hosts = [];
  while (el?.shadowRoot?.activeElement) {
    if (el.tagName.startsWith('SVARA-')) hosts.push(el.tagName.toLowerCase());
    el = el.shadowRoot.activeElement;
  }
  if (el?.tagName.startsWith('SVARA-')) hosts.push(el.tagName.toLowerCase());
  if (!el || el === document.body || el === document.documentElement)
    return { text: 'page', name: '', matches: false };
  const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const input = /** @type {HTMLInputElement} */ (el);
  const tag = el.tagName.toLowerCase();
  const kind =
    tag === 'input'
      ? ['radio', 'checkbox'].includes(input.type)
        ? input.type
        : 'textbox'
      : tag === 'textarea'
        ? 'textbox'
        : /^h\d$/.test(tag)
          ? 'heading'
          : tag === 'a'
            ? 'link'
            : (el.getAttribute('role') ?? tag);
  const root = /** @type {Document | ShadowRoot} */ (el.getRootNode());
  const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => clean(root.getElementById?.(id)?.textContent))
    .join(' ');
  const name =
    clean(el.getAttribute('aria-label')) ||
    labelledBy ||
    clean(input.labels?.[0]?.textContent) ||
    (kind === 'textbox' ? '' : clean(el.textContent));
  const short = name.length > 60 ? `${name.slice(0, 57)}…` : name;
  const state = input.checked ? ' (checked)' : el.getAttribute('aria-pressed') === 'true' ? ' (pressed)' : '';
  return {
    text: [...hosts, `${kind}${short ? ` "${short}"` : ''}${state}`].join(' › '),
    name,
    matches: selector ? el.matches(selector) : false,
  };
}

/**
 * @param {import('playwright-core').Page} page
 * @param {import('./transcript.mjs').Transcript} transcript
 * @typedef {string | RegExp | { selector: string }} Target
 * @param {Array<string | { press?: string, anyOrder?: boolean, read?: string, until?: Target, tabTo?: Target, max?: number, type?: string, quietMs?: number, silentMs?: number }>} steps
 * @param {{ env: Record<string, string>, quietMs?: number, silentMs?: number }} options
 *   how long Orca must be quiet after a key (see Transcript.settle); short for keys that are not recorded
 * @returns {Promise<import('./transcript.mjs').Step[]>}
 */
export async function play(page, transcript, steps, { env, quietMs, silentMs }) {
  /** @type {import('./transcript.mjs').Step[]} */
  const out = [];
  let windowFocused = false;

  const press = async (label, action, selector = '', wait = quietMs, anyOrder = false, silent = silentMs) => {
    const mark = transcript.mark();
    await action();
    const spoken = await transcript.settle(mark, {
      ...(wait ? { quietMs: wait } : {}),
      ...(silent ? { silentMs: silent } : {}),
    });
    const focus = await page.evaluate(describeFocus, selector);
    out.push(
      anyOrder
        ? { key: `${label} (said in any order)`, focus: focus.text, spoken: [...spoken].sort() }
        : { key: label, focus: focus.text, spoken },
    );
    return focus;
  };

  const focusWindow = () => {
    if (windowFocused) return;
    // No window manager on Xvfb: give Chromium's window the X keyboard focus once.
    const ids = execFileSync('xdotool', ['search', '--name', ' - Chromium$'], { env, encoding: 'utf8' });
    execFileSync('xdotool', ['windowfocus', '--sync', ids.trim().split('\n')[0]], { env });
    windowFocused = true;
  };
  // Orca ignores focus changes while it believes its own last command moved the caret, and it never sees keys
  // sent over CDP. So the first key after browse-mode reading goes through the X server too, as a real key that
  // Orca sees and passes on to the page.
  let afterReading = false;

  for (const step of steps) {
    if (typeof step === 'string' || step.press) {
      const key = typeof step === 'string' ? step : step.press;
      const wait = typeof step === 'string' ? quietMs : step.quietMs;
      const anyOrder = typeof step === 'object' && Boolean(step.anyOrder);
      if (afterReading && X_KEYS[key]) {
        focusWindow();
        const x = async () => execFileSync('xdotool', ['key', X_KEYS[key]], { env });
        await press(key, x, '', wait, anyOrder);
      } else {
        await press(key, () => page.keyboard.press(key), '', wait, anyOrder);
      }
      afterReading = false;
    } else if (step.read || step.tabTo) {
      const key = step.read ?? 'Tab';
      const target = step.tabTo ?? step.until;
      const selector = typeof target === 'object' && !(target instanceof RegExp) ? target.selector : '';
      /** @param {{ name: string, matches: boolean }} focus */
      const reached = (focus) =>
        !target ||
        (typeof target === 'string'
          ? focus.name === target
          : target instanceof RegExp
            ? target.test(focus.name)
            : focus.matches);
      const once = async () => {
        if (!step.read) return press('Tab', () => page.keyboard.press('Tab'), selector);
        focusWindow();
        return press(`[Orca] ${key}`, async () => execFileSync('xdotool', ['key', key], { env }), selector);
      };
      let done = reached(await once());
      for (let n = 1; n < (step.max ?? 20) && !done; n++) done = reached(await once());
      if (!done) throw new Error(`never reached ${String(target)} with ${key}`);
      afterReading = Boolean(step.read);
    } else if (step.type) {
      afterReading = false;
      const text = step.type;
      await press(
        `type "${text}"`,
        () => page.keyboard.type(text, { delay: 50 }),
        '',
        step.quietMs,
        false,
        step.silentMs ?? silentMs,
      );
    } else {
      throw new Error(`unknown step ${JSON.stringify(step)}`);
    }
  }
  return out;
}
