/** Workspace packages resolve to their TypeScript sources (the `source` export condition) in the demo and embed builds. */
export const SOURCE_CONDITIONS = ['source', 'module', 'browser', 'development|production'];
