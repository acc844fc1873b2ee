/**
 * The widget page of the real read-aloud test (run.mjs): `<svara-survey>` from the embed's sources with the
 * children's survey (examples/surveys/familjeenheten-barn.json, as on the demo's barn.html), read aloud with the
 * toolbar's "Lyssna".
 */
import '@svara/survey/embed';
import type { SvaraSurvey } from '@svara/survey';

const widget = document.querySelector<SvaraSurvey>('svara-survey')!;
widget.endpoint = '/api/surveys/familjeenheten-barn/responses';
widget.src = new URL('familjeenheten-barn.json', location.href).href;
await customElements.whenDefined('svara-survey');
document.body.dataset.ready = 'true';
