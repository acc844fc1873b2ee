/**
 * Roving tabindex for choice groups (radio groups, scales, pictogram choices).
 *
 * - Tab reaches the group once: the selected item, or else the first enabled one, has `tabindex="0"`, every
 *   other item `-1`.
 * - Arrow keys move AND select (like native radios), wrapping at the ends. Left/Right are mirrored when the
 *   host is right-to-left (`:dir(rtl)`), so "next" is always in reading direction.
 * - Home/End go to the first/last enabled item and select it.
 * - Space selects the focused item (native inputs handle Space themselves).
 * - Disabled items are skipped.
 *
 * The host binds {@link RovingTabindexController.handleKeydown} on the element that contains the items.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingTabindexOptions<T extends HTMLElement> {
  /** The items in reading order. */
  items(): T[];
  /** Whether `item` is the selected one (it gets the tab stop). */
  isSelected(item: T): boolean;
  /** Selects `item`; called after focus moved to it. */
  select(item: T, event: KeyboardEvent): void;
  /** Defaults to `:disabled` or `aria-disabled="true"`. */
  isDisabled?(item: T): boolean;
  /** When false, items keep their natural tab order (e.g. a checkbox group). Defaults to always on. */
  enabled?(): boolean;
}

const NEXT_LTR = ['ArrowDown', 'ArrowRight'];
const PREVIOUS_LTR = ['ArrowUp', 'ArrowLeft'];

export class RovingTabindexController<T extends HTMLElement> implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingTabindexOptions<T>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  private get enabled(): boolean {
    return this.options.enabled?.() ?? true;
  }

  private isDisabled(item: T): boolean {
    return this.options.isDisabled
      ? this.options.isDisabled(item)
      : item.matches(':disabled') || item.getAttribute('aria-disabled') === 'true';
  }

  private enabledItems(): T[] {
    return this.options.items().filter((item) => !this.isDisabled(item));
  }

  /** The item that holds the tab stop. */
  activeItem(): T | undefined {
    const enabled = this.enabledItems();
    return enabled.find((item) => this.options.isSelected(item)) ?? enabled[0];
  }

  /** Puts the tab stop on the selected (or first enabled) item. */
  sync(): void {
    const items = this.options.items();
    if (!this.enabled) {
      for (const item of items) item.removeAttribute('tabindex');
      return;
    }
    const active = this.activeItem();
    for (const item of items) item.tabIndex = item === active ? 0 : -1;
  }

  /** Keydown handler for the element containing the items. */
  handleKeydown = (event: KeyboardEvent): void => {
    if (!this.enabled || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.enabledItems();
    const current = items.find(
      (item) => item === event.composedPath()[0] || item.contains(event.target as Node),
    );
    if (!current || items.length === 0) return;

    const rtl = this.host.matches(':dir(rtl)');
    const mirror = (key: string) =>
      rtl && key === 'ArrowLeft' ? 'ArrowRight' : rtl && key === 'ArrowRight' ? 'ArrowLeft' : key;
    const key = mirror(event.key);
    const index = items.indexOf(current);
    let target: T | undefined;
    if (NEXT_LTR.includes(key)) target = items[(index + 1) % items.length];
    else if (PREVIOUS_LTR.includes(key)) target = items[(index - 1 + items.length) % items.length];
    else if (key === 'Home') target = items[0];
    else if (key === 'End') target = items[items.length - 1];
    else if (key === ' ' && !(current instanceof HTMLInputElement)) target = current;
    if (!target) return;

    event.preventDefault();
    for (const item of this.options.items()) item.tabIndex = item === target ? 0 : -1;
    target.focus();
    this.options.select(target, event);
  };
}
