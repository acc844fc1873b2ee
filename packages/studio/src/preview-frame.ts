/**
 * What each preview frame runs (`preview.html`): the real `<svara-survey>` in a realm of its own, so every preview
 * can have its own language (svara's strings follow one locale per page), its own direction and its own settings.
 *
 * The studio posts what to show; the frame opens the widget at the question being edited by giving it, in a
 * session store of its own (never the page's), what the widget itself keeps while a respondent answers. Nothing
 * a preview does is sent or stored: submissions are cancelled and the outbox has no storage.
 */
import type { SvaraSurvey } from '@svara/survey';
import type { PreviewFrameMessage, PreviewShowMessage } from './model/preview.js';
import { widgetSessionKeys } from './model/preview.js';

/** A Storage that lives and dies with this frame. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

// Before the widget loads: previews share the studio's session storage otherwise, and would open each other's
// screens (the widget keeps answers in progress there).
const store = new MemoryStorage();
Object.defineProperty(window, 'sessionStorage', { value: store, configurable: true });

const post = (message: PreviewFrameMessage) => parent.postMessage(message, location.origin);

async function main(): Promise<void> {
  await import('@svara/survey/embed');
  const host = document.getElementById('preview')!;
  const widget = document.createElement('svara-survey') as SvaraSurvey;
  widget.outboxOptions = { name: 'svara-studio-preview', indexedDB: null };
  // A preview never sends: the widget goes back to its questions, as when a host cancels a submission.
  widget.addEventListener('svara-submit', (event) => event.preventDefault());
  host.append(widget);

  // The content's own height (the body), not the document's: that is never less than the frame, so a frame could
  // grow but never shrink back when its content does.
  let shown = 0;
  const postHeight = () =>
    post({
      type: 'svara-preview-height',
      height: Math.ceil(document.body.getBoundingClientRect().height),
      shown,
    });

  const show = async ({ spec, start, shown: number }: PreviewShowMessage): Promise<void> => {
    document.documentElement.lang = spec.lang;
    document.documentElement.dir = spec.dir;
    const keys = widgetSessionKeys(start.definition);
    store.removeItem(keys.settings);
    store.setItem(keys.answers, JSON.stringify({ answers: {}, step: start.step, started: start.started }));
    widget.setAttribute('lang', spec.lang);
    widget.audience = spec.audience;
    widget.mode = spec.mode;
    widget.plain = spec.plain;
    widget.pictograms = spec.pictograms;
    widget.definition = structuredClone(start.definition);
    // Once the widget has drawn this (its own update and the frame after it), the studio learns its height.
    await widget.updateComplete;
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    shown = Math.max(shown, number);
    postHeight();
  };

  window.addEventListener('message', (event: MessageEvent<PreviewShowMessage>) => {
    if (event.origin !== location.origin || event.source !== parent) return;
    if (event.data?.type === 'svara-preview-show') void show(event.data);
  });

  new ResizeObserver(postHeight).observe(document.body);
  post({ type: 'svara-preview-ready' });
}

void main();
