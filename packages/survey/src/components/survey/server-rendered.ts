/**
 * A first screen the server rendered, taken over without rendering it again (issue #17). The collector's hosted
 * page `/s/…` writes its start screen as plain HTML inside the widget, marked `data-svara-server-screen`: a
 * `<form method="post">` that works without JavaScript. Upgraded, the widget shows that same markup through a
 * `<slot>` — nothing is drawn again, nothing moves, and an element focused before the upgrade keeps focus — until
 * the form is submitted ("Börja svara"); then the widget takes over without a round trip and renders every later
 * screen itself (the toolbar, one question per screen, the outbox). While the widget cannot show the survey (not
 * for this `mode`, or a broken definition) the form posts as it would without JavaScript. The server puts only
 * its start screen here, which carries no answers, so none are read from it.
 */

/**
 * The server's screen inside `host` (marked `data-svara-server-screen`) while the widget has not shown its own
 * questions yet (`done` false); its submit is taken over (the post cancelled) when `takeOver()` says so. The screen
 * stays until the widget is on its questions — if their chunk is still on its way after the press, the server's
 * screen is what the respondent keeps seeing, not the widget's own start screen — and is removed then. The screen's
 * toolbar box (`data-svara-server-toolbar`: Lyssna, Lättläst, Inställningar as they look before the script runs)
 * gives way to the widget's own toolbar, in the same place and size, once `ownToolbar` says the widget draws it.
 */
export function serverScreen(
  host: Element,
  done: boolean,
  takeOver: () => boolean,
  ownToolbar: boolean,
): HTMLElement | null {
  const screen = host.querySelector<HTMLElement>('[data-svara-server-screen]');
  if (!screen || done) return (void screen?.remove(), null);
  if (ownToolbar) screen.querySelector('[data-svara-server-toolbar]')?.remove();
  // A property, not addEventListener: set on every render, it is still one handler.
  screen.onsubmit = (event) => {
    if (takeOver()) event.preventDefault();
  };
  return screen;
}
