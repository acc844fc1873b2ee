// web-test-runner plugin: the `a11y-snapshot` command behind `a11ySnapshot()` / `findAccessibilityNode()` from
// @web/test-runner-commands, for both launchers we use.
//
// Why our own: the stock plugin is not registered by default, and under Playwright it calls
// `page.accessibility.snapshot()`, which Playwright removed (1.65 has none). Here the snapshot comes straight
// from Chromium's accessibility tree over the DevTools protocol (Accessibility.getFullAXTree), shaped like the
// Puppeteer snapshot the commands' docs describe: { role, name, description?, checked?, invalid?, disabled?,
// required?, focused?, children? }. Ignored nodes are dropped and their children hoisted; text leaves are kept.
//
// Register in web-test-runner.config.mjs: `plugins: [a11ySnapshotPlugin(), …]`.

/** @param {any} page Playwright or Puppeteer page */
async function cdpSession(page) {
  if (typeof page.context === 'function') return page.context().newCDPSession(page); // Playwright
  return page.createCDPSession(); // Puppeteer
}

const BOOLEAN_PROPERTIES = [
  'disabled',
  'required',
  'focused',
  'expanded',
  'selected',
  'multiselectable',
  'readonly',
];

/** @param {any} node CDP AXNode */
function toSnapshotNode(node) {
  /** @type {Record<string, unknown>} */
  const out = { role: node.role?.value ?? '', name: node.name?.value ?? '' };
  if (node.description?.value) out.description = node.description.value;
  if (node.value?.value !== undefined && node.value.value !== '') out.value = node.value.value;
  for (const property of node.properties ?? []) {
    const value = property.value?.value;
    if (property.name === 'checked' || property.name === 'pressed') {
      out[property.name] = value === 'mixed' ? 'mixed' : value === 'true' || value === true;
    } else if (property.name === 'invalid') {
      if (value && value !== 'false') out.invalid = String(value);
    } else if (property.name === 'level' || property.name === 'orientation' || property.name === 'live') {
      out[property.name] = value;
    } else if (BOOLEAN_PROPERTIES.includes(property.name) && value === true) {
      out[property.name] = true;
    }
  }
  return out;
}

/**
 * @param {any[]} nodes CDP AXNodes
 * @param {number | undefined} rootBackendId
 */
function buildTree(nodes, rootBackendId) {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  /** @returns {any[]} */
  const build = (node) => {
    const children = (node.childIds ?? []).flatMap((id) => (byId.has(id) ? build(byId.get(id)) : []));
    const role = node.role?.value;
    if (node.ignored || role === 'InlineTextBox') return children;
    const out = toSnapshotNode(node);
    if (children.length > 0) out.children = children;
    return [out];
  };
  const start =
    rootBackendId === undefined
      ? nodes.find((node) => !node.parentId)
      : nodes.find((node) => node.backendDOMNodeId === rootBackendId);
  if (!start) return null;
  const [root] = build(start);
  return root ?? { role: start.role?.value ?? '', name: '', children: build(start).slice(1) };
}

export function a11ySnapshotPlugin() {
  return {
    name: 'svara-a11y-snapshot-command',
    /** @param {{command: string, payload?: {selector?: string}, session: any}} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-snapshot') return undefined;
      const type = session.browser.type;
      if (type !== 'playwright' && type !== 'puppeteer') {
        throw new Error(`a11y-snapshot is not supported for browser type ${type}.`);
      }
      const page = session.browser.getPage(session.id);
      const cdp = await cdpSession(page);
      try {
        let rootBackendId;
        if (payload?.selector) {
          const { result } = await cdp.send('Runtime.evaluate', {
            expression: `document.querySelector(${JSON.stringify(payload.selector)})`,
          });
          if (!result.objectId) throw new Error(`a11y-snapshot: no element matches ${payload.selector}`);
          const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
          rootBackendId = node.backendNodeId;
        }
        const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
        return buildTree(nodes, rootBackendId);
      } finally {
        await cdp.detach();
      }
    },
  };
}
