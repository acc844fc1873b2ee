/**
 * What the studio says when the server refuses or cannot be reached, in its own plain words. The collector's
 * problem responses already carry a plain Swedish (or English) `detail` for what the author can act on (a taken
 * id, four eyes, a survey that cannot be published as it is) and the studio shows that with the issues' own
 * messages; everything technical — no answer at all, a server error, a missing detail, an expired session —
 * gets a sentence of the studio's own instead of "Failed to fetch" or "HTTP 500".
 */
import { msg, str } from '@lit/localize';
import { ApiError } from './client.js';

/** A sentence (or a few) for a failed request, fit to show to the person who made it. */
export function problemText(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return msg('Något gick fel i studion. Ladda om sidan och försök igen.', {
      id: 'studio.problem.unexpected',
      desc: 'An unexpected error in the studio itself',
    });
  }
  const { status } = error;
  if (status === 0)
    return msg('Studion når inte servern just nu. Kontrollera anslutningen och försök igen om en stund.', {
      id: 'studio.problem.offline',
      desc: 'No answer from the server (offline, server down)',
    });
  if (status === 401)
    return msg('Du är inte inloggad längre. Logga in igen för att fortsätta.', {
      id: 'studio.problem.signedOut',
      desc: 'The session has ended',
    });
  if (status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60));
    return msg(str`För många försök. Vänta ${minutes} min och försök igen.`, {
      id: 'studio.problem.tooMany',
      desc: 'Too many attempts (sign-in locked for a while). ${0}: minutes to wait',
    });
  }
  if (error.slug === 'csrf')
    return msg('Sidan behöver laddas om innan ändringen kan göras.', {
      id: 'studio.problem.csrf',
      desc: 'The page is out of date (CSRF token); reload it',
    });
  if (status >= 500)
    return msg('Något gick fel på servern. Det du har skrivit finns kvar; försök igen om en stund.', {
      id: 'studio.problem.server',
      desc: 'The server failed (5xx)',
    });
  const detail = error.problem.detail?.trim();
  const issues = (error.problem.issues ?? []).map((issue) =>
    issue.path ? `${issue.path}: ${issue.message}` : issue.message,
  );
  if (detail) return [detail, ...issues].join(' ');
  if (status === 403)
    return msg('Du har inte behörighet att göra det här.', {
      id: 'studio.problem.forbidden',
      desc: 'The signed-in person lacks the role',
    });
  if (status === 404)
    return msg('Det finns inte, eller inte längre.', {
      id: 'studio.problem.notFound',
      desc: 'What was asked for does not exist',
    });
  return [
    msg('Servern tog inte emot ändringen.', {
      id: 'studio.problem.refused',
      desc: 'The server refused a request without saying why',
    }),
    ...issues,
  ].join(' ');
}
