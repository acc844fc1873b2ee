// Shared by every package's `analyze` script. The manifest documents the public API that Storybook turns into
// controls and docs: Lit plumbing and private members are not part of it.
const PLUMBING = new Set([
  'styles',
  'formAssociated',
  'shadowRootOptions',
  'internals',
  'formResetCallback',
  'formDisabledCallback',
  'formStateRestoreCallback',
]);

/** Drops private/protected members and Lit/form-association plumbing from every class in the manifest. */
function publicApiOnly() {
  return {
    name: 'svara-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              !PLUMBING.has(member.name) &&
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.examples.ts', 'src/**/*.stories.ts', 'src/generated/**'],
  litelement: true,
  plugins: [publicApiOnly()],
};
