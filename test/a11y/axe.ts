// Moved to @svara/testing (packages/testing/src/axe.ts). Kept for packages/results and packages/studio until
// their tests import `@svara/testing/axe` themselves.
export * from '@svara/testing/axe';
