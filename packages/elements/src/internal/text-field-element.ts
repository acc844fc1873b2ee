/**
 * The fields a person types into (`<svara-text>`, `<svara-email>`): one native `<input>` or `<textarea>` with the
 * class `control`, a string value that is the `value` attribute until someone types or a script sets it, and
 * errors that may show once the user typed and left the field (or changed it). A subclass adds its validators,
 * its own attributes and its render.
 */
import { property, query } from 'lit/decorators.js';
import { emitValueEvents, stopInnerEvent } from '../events.js';
import { setOptionalAttribute, SvaraFieldElement } from './field-element.js';
import type { PropertyValues } from 'lit';

export abstract class SvaraTextFieldElement extends SvaraFieldElement {
  // ── Queries ─────────────────────────────────────────────────────────────────────────────────────────────
  @query('.control') protected control?: HTMLInputElement | HTMLTextAreaElement;

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  protected current = '';
  /** Set once the value was changed by the user or a script; from then on `value` (attribute) is only the default. */
  protected dirty = false;
  /** The user typed in the field (since the last reset). */
  protected typed = false;

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** The default text (attribute `value`): shown at first and after `form.reset()`. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** Passed to the native control, e.g. `name`, `street-address`, `tel`, `email`. */
  @property() autocomplete = '';

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  /** The text as typed. */
  get value(): string {
    return this.dirty ? this.current : this.defaultValue;
  }
  set value(value: string) {
    this.current = value ?? '';
    this.dirty = true;
    this.requestUpdate();
  }

  /** The element to scroll into view when leading the user to this field (the label). */
  get scrollTarget(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('label') ?? this;
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.control) setOptionalAttribute(this.control, 'autocomplete', this.autocomplete);
  }

  /** Browser: restoring the form after navigation or autofill. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  protected handleInput(event: Event): void {
    stopInnerEvent(event);
    this.typed = true;
    this.value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    void emitValueEvents(this, 'input');
  }

  protected handleChange(event: Event): void {
    stopInnerEvent(event);
    this.field.markInteracted();
    void emitValueEvents(this, 'change');
  }

  /** Leaving the field after typing lets errors show, even when the text ended up as it was (so no `change`). */
  protected handleBlur(): void {
    if (this.typed) this.field.markInteracted();
  }

  // ── Public methods ──────────────────────────────────────────────────────────────────────────────────────
  /** Focuses the input (the error summary passes `{preventScroll: true}`). */
  override focus(options?: FocusOptions): void {
    if (this.control) this.control.focus(options);
    else super.focus(options);
  }

  // ── Subclass hooks ──────────────────────────────────────────────────────────────────────────────────────
  protected resetValue(): void {
    this.dirty = false;
    this.typed = false;
    this.current = '';
  }
}
