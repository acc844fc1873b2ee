/**
 * The demo's receipt page: lists, as text, what the complaints form sent in the query string. Nothing is
 * stored or sent anywhere. Values are inserted with textContent, never as HTML.
 */
const FIELDS: Record<string, string> = {
  kategori: 'Vad vill du lämna?',
  vem: 'Vem är du?',
  galler: 'Vad gäller det?',
  datum: 'När hände det?',
  beskrivning: 'Beskrivning',
  epost: 'E-postadress',
  samtycke: 'Godkänner att e-postadressen sparas',
};

const VALUES: Record<string, string> = {
  synpunkt: 'Synpunkt',
  klagomal: 'Klagomål',
  berom: 'Beröm',
  klient: 'Får stöd från socialtjänsten',
  anhorig: 'Anhörig',
  annan: 'Någon annan',
  bemotande: 'Hur jag blev bemött',
  information: 'Information jag fick',
  beslut: 'Ett beslut eller en utredning',
  vantetid: 'Väntetid',
  annat: 'Något annat',
  yes: 'Ja',
};

const received = document.querySelector<HTMLElement>('#received')!;
const entries = [...new URLSearchParams(window.location.search)].filter(([, value]) => value.trim() !== '');

if (entries.length === 0) {
  const empty = document.createElement('p');
  empty.textContent = 'Formuläret skickade inga svar hit.';
  received.replaceChildren(empty);
} else {
  const list = document.createElement('dl');
  list.className = 'received';
  for (const [name, value] of entries) {
    const term = document.createElement('dt');
    term.textContent = FIELDS[name] ?? name;
    const detail = document.createElement('dd');
    detail.textContent =
      name === 'kategori' || name === 'vem' || name === 'galler' || name === 'samtycke'
        ? (VALUES[value] ?? value)
        : value;
    list.append(term, detail);
  }
  received.replaceChildren(list);
}
