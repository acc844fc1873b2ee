export { AXE_TAGS } from '../test/a11y/axe-tags.mjs';
export const AXE_DISABLED_RULES: Readonly<Record<string, string>>;
