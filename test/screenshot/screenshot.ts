// Moved to @svara/testing (packages/testing/src/screenshot.ts). Kept for packages/studio until its tests import
// `@svara/testing/screenshot` themselves.
export * from '@svara/testing/screenshot';
