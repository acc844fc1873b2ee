/** The Node-only part of @svara/pictograms: the `svara pictograms` command and the download it runs. */
export { DEFAULT_SOURCE, command, fetchPictograms } from './cli/fetch.js';
export type { Command, FetchOptions, FetchResult, Io, Manifest, ManifestEntry } from './cli/fetch.js';
