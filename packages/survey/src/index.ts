/**
 * @svara/survey. Built so far: the transport (delivery of submissions). The `<svara-survey>` element and the
 * embed bundle arrive with the rest of issue #7.
 */
export * from './transport/index.js';
