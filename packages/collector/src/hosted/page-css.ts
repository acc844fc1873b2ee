/**
 * The hosted page's one stylesheet (`/s/svara-page.css`): the page around the widget, and the screens that work
 * without JavaScript — in the widget's colours and sizes, 44 px targets, readable at 320 px, right to left by
 * logical properties, and in forced colours (system colours only; the faces are drawn in `currentColor`).
 */
export const PAGE_CSS = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5;
  --text: #1b1b1b; --muted: #4d4d4d; --border: #4d4d4d; --accent: #0b5cad; --surface: #ffffff; --error: #b3261e; }
@media (prefers-color-scheme: dark) {
  :root { --text: #f2f2f2; --muted: #c8c8c8; --border: #a0a0a0; --accent: #8cc2ff; --surface: #121212; --error: #ff8a80; }
}
body { margin: 0; color: var(--text); background: var(--surface); }
/* The same box before and after the widget's script runs (it shows the server's start screen as it is). */
svara-survey { display: block; --svara-color-text: var(--text); --svara-color-surface: var(--surface);
  --svara-color-accent: var(--accent); --svara-color-border: var(--border); --svara-color-hint: var(--muted); }
main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; overflow-wrap: break-word; }
p { font-size: 1.125rem; }
.unit { font-weight: 600; margin: 0 0 0.5rem; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.note { margin: 0 0 1rem; padding-inline-start: 1rem; border-inline-start: 6px solid var(--accent); }
.screen { display: grid; gap: 1rem; margin: 0; }
.screen p, .screen dl { margin: 0; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 0; overflow-wrap: break-word; }
/* A screen's heading gets focus on arrival (autofocus), as in the widget: no ring on a heading nobody tabbed to. */
h2:focus { outline: none; }
.error-summary h2:focus { outline: 3px solid var(--text); outline-offset: 2px; }
.duration, .progress { color: var(--muted); }
.privacy { display: grid; gap: 0.25rem 0; }
.privacy dt { font-weight: 700; margin-block-start: 0.5rem; }
.privacy dd { margin: 0; }
/* The widget's toolbar as it looks in the widget (survey.styles.ts: 16 px text, 44 px toggles, a rule under it),
   so that the widget's own takes this box's place without moving anything. */
.toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0 0 1rem;
  padding-block-end: 0.75rem; border-block-end: 1px solid var(--border); }
.toolbar .toggle { display: inline-block; text-align: center; box-sizing: border-box; font: inherit; font-size: 1rem;
  line-height: 1.5; min-block-size: 44px; min-inline-size: 44px; padding: 0.5rem 1rem; border: 2px solid var(--accent);
  border-radius: 4px; background: var(--surface); color: var(--accent); text-decoration: none; }
.toolbar .toggle:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.toolbar [aria-expanded]::before { content: '▾ ' / ''; }
.toolbar .toggle[aria-current] { background: var(--accent); color: var(--surface); }
.toolbar .toggle[aria-current]::before { content: '✓ ' / ''; }
.toolbar noscript { flex: 1 1 100%; }
.toolbar .note { margin: 0; }
/* Lyssna and Inställningar work only with JavaScript: without it the sentence in <noscript> stands in their place
   (a <noscript> holds elements only where scripting is off; the media query for browsers without :has). */
.toolbar:has(noscript > .note) .needs-script { display: none; }
@media (scripting: none) { .needs-script { display: none; } }
.languages ul { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; margin: 0 0 1rem; padding: 0; }
.languages a { display: inline-flex; align-items: center; min-block-size: 44px; padding: 0 0.75rem;
  border: 1px solid var(--border); border-radius: 4px; color: inherit; }
.languages a[aria-current] { font-weight: 700; border-width: 3px; }
.question { border: 0; margin: 0; padding: 0; min-inline-size: 0; display: grid; gap: 0.5rem; }
.question-text, .question > legend { font-size: 1.25rem; font-weight: 700; padding: 0; overflow-wrap: break-word; }
.question.error { padding-inline-start: 1rem; border-inline-start: 5px solid var(--error); }
.hint { color: var(--muted); }
.error-message { color: var(--error); font-weight: 700; }
.item { border: 0; margin: 0.5rem 0 0; padding: 0; min-inline-size: 0; }
.item > legend { font-weight: 600; padding: 0; margin-block-end: 0.25rem; }
.options { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.options.special { padding-block-start: 0.5rem; border-block-start: 1px dashed var(--border); }
.option { display: flex; align-items: center; gap: 0.5rem; min-block-size: 44px; min-inline-size: 44px;
  padding: 0.25rem 0.75rem; border: 2px solid var(--border); border-radius: 4px; cursor: pointer;
  box-sizing: border-box; }
.options:not(.pictures) .option { flex: 1 1 100%; }
.option input { inline-size: 1.5rem; block-size: 1.5rem; margin: 0; flex: none; accent-color: var(--accent); }
.option:has(input:checked) { border-color: var(--accent); box-shadow: inset 0 0 0 2px var(--accent); }
.option:has(input:focus-visible) { outline: 3px solid var(--accent); outline-offset: 2px; }
.option .label { overflow-wrap: anywhere; }
.option .end { color: var(--muted); overflow-wrap: anywhere; }
.pictures .option { flex: 1 1 8rem; max-inline-size: 12rem; flex-direction: column; text-align: center; padding: 0.5rem; }
.pictured .art, .pictured .image { inline-size: 4.5rem; block-size: 4.5rem; }
.art { fill: none; stroke: currentColor; stroke-width: 3.5; stroke-linecap: round; stroke-linejoin: round; overflow: visible; }
.art .fill { fill: currentColor; stroke: none; }
.art .fill-line { fill: currentColor; }
.art .thin { stroke-width: 2.5; }
.art .bold { stroke-width: 6; }
[dir='rtl'] .art.directional { transform: scaleX(-1); }
.image { object-fit: contain; background: #fff; border-radius: 4px; }
.check { display: flex; gap: 0.75rem; align-items: flex-start; }
.check input { inline-size: 2rem; block-size: 2rem; margin: 0; flex: none; accent-color: var(--accent); }
.check label { padding-block-start: 0.2rem; }
input[type='text'], input[type='email'], input[type='date'], textarea { font: inherit; font-size: 1.125rem;
  min-block-size: 44px; box-sizing: border-box; inline-size: 100%; max-inline-size: 100%; padding: 0.4rem 0.5rem;
  border: 2px solid var(--border); border-radius: 4px; color: inherit; background: var(--surface); }
input[type='date'] { inline-size: auto; }
input:focus-visible, textarea:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
[aria-invalid='true'] { border-color: var(--error); }
.navigation { display: flex; flex-wrap: wrap; gap: 0.75rem; }
button { font: inherit; font-size: 1.125rem; min-block-size: 44px; min-inline-size: 44px; padding: 0.5rem 1.25rem;
  border: 2px solid var(--accent); border-radius: 4px; cursor: pointer; }
button.primary { background: var(--accent); color: var(--surface); font-weight: 700; }
button.secondary { background: transparent; color: var(--accent); }
button:focus-visible { outline: 3px solid var(--text); outline-offset: 2px; }
.error-summary { padding: 1rem; border: 5px solid var(--error); display: grid; gap: 0.5rem; }
.error-summary h2 { font-size: 1.25rem; }
.error-summary ul { margin: 0; padding-inline-start: 1.25rem; }
.error-summary li { padding-block: 0.3rem; }
.error-summary a { color: var(--error); font-weight: 700; }
/* Each link a 24 px target at least (WCAG 2.5.8), its bullet beside its first line. */
.error-summary li > a { display: block; padding-block: 0.125rem; }
.error-summary .question-name { color: var(--text); font-weight: 400; }
.notice { padding: 0.75rem 1rem; border-inline-start: 6px solid var(--accent); }
.honeypot { position: absolute; inset-inline-start: -10000px; inline-size: 1px; block-size: 1px; overflow: hidden; }
.receipt .next { color: var(--muted); }
a { color: var(--accent); }
@media (forced-colors: active) {
  .option, button, .error-summary, .languages a, .toolbar .toggle, input, textarea { border-color: CanvasText; forced-color-adjust: auto; }
  .option:has(input:checked) { border-color: Highlight; box-shadow: inset 0 0 0 2px Highlight; }
  button.primary { border-width: 4px; }
  .error-summary .question-name { color: LinkText; }
  .question.error, .note, .notice { border-inline-start-color: CanvasText; }
  .error-message { color: CanvasText; }
  .error-summary a { color: LinkText; }
}
`;
