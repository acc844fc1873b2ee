import '@svara/elements/define';
import { useState } from 'react';
import type { FormEvent } from 'react';

/** The recipe: svara controls in a React 19 component, with a controlled scale and consent. */
export function VisitForm() {
  const [feeling, setFeeling] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [sent, setSent] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault(); // only reached when every answer is valid: <svara-error-summary> stops the rest
    setSent(JSON.stringify(Object.fromEntries(new FormData(event.currentTarget))));
  }

  return (
    <>
      <h1>Ditt besök</h1>
      <form id="besok" onSubmit={submit}>
        <svara-error-summary></svara-error-summary>
        <svara-choice name="tjanst" label="Vilken verksamhet besökte du?" required>
          <svara-option value="familj">Familjeenheten</svara-option>
          <svara-option value="ekonomi">Ekonomiskt bistånd</svara-option>
        </svara-choice>
        <svara-scale
          name="kansla"
          label="Hur kändes besöket?"
          scale="smiley-5"
          required
          value={feeling}
          onChange={(event) => setFeeling(event.currentTarget.value)}
        ></svara-scale>
        <p id="feeling">{feeling ? `Du valde ${feeling}.` : 'Inget valt än.'}</p>
        <svara-text name="kommentar" label="Vill du berätta mer?"></svara-text>
        <svara-consent
          name="ok"
          value="ja"
          required
          checked={agreed}
          onChange={(event) => setAgreed(event.currentTarget.checked)}
        >
          Ni får spara mina svar.
        </svara-consent>
        <button>Skicka</button>
      </form>
      <h2>Skickat</h2>
      <pre id="sent">{sent}</pre>
    </>
  );
}
