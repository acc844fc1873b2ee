// The web-test-runner plugins svara's browser tests need (registered in web-test-runner.config.mjs): the
// `a11y-snapshot` command behind `accessibilityTree()` (a11y-tree.ts) and `save-screenshot` behind
// `saveScreenshot()` (screenshot.ts).
export { a11ySnapshotPlugin } from './a11y-snapshot-plugin.mjs';
export { screenshotPlugin } from './screenshot-plugin.mjs';
