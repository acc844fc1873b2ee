// Moved to @svara/testing (packages/testing/src/a11y-tree.ts). Kept for packages/results until its tests
// import `@svara/testing/a11y-tree` themselves; nothing else imports this file.
export * from '@svara/testing/a11y-tree';
