// Moved to @svara/testing (packages/testing/src/fake-clock.ts). Kept for the transport's tests until they
// import `@svara/testing/fake-clock` themselves.
export { FakeClock } from '@svara/testing/fake-clock';
