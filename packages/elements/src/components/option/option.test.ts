import { expect, fixture, html } from '@open-wc/testing';
import '../choice/choice.define.js';
import './option.define.js';
import type { SvaraOption } from './option.js';

describe('<svara-option>', () => {
  it('submits its text when it has no value, like a native <option>', async () => {
    const option = await fixture<SvaraOption>(html`<svara-option> Mycket bra </svara-option>`);
    expect(option.label).to.equal('Mycket bra');
    expect(option.value).to.equal('Mycket bra');
    option.value = 'mycket-bra';
    expect(option.getAttribute('value')).to.equal('mycket-bra');
  });

  it('collapses the whitespace of multi-line text into one accessible name', async () => {
    const option = await fixture<SvaraOption>(
      html`<svara-option value="x"> Jag vill inte svara </svara-option>`,
    );
    expect(option.label).to.equal('Jag vill inte svara');
  });

  it('reflects disabled and hint so the choice can read them', async () => {
    const option = await fixture<SvaraOption>(html`<svara-option value="a">A</svara-option>`);
    option.disabled = true;
    option.hint = 'Gäller bara vuxna';
    expect(option.hasAttribute('disabled')).to.be.true;
    expect(option.getAttribute('hint')).to.equal('Gäller bara vuxna');
    option.disabled = false;
    expect(option.hasAttribute('disabled')).to.be.false;
  });

  it('renders nothing of its own: the choice draws the control in its shadow root', async () => {
    const option = await fixture<SvaraOption>(html`<svara-option value="a">A</svara-option>`);
    expect(option.shadowRoot).to.equal(null);
    expect(option.getBoundingClientRect().height).to.be.greaterThan(0); // its text still shows outside a choice
  });
});
