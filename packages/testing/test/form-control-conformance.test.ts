/**
 * Tests of the conformance suite itself: it passes a correct control and fails a control that forgets to
 * reset, so a green suite means something.
 */
import { expect, html } from '@open-wc/testing';
import { formControlChecks } from '../src/form-control-conformance.js';
import type { FormControlSuiteConfig } from '../src/form-control-conformance.js';

const MESSAGE = 'Skriv ett svar.';

/** A small, correct form-associated text field, without Lit. */
class ConformingField extends HTMLElement {
  static formAssociated = true;
  readonly internals = this.attachInternals();
  private readonly input: HTMLInputElement;
  private readonly error: HTMLParagraphElement;
  private shown = false;
  private quiet = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open', delegatesFocus: true });
    root.innerHTML = '<label>Svar <input></label><p hidden></p>';
    this.input = root.querySelector('input')!;
    this.error = root.querySelector('p')!;
    this.input.addEventListener('input', () => {
      this.shown = true;
      this.sync();
    });
    this.addEventListener('invalid', () => {
      if (this.quiet) return; // a script asked checkValidity(): not the user's doing
      this.shown = true;
      this.sync();
    });
  }
  connectedCallback() {
    this.input.value = this.getAttribute('value') ?? '';
    this.sync();
  }
  get form() {
    return this.internals.form;
  }
  get validity() {
    return this.internals.validity;
  }
  get validationMessage() {
    return this.internals.validationMessage;
  }
  get willValidate() {
    return this.internals.willValidate;
  }
  checkValidity() {
    this.quiet = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.quiet = false;
    }
  }
  reportValidity() {
    return this.internals.reportValidity();
  }
  formResetCallback() {
    this.input.value = this.getAttribute('value') ?? '';
    this.shown = false;
    this.sync();
  }
  formDisabledCallback(disabled: boolean) {
    this.input.disabled = disabled;
  }
  formStateRestoreCallback(state: string | File | FormData | null) {
    this.input.value = typeof state === 'string' ? state : '';
    this.sync();
  }
  protected sync() {
    const value = this.input.value;
    this.internals.setFormValue(value === '' ? null : value);
    const missing = this.hasAttribute('required') && value === '';
    if (missing) this.internals.setValidity({ valueMissing: true }, MESSAGE, this.input);
    else this.internals.setValidity({});
    const userInvalid = missing && this.shown;
    if (userInvalid) this.internals.states.add('user-invalid');
    else this.internals.states.delete('user-invalid');
    this.error.hidden = !userInvalid;
    this.error.textContent = userInvalid ? MESSAGE : '';
  }
}

/** The same field, but it forgets to go back to its default on form.reset(). */
class ForgetsReset extends ConformingField {
  override formResetCallback() {
    // Deliberately broken: keeps the user's value.
  }
}

customElements.define('test-conforming-field', ConformingField);
customElements.define('test-forgets-reset', ForgetsReset);

async function type(control: HTMLElement, text: string) {
  const input = control.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function config(tag: 'conforming' | 'broken'): FormControlSuiteConfig<ConformingField> {
  const render = (name: string, required = false) =>
    tag === 'conforming'
      ? html`<test-conforming-field name=${name} value="hej" ?required=${required}></test-conforming-field>`
      : html`<test-forgets-reset name=${name} value="hej" ?required=${required}></test-forgets-reset>`;
  return {
    name: tag,
    render: (name) => render(name),
    defaultEntries: ['hej'],
    setUserValue: (control) => type(control, 'hallå'),
    userEntries: ['hallå'],
    invalid: {
      render: (name) =>
        tag === 'conforming'
          ? html`<test-conforming-field name=${name} required></test-conforming-field>`
          : html`<test-forgets-reset name=${name} required></test-forgets-reset>`,
      message: MESSAGE,
      fix: (control) => type(control, 'ett svar'),
    },
  };
}

async function outcomes(checks: ReturnType<typeof formControlChecks>) {
  const results: Record<string, string> = {};
  for (const check of checks) {
    try {
      await check.run();
      results[check.name] = 'passed';
    } catch (error) {
      results[check.name] = `failed: ${(error as Error).message}`;
    }
  }
  return results;
}

describe('@svara/testing form-control conformance suite', () => {
  it('passes a correct control on every check', async () => {
    const results = await outcomes(formControlChecks(config('conforming')));
    for (const [name, result] of Object.entries(results)) expect(result, name).to.equal('passed');
    expect(Object.keys(results)).to.have.length.greaterThan(5);
  });

  it('fails a control that forgets form.reset(), on the reset check only', async () => {
    const results = await outcomes(formControlChecks(config('broken')));
    expect(results['form.reset() restores the default value']).to.match(/^failed: entries after reset/);
    expect(results['form.reset() hides a shown error again']).to.match(/^failed: user-invalid after reset/);
    const others = Object.entries(results).filter(([name]) => !name.startsWith('form.reset()'));
    for (const [name, result] of others) expect(result, name).to.equal('passed');
  });
});
