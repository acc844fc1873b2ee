/// <reference types="vite/client" />
// svara's typings for frameworks: <svara-*> tags in JSX (React 19) and in Vue templates.
/// <reference types="@svara/elements/react" />
/// <reference types="@svara/elements/vue" />
