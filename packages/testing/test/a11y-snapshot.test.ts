import { fixture, expect, html } from '@open-wc/testing';
import { accessibilityTree, getByRole } from '../src/a11y-tree.js';

describe('@svara/testing a11y-snapshot command', () => {
  it('reports role, name, description, checked and invalid from Chromium’s tree, through shadow roots', async () => {
    const host = await fixture(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = `
      <fieldset aria-describedby="h"><legend>Vem svarar?</legend>
        <p id="h">Välj ett svar</p>
        <label><input type="radio" name="x" checked aria-invalid="true"> Barnet</label>
        <label><input type="radio" name="x"> Föräldern</label>
      </fieldset>`;
    const tree = await accessibilityTree();
    expect(getByRole(tree, 'group', 'Vem svarar?').description).to.equal('Välj ett svar');
    expect(getByRole(tree, 'radio', 'Barnet')).to.include({ checked: true, invalid: 'true' });
    const parent = getByRole(tree, 'radio', 'Föräldern');
    expect(parent.checked).to.equal(false);
    expect(parent.invalid).to.be.undefined;
  });

  it('names what it saw when a node is missing', async () => {
    await fixture(html`<button type="button">Skicka</button>`);
    const tree = await accessibilityTree();
    expect(() => getByRole(tree, 'button', 'Avbryt')).to.throw(/buttons seen: "Skicka"/);
  });
});
