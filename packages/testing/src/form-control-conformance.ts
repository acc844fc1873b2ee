/**
 * The form-control conformance suite every svara form control calls from its test file:
 *
 *   runFormControlTests({ name: 'svara-choice', render, setUserValue, … });
 *
 * Each check renders the control inside a real `<form>` and asserts what a developer relies on: the value in
 * FormData (several entries for several answers), `form.reset()`, the browser's state restore,
 * `<fieldset disabled>`, and the validity API with OUR message, errors only after interaction or submit, and a
 * blocked `requestSubmit()`.
 *
 * The checks are plain async functions ({@link formControlChecks}) so the suite itself can be tested against a
 * deliberately broken control (see form-control-conformance.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** What the suite needs from a control. */
export interface FormControl extends HTMLElement {
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formStateRestoreCallback?(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void;
  /** Lit elements: resolves after pending renders. */
  readonly updateComplete?: Promise<unknown>;
}

export interface FormControlSuiteConfig<E extends FormControl> {
  /** Used in test names, e.g. 'svara-choice (one answer)'. */
  name: string;
  /** The control with `name` set to `fieldName` and its default value (if any). */
  render(fieldName: string): TemplateResult;
  /** FormData entries for `fieldName` as rendered. */
  defaultEntries: string[];
  /** Changes the value as a user would (clicks, keys). */
  setUserValue(control: E): Promise<void>;
  /** FormData entries after {@link setUserValue}. */
  userEntries: string[];
  /** A rendering that is invalid as it stands (e.g. required and empty), with the message we expect. */
  invalid: {
    render(fieldName: string): TemplateResult;
    /** Our own, plain-language message (in the active locale). */
    message: string;
    /** Makes it valid as a user would. */
    fix(control: E): Promise<void>;
  };
}

export interface Check {
  name: string;
  run(): Promise<void>;
}

const FIELD = 'field';

async function settle(control: FormControl): Promise<void> {
  await control.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await control.updateComplete;
}

async function inForm<E extends FormControl>(
  template: TemplateResult,
): Promise<{ form: HTMLFormElement; control: E }> {
  const form = await fixture<HTMLFormElement>(html`<form action="about:blank">${template}</form>`);
  const control = form.querySelector<E>(`[name="${FIELD}"]`);
  if (!control) throw new Error(`render() must give the control name="${FIELD}"`);
  await settle(control);
  return { form, control };
}

function entries(form: HTMLFormElement): string[] {
  return new FormData(form).getAll(FIELD).map(String);
}

/** Records what the control hands the browser for state restore (the 2nd argument of setFormValue). */
async function captureFormState(
  act: () => Promise<void>,
): Promise<string | File | FormData | null | undefined> {
  const original = ElementInternals.prototype.setFormValue;
  let state: string | File | FormData | null | undefined;
  ElementInternals.prototype.setFormValue = function (this: ElementInternals, value, restoreState) {
    state = restoreState === undefined ? value : restoreState;
    return original.call(this, value, restoreState);
  };
  try {
    await act();
  } finally {
    ElementInternals.prototype.setFormValue = original;
  }
  return state;
}

function textOf(control: FormControl): string {
  return (control.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/** The checks, as functions that throw on failure. */
export function formControlChecks<E extends FormControl>(config: FormControlSuiteConfig<E>): Check[] {
  return [
    {
      name: 'puts its value in FormData, and the user’s change',
      run: async () => {
        const { form, control } = await inForm<E>(config.render(FIELD));
        expect(control.form, 'control.form').to.equal(form);
        expect(entries(form), 'default entries').to.deep.equal(config.defaultEntries);
        await config.setUserValue(control);
        await settle(control);
        expect(entries(form), 'entries after the user changed the value').to.deep.equal(config.userEntries);
      },
    },
    {
      name: 'form.reset() restores the default value',
      run: async () => {
        const { form, control } = await inForm<E>(config.render(FIELD));
        await config.setUserValue(control);
        await settle(control);
        form.reset();
        await settle(control);
        expect(entries(form), 'entries after reset').to.deep.equal(config.defaultEntries);
      },
    },
    {
      name: 'restores the state it gave the browser (formStateRestoreCallback)',
      run: async () => {
        const first = await inForm<E>(config.render(FIELD));
        const state = await captureFormState(async () => {
          await config.setUserValue(first.control);
          await settle(first.control);
        });
        expect(state, 'state passed to setFormValue').to.not.equal(undefined);
        const second = await inForm<E>(config.render(FIELD));
        expect(second.control.formStateRestoreCallback, 'formStateRestoreCallback').to.be.a('function');
        second.control.formStateRestoreCallback!(state ?? null, 'restore');
        await settle(second.control);
        expect(entries(second.form), 'entries after restore').to.deep.equal(config.userEntries);
      },
    },
    {
      name: '<fieldset disabled> disables it and takes it out of FormData',
      run: async () => {
        const form = await fixture<HTMLFormElement>(
          html`<form><fieldset disabled>${config.render(FIELD)}</fieldset></form>`,
        );
        const control = form.querySelector<E>(`[name="${FIELD}"]`)!;
        await settle(control);
        expect(control.matches(':disabled'), ':disabled').to.equal(true);
        expect(entries(form), 'entries while disabled').to.deep.equal([]);
        control.focus();
        expect(control.matches(':focus-within'), 'focusable while disabled').to.equal(false);
        form.querySelector('fieldset')!.disabled = false;
        await settle(control);
        expect(control.matches(':disabled'), ':disabled after enabling').to.equal(false);
        expect(entries(form), 'entries after enabling').to.deep.equal(config.defaultEntries);
      },
    },
    {
      name: 'validity API carries our own message; no error shows before interaction or submit',
      run: async () => {
        const { control } = await inForm<E>(config.invalid.render(FIELD));
        expect(control.willValidate, 'willValidate').to.equal(true);
        expect(control.checkValidity(), 'checkValidity()').to.equal(false);
        expect(control.validity.valid, 'validity.valid').to.equal(false);
        expect(control.validationMessage, 'validationMessage').to.equal(config.invalid.message);
        await settle(control);
        expect(control.matches(':state(user-invalid)'), 'user-invalid before interaction').to.equal(false);
        expect(textOf(control), 'error text before interaction').to.not.contain(config.invalid.message);
        expect(control.reportValidity(), 'reportValidity()').to.equal(false);
        await settle(control);
        expect(control.matches(':state(user-invalid)'), 'user-invalid after reportValidity').to.equal(true);
        expect(textOf(control), 'error text after reportValidity').to.contain(config.invalid.message);
      },
    },
    {
      name: 'requestSubmit() is blocked while invalid, shows the error, and goes through once fixed',
      run: async () => {
        const { form, control } = await inForm<E>(config.invalid.render(FIELD));
        let submits = 0;
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          submits++;
        });
        form.requestSubmit();
        await settle(control);
        expect(submits, 'submit events while invalid').to.equal(0);
        expect(control.matches(':state(user-invalid)'), 'user-invalid after submit attempt').to.equal(true);
        expect(textOf(control), 'error text after submit attempt').to.contain(config.invalid.message);
        await config.invalid.fix(control);
        await settle(control);
        expect(control.checkValidity(), 'checkValidity() after fix').to.equal(true);
        expect(control.matches(':state(user-invalid)'), 'user-invalid after fix').to.equal(false);
        expect(textOf(control), 'error text after fix').to.not.contain(config.invalid.message);
        form.requestSubmit();
        expect(submits, 'submit events after fix').to.equal(1);
      },
    },
    {
      name: 'form.reset() hides a shown error again',
      run: async () => {
        const { form, control } = await inForm<E>(config.invalid.render(FIELD));
        control.reportValidity();
        await settle(control);
        form.reset();
        await settle(control);
        expect(control.matches(':state(user-invalid)'), 'user-invalid after reset').to.equal(false);
        expect(textOf(control), 'error text after reset').to.not.contain(config.invalid.message);
      },
    },
  ];
}

/** Registers the conformance checks as mocha tests. */
export function runFormControlTests<E extends FormControl>(config: FormControlSuiteConfig<E>): void {
  describe(`form-control conformance: ${config.name}`, () => {
    for (const check of formControlChecks(config)) it(check.name, check.run);
  });
}
