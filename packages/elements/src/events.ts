/**
 * Value events. Native `change` is not composed, so events from the inputs inside our shadow roots never reach
 * listeners outside. Every svara control therefore stops its inner `input`/`change` events and dispatches its
 * own from the host, after the update that reflects the new value (so `event.target.value` is current):
 *
 * - `input`  — an `InputEvent`, bubbles and composed, on every user change of the value;
 * - `change` — an `Event`, bubbles and composed, when the user commits a change (for choices: at once).
 *
 * Nothing is dispatched for programmatic changes (setting `value`, `form.reset()`, state restore), like
 * native inputs.
 */
import type { ReactiveElement } from 'lit';

/** Dispatches `input` then `change` from `host` once its pending update has rendered. */
export async function emitValueEvents(
  host: ReactiveElement,
  which: 'input' | 'change' | 'both' = 'both',
): Promise<void> {
  await host.updateComplete;
  if (which !== 'change') host.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (which !== 'input') host.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Keeps an inner native `input`/`change` event inside the shadow root (the host re-dispatches its own). */
export function stopInnerEvent(event: Event): void {
  event.stopPropagation();
}
