import { fixture, html, expect } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';

interface AXNode {
  role: string;
  name: string;
  description?: string;
  checked?: boolean | 'mixed';
  invalid?: string;
  children?: AXNode[];
}

describe('test/a11y a11y-snapshot command', () => {
  it('reports role, name, description, checked and invalid from Chromium’s tree, through shadow roots', async () => {
    const host = await fixture(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = `
      <fieldset aria-describedby="h"><legend>Vem svarar?</legend>
        <p id="h">Välj ett svar</p>
        <label><input type="radio" name="x" checked aria-invalid="true"> Barnet</label>
        <label><input type="radio" name="x"> Föräldern</label>
      </fieldset>`;
    const snapshot = (await a11ySnapshot({})) as unknown as AXNode;
    const group = findAccessibilityNode<AXNode>(
      snapshot,
      (n) => n.role === 'group' && n.name === 'Vem svarar?',
    );
    expect(group, 'group').to.exist;
    expect(group!.description).to.equal('Välj ett svar');
    const child = findAccessibilityNode<AXNode>(snapshot, (n) => n.role === 'radio' && n.name === 'Barnet');
    expect(child).to.include({ checked: true, invalid: 'true' });
    const parent = findAccessibilityNode<AXNode>(
      snapshot,
      (n) => n.role === 'radio' && n.name === 'Föräldern',
    );
    expect(parent!.checked).to.equal(false);
    expect(parent!.invalid).to.be.undefined;
  });
});
