/**
 * Every message an author or integrator reads, in Swedish and English. Each says what is wrong and how to
 * fix it, in plain words. Keys double as the stable `code` of an issue.
 */

import { specialLabels } from './presets.js';

export type Locale = 'sv' | 'en';

export interface Issue {
  /** Stable machine-readable code, e.g. `duplicate-id`. */
  code: string;
  /** Where the problem is, e.g. `questions[2].options[1].value`. Empty for the whole document. */
  path: string;
  /** What is wrong and how to fix it, in the chosen locale. */
  message: string;
}

export type Params = Record<string, string | number | undefined>;
type Catalog = Record<string, (p: Params) => string>;

const special = (code: unknown, locale: Locale): string =>
  code === 'dont_know' || code === 'skipped' ? specialLabels[code][locale] : String(code);

const q = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

const languageNames: Record<Locale, Record<string, string>> = {
  sv: { sv: 'svenska', en: 'engelska', fi: 'finska', ar: 'arabiska', so: 'somaliska', fa: 'persiska' },
  en: { sv: 'Swedish', en: 'English', fi: 'Finnish', ar: 'Arabic', so: 'Somali', fa: 'Persian' },
};

/** "svenska (sv)" or just the code when the name is unknown. */
export function languageName(code: string, locale: Locale): string {
  const name = Object.hasOwn(languageNames[locale], code) ? languageNames[locale][code] : undefined;
  return name ? `${name} (${code})` : code;
}

const typeNames: Record<Locale, Record<string, string>> = {
  sv: {
    string: 'en text inom citattecken',
    number: 'ett tal',
    int: 'ett heltal',
    boolean: 'true eller false',
    array: 'en lista [ … ]',
    object: 'ett objekt { … }',
    record: 'ett objekt { … }',
    null: 'null',
    undefined: 'ingenting',
  },
  en: {
    string: 'a text in quotes',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list [ … ]',
    object: 'an object { … }',
    record: 'an object { … }',
    null: 'null',
    undefined: 'nothing',
  },
};

export function typeName(type: string, locale: Locale): string {
  return Object.hasOwn(typeNames[locale], type) ? typeNames[locale][type]! : type;
}

const sv: Catalog = {
  // Structure
  required: (p) => `Fältet ${q(p.field)} saknas. Lägg till det.`,
  type: (p) => `Här ska det stå ${p.expected}, men det står ${p.received}.`,
  'unknown-field': (p) =>
    p.suggestion
      ? `Fältet ${q(p.key)} finns inte. Menade du ${q(p.suggestion)}?`
      : `Fältet ${q(p.key)} kan inte användas här. Ta bort det.`,
  'unknown-field-type': (p) =>
    `Fältet ${q(p.key)} kan inte användas på frågor av typen ${q(p.type)}. Ta bort det.`,
  id: () =>
    'Ett id ska ha 1–64 tecken: små bokstäver a–z, siffror, - och _. Det ska börja med en bokstav eller siffra, till exempel "vet-varfor".',
  'id-reserved': (p) => `Id:t ${q(p.value)} är reserverat. Välj ett annat id.`,
  'lang-code': (p) =>
    `${q(p.value)} är ingen språkkod. Skriv koden med små bokstäver, till exempel "sv" eller "en".`,
  text: () =>
    'Skriv en text inom citattecken, eller ett objekt med en text per språk, till exempel {"sv": "Hej", "en": "Hello"}.',
  'text-empty': () => 'Texten är tom. Skriv en text, eller ta bort fältet.',
  url: () =>
    'Skriv en sökväg som börjar med /, till exempel "/ljud/fraga-1.mp3", eller en adress som börjar med https://.',
  pictogram: () =>
    'Skriv bilden som {"arasaac": 5584}, {"builtin": "yes"} eller {"src": "/bilder/hus.png", "alt": "Ett hus"}.',
  'builtin-pictogram': (p) => `Bilden ${q(p.value)} finns inte. Välj en av: ${p.allowed}.`,
  'option-value': () =>
    'Ett värde ska vara ett heltal, eller en kod med små bokstäver a–z, siffror, - och _, till exempel "flicka" eller 3.',
  'options-few': () => 'Frågan behöver minst två svarsalternativ i "options".',
  'scale-preset': (p) =>
    `Skalan ${q(p.value)} finns inte. Välj en av: ${p.allowed}. Eller gör en egen skala med "options", eller med "min" och "max".`,
  scale: () =>
    'Skriv skalan som ett namn, till exempel "smiley-5", som {"min": 1, "max": 5} eller som {"options": [ … ]}.',
  'question-type': (p) => `Frågetypen ${q(p.value)} finns inte. Välj en av: ${p.allowed}.`,
  condition: () =>
    'Ett villkor behöver "question" och ett av "equals", "in" eller "answered". Du kan också skriva "all" eller "any" med en lista av villkor.',
  'condition-one-test': () => 'Skriv precis ett av "equals", "in" och "answered" i villkoret.',
  enum: (p) => `${q(p.value)} är inte tillåtet här. Välj en av: ${p.allowed}.`,
  date: () => 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-04-15.',
  'date-invalid': (p) => `Datumet ${q(p.value)} finns inte i kalendern.`,
  'max-length': () => '"maxLength" ska vara ett heltal större än 0, till exempel 2000.',
  'too-small-array': (p) => `Listan behöver minst ${p.min} ${Number(p.min) === 1 ? 'sak' : 'saker'}.`,
  'too-small-number': (p) => `Talet ska vara minst ${p.min}.`,
  'too-small-string': (p) => `Texten ska ha minst ${p.min} tecken.`,
  'too-big-array': (p) => `Listan får ha högst ${p.max} saker.`,
  'too-big-number': (p) => `Talet får vara högst ${p.max}.`,
  'too-big-string': (p) => `Texten får ha högst ${p.max} tecken.`,
  invalid: () => 'Värdet är inte giltigt här.',
  // Survey rules
  'questions-or-pages': () => 'Skriv frågorna antingen i "questions" eller i "pages", inte i båda.',
  'no-questions': () => 'Enkäten har inga frågor. Lägg till minst en fråga i "questions" eller i "pages".',
  'duplicate-id': (p) =>
    `Id:t ${q(p.value)} används redan av ${p.other}. Ge varje fråga och sida ett eget id.`,
  'duplicate-item': (p) => `Id:t ${q(p.value)} används redan av ${p.other}. Ge varje påstående ett eget id.`,
  'duplicate-value': (p) =>
    `Värdet ${q(p.value)} finns redan i ${p.other}. Ge varje svarsalternativ ett eget värde.`,
  'reserved-value': (p) =>
    `Värdet ${q(p.value)} är reserverat för svaret "${special(p.value, 'sv')}". Ta bort alternativet och skriv "${p.flag}": true på frågan.`,
  'missing-lang-text': (p) =>
    `Texten saknar ${p.language}, som är enkätens huvudspråk ("lang"). Lägg till "${p.lang}": "…".`,
  'unknown-text-language': (p) =>
    `Språket ${q(p.value)} finns inte i "languages". Lägg till det där, eller ta bort texten.`,
  'lang-not-in-languages': (p) => `Huvudspråket ${q(p.value)} måste också finnas i "languages".`,
  'duplicate-language': (p) => `Språket ${q(p.value)} står två gånger. Ta bort det ena.`,
  'condition-missing-question': (p) =>
    `Villkoret pekar på frågan ${q(p.value)}, som inte finns. Kontrollera id:t.`,
  'condition-later-question': (p) =>
    `Villkoret pekar på frågan ${q(p.value)}, som inte kommer före. Ett villkor får bara peka på en tidigare fråga.`,
  'condition-impossible-value': (p) =>
    `Frågan ${q(p.question)} kan aldrig få svaret ${p.value}. Möjliga svar: ${p.allowed}.`,
  'condition-answered-only': (p) =>
    `Frågor av typen ${q(p.type)} har fritt svar. Använd "answered" i villkoret i stället för "equals" eller "in".`,
  'condition-item-missing': (p) =>
    `Frågan ${q(p.question)} har flera påståenden. Skriv vilket med "item", eller använd "answered".`,
  'condition-item-unknown': (p) => `Frågan ${q(p.question)} har inget påstående med id ${q(p.value)}.`,
  'condition-item-not-group': () => `"item" passar bara för frågor av typen "scale-group". Ta bort det.`,
  'multi-min-max': () => '"min" får inte vara större än "max".',
  'register-field-without-register': () =>
    'Lägg till "register": true på enkäten, eller ta bort "registerField".',
  'register-field-twice': (p) => `${q(p.value)} fylls redan i av ${p.other}.`,
  'register-field-type': (p) => `${q(p.value)} kräver typen ${p.allowed}.`,
  'register-no-category': () => 'Lägg till en fråga med "registerField": "category".',
  'register-category-value': (p) => `Skriv synpunkt, klagomal eller berom, inte ${q(p.value)}.`,
  'register-contact': () =>
    'Fråga efter kontaktuppgifter bara när personen vill ha svar: "showIf" på frågan med "registerField": "wantsAnswer".',
  'multi-too-many': (p) =>
    `Frågan har bara ${p.count} svarsalternativ. Sänk "${p.field}" till högst ${p.count}.`,
  'numeric-scale-range': (p) =>
    `"max" ska vara större än "min", och skalan får ha högst ${p.steps} steg. Till exempel {"min": 1, "max": 5}.`,
  'display-smiley': () => '"display": "smiley" passar bara skalor med ansikten. Välj "text".',
  'display-number': () => '"display": "number" passar bara skalor med tal som värden. Välj "text".',
  'display-pictogram': (p) =>
    `"display": "pictogram" kräver en bild för varje svarsalternativ, men ${p.where} saknar bild. Lägg till "pictogram" eller välj "text".`,
  'date-range': () => 'Datumet i "min" ska komma före datumet i "max".',
  // Submission rules
  uuid: () => '"submissionId" ska vara ett UUID version 4, till exempel från crypto.randomUUID().',
  datetime: () => 'Skriv tiden enligt ISO 8601, till exempel "2026-11-22T10:00:00.000Z".',
  'survey-id-mismatch': (p) =>
    `Svaret gäller enkäten ${q(p.value)}, men det här är enkäten ${q(p.expected)}.`,
  'survey-version-mismatch': (p) =>
    `Svaret gäller version ${p.value} av enkäten, men den här är version ${p.expected}. Ladda enkäten på nytt och svara igen.`,
  'submission-lang': (p) => `Enkäten finns inte på språket ${q(p.value)}. Välj ett av: ${p.allowed}.`,
  'mode-not-allowed': (p) =>
    `Enkäten kan inte besvaras på sättet ${q(p.value)}. Tillåtna sätt: ${p.allowed}.`,
  'unknown-question': (p) => `Enkäten har ingen fråga med id ${q(p.value)}. Ta bort svaret.`,
  'answer-required': (p) => `Frågan ${q(p.question)} måste besvaras.`,
  'answer-type': (p) => `Svaret på frågan ${q(p.question)} ska vara ${p.expected}.`,
  'answer-value': (p) => `${p.value} är inget svar på frågan ${q(p.question)}. Möjliga svar: ${p.allowed}.`,
  'answer-dont-know-not-allowed': (p) =>
    `Frågan ${q(p.question)} har inget svar "Vet inte". Välj ett av svarsalternativen.`,
  'answer-skip-not-allowed': (p) =>
    `Frågan ${q(p.question)} går inte att hoppa över. Välj ett av svarsalternativen.`,
  'answer-too-long': (p) => `Svaret har ${p.length} tecken, men får ha högst ${p.max}. Korta svaret.`,
  'answer-empty': (p) => `Svaret på frågan ${q(p.question)} är tomt. Skicka inget svar alls i stället.`,
  'answer-count-min': (p) => `Välj minst ${p.min} svar på frågan ${q(p.question)}.`,
  'answer-count-max': (p) => `Välj högst ${p.max} svar på frågan ${q(p.question)}.`,
  'answer-duplicate': (p) => `Svaret ${q(p.value)} står två gånger. Ta bort det ena.`,
  'answer-item-unknown': (p) =>
    `Frågan ${q(p.question)} har inget påstående med id ${q(p.value)}. Ta bort svaret.`,
  'answer-item-required': (p) => `Påståendet ${q(p.value)} i frågan ${q(p.question)} måste besvaras.`,
  'answer-email': () => 'E-postadressen ser inte rätt ut. Skriv den som namn@exempel.se.',
  'answer-date': () => 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-04-15.',
  'answer-date-min': (p) => `Datumet får inte vara före ${p.min}.`,
  'answer-date-max': (p) => `Datumet får inte vara efter ${p.max}.`,
  'answer-consent-required': (p) =>
    `Frågan ${q(p.question)} kräver ett ja. Kryssa i rutan för att gå vidare.`,
  // Lint
  lix: (p) =>
    `Texten har LIX ${p.lix}, men bör ha högst ${p.max} för den här målgruppen. Använd kortare ord och kortare meningar.`,
  'lix-overall': (p) =>
    `Enkätens texter har tillsammans LIX ${p.lix}, men bör ha högst ${p.max} för den här målgruppen. Använd kortare ord och kortare meningar.`,
  'long-sentence': (p) =>
    `En mening har ${p.words} ord: "${p.sentence}". Dela den, så att varje mening har högst ${p.max} ord.`,
  negation: (p) =>
    `Påståendet innehåller ordet ${q(p.word)}. Nekande påståenden är svåra att svara på. Skriv det utan nekande ord.`,
  'too-many-options': (p) =>
    `Frågan har ${p.count} svarsalternativ. För den här målgruppen bör den ha högst ${p.max}. Ta bort några.`,
  'number-faces': () => 'Ansikten ska inte visas som siffror. Ta bort "display": "number".',
  'number-child': () =>
    'Barn ska inte svara med siffror. Välj en skala med ansikten, till exempel "smiley-5".',
  'missing-plain': () => 'Texten har ingen lättläst variant. Lägg till "plain": {"text": …} med enklare ord.',
  'missing-pictogram': () =>
    'Bild saknas. Lägg till "pictogram", till exempel {"arasaac": 5584} eller {"builtin": "yes"}.',
  'missing-translation': (p) => `Texten saknar översättning till ${p.languages}. Lägg till den.`,
  'missing-privacy': (p) =>
    `Förklara för den som svarar ${p.what} i "privacy". Det ökar svarsfrekvensen och är ett krav i dataskyddet.`,
  'no-voice': (p) =>
    `Ingen inspelning på ${p.language}, och vanliga mobiler och datorer har ingen röst som läser ${p.language}. Spela in frågan och svaren, annars kan de inte läsas upp.`,
  'pictogram-not-hosted': (p) =>
    `Bilden ARASAAC ${p.id} finns inte på servern, och inte heller uppgifterna om vem som gjort den. Hämta den med "svara pictograms fetch", eller välj en annan bild.`,
  'pictogram-third-party': () =>
    'Bilden hämtas från arasaac.org. Då kontaktar den som svarar en annan webbplats, och bilden visas utan upphovsuppgifter. Skriv {"arasaac": id} i stället.',
  incomparable: (p) =>
    p.change === 'type'
      ? `Frågan ${q(p.id)} har bytt frågetyp. Svaren går då inte att jämföra med förra versionen. Ge frågan ett nytt id, eller ändra tillbaka.`
      : p.change === 'scale'
        ? `Frågan ${q(p.id)} har bytt skala. Svaren går då inte att jämföra med förra versionen. Ge frågan ett nytt id, eller ändra tillbaka.`
        : `Frågan ${q(p.id)} har andra svarsvärden än förra versionen. Svaren går då inte att jämföra. Ge frågan ett nytt id, eller ändra tillbaka.`,
  'id-changed': (p) =>
    `Frågan har fått ett nytt id (${q(p.previous)} blev ${q(p.id)}). Då börjar dess resultat om från noll och kan inte jämföras med förra versionen. Behåll id:t ${q(p.previous)} om det är samma fråga.`,
};

const en: Catalog = {
  required: (p) => `The field ${q(p.field)} is missing. Add it.`,
  type: (p) => `This should be ${p.expected}, but it is ${p.received}.`,
  'unknown-field': (p) =>
    p.suggestion
      ? `There is no field ${q(p.key)}. Did you mean ${q(p.suggestion)}?`
      : `The field ${q(p.key)} cannot be used here. Remove it.`,
  'unknown-field-type': (p) =>
    `The field ${q(p.key)} cannot be used on questions of type ${q(p.type)}. Remove it.`,
  id: () =>
    'An id has 1–64 characters: lowercase letters a–z, digits, - and _. It starts with a letter or digit, for example "vet-varfor".',
  'id-reserved': (p) => `The id ${q(p.value)} is reserved. Choose another id.`,
  'lang-code': (p) =>
    `${q(p.value)} is not a language code. Write the code in lowercase, for example "sv" or "en".`,
  text: () =>
    'Write a text in quotes, or an object with one text per language, for example {"sv": "Hej", "en": "Hello"}.',
  'text-empty': () => 'The text is empty. Write a text, or remove the field.',
  url: () =>
    'Write a path that starts with /, for example "/audio/question-1.mp3", or an address that starts with https://.',
  pictogram: () =>
    'Write the picture as {"arasaac": 5584}, {"builtin": "yes"} or {"src": "/images/house.png", "alt": "A house"}.',
  'builtin-pictogram': (p) => `There is no picture ${q(p.value)}. Choose one of: ${p.allowed}.`,
  'option-value': () =>
    'A value is a whole number, or a code of lowercase letters a–z, digits, - and _, for example "girl" or 3.',
  'options-few': () => 'The question needs at least two options in "options".',
  'scale-preset': (p) =>
    `There is no scale ${q(p.value)}. Choose one of: ${p.allowed}. Or make your own scale with "options", or with "min" and "max".`,
  scale: () =>
    'Write the scale as a name such as "smiley-5", as {"min": 1, "max": 5} or as {"options": [ … ]}.',
  'question-type': (p) => `There is no question type ${q(p.value)}. Choose one of: ${p.allowed}.`,
  condition: () =>
    'A condition needs "question" and one of "equals", "in" or "answered". You can also write "all" or "any" with a list of conditions.',
  'condition-one-test': () => 'Write exactly one of "equals", "in" and "answered" in the condition.',
  enum: (p) => `${q(p.value)} is not allowed here. Choose one of: ${p.allowed}.`,
  date: () => 'Write the date as YYYY-MM-DD, for example 2026-04-15.',
  'date-invalid': (p) => `The date ${q(p.value)} does not exist in the calendar.`,
  'max-length': () => '"maxLength" must be a whole number above 0, for example 2000.',
  'too-small-array': (p) => `The list needs at least ${p.min} ${Number(p.min) === 1 ? 'item' : 'items'}.`,
  'too-small-number': (p) => `The number must be at least ${p.min}.`,
  'too-small-string': (p) => `The text needs at least ${p.min} characters.`,
  'too-big-array': (p) => `The list can have at most ${p.max} items.`,
  'too-big-number': (p) => `The number can be at most ${p.max}.`,
  'too-big-string': (p) => `The text can have at most ${p.max} characters.`,
  invalid: () => 'The value is not valid here.',
  'questions-or-pages': () => 'Put the questions either in "questions" or in "pages", not in both.',
  'no-questions': () =>
    'The survey has no questions. Add at least one question to "questions" or to "pages".',
  'duplicate-id': (p) =>
    `The id ${q(p.value)} is already used by ${p.other}. Give every question and page its own id.`,
  'duplicate-item': (p) =>
    `The id ${q(p.value)} is already used by ${p.other}. Give every statement its own id.`,
  'duplicate-value': (p) =>
    `The value ${q(p.value)} is already used in ${p.other}. Give every option its own value.`,
  'reserved-value': (p) =>
    `The value ${q(p.value)} is reserved for the answer "${special(p.value, 'en')}". Remove the option and set "${p.flag}": true on the question.`,
  'missing-lang-text': (p) =>
    `The text has no ${p.language}, the survey's main language ("lang"). Add "${p.lang}": "…".`,
  'unknown-text-language': (p) =>
    `The language ${q(p.value)} is not in "languages". Add it there, or remove the text.`,
  'lang-not-in-languages': (p) => `The main language ${q(p.value)} must also be in "languages".`,
  'duplicate-language': (p) => `The language ${q(p.value)} is listed twice. Remove one.`,
  'condition-missing-question': (p) =>
    `The condition points at the question ${q(p.value)}, which does not exist. Check the id.`,
  'condition-later-question': (p) =>
    `The condition points at the question ${q(p.value)}, which does not come before it. A condition may only point at an earlier question.`,
  'condition-impossible-value': (p) =>
    `The question ${q(p.question)} can never have the answer ${p.value}. Possible answers: ${p.allowed}.`,
  'condition-answered-only': (p) =>
    `Questions of type ${q(p.type)} have free answers. Use "answered" in the condition instead of "equals" or "in".`,
  'condition-item-missing': (p) =>
    `The question ${q(p.question)} has several statements. Say which one with "item", or use "answered".`,
  'condition-item-unknown': (p) =>
    `The question ${q(p.question)} has no statement with the id ${q(p.value)}.`,
  'condition-item-not-group': () => '"item" only fits questions of type "scale-group". Remove it.',
  'multi-min-max': () => '"min" must not be larger than "max".',
  'register-field-without-register': () => 'Add "register": true to the survey, or remove "registerField".',
  'register-field-twice': (p) => `${q(p.value)} is already filled in by ${p.other}.`,
  'register-field-type': (p) => `${q(p.value)} needs the type ${p.allowed}.`,
  'register-no-category': () => 'Add a question with "registerField": "category".',
  'register-category-value': (p) => `Write synpunkt, klagomal or berom, not ${q(p.value)}.`,
  'register-contact': () =>
    'Ask for contact details only when the person wants an answer: "showIf" on the "wantsAnswer" question.',
  'multi-too-many': (p) =>
    `The question has only ${p.count} options. Lower "${p.field}" to at most ${p.count}.`,
  'numeric-scale-range': (p) =>
    `"max" must be larger than "min", and the scale can have at most ${p.steps} steps. For example {"min": 1, "max": 5}.`,
  'display-smiley': () => '"display": "smiley" only fits scales with faces. Choose "text".',
  'display-number': () => '"display": "number" only fits scales whose values are numbers. Choose "text".',
  'display-pictogram': (p) =>
    `"display": "pictogram" needs a picture for every option, but ${p.where} has none. Add "pictogram" or choose "text".`,
  'date-range': () => 'The date in "min" must come before the date in "max".',
  uuid: () => '"submissionId" must be a version 4 UUID, for example from crypto.randomUUID().',
  datetime: () => 'Write the time in ISO 8601, for example "2026-11-22T10:00:00.000Z".',
  'survey-id-mismatch': (p) =>
    `The answers are for the survey ${q(p.value)}, but this is the survey ${q(p.expected)}.`,
  'survey-version-mismatch': (p) =>
    `The answers are for version ${p.value} of the survey, but this is version ${p.expected}. Load the survey again and answer again.`,
  'submission-lang': (p) => `The survey is not available in ${q(p.value)}. Choose one of: ${p.allowed}.`,
  'mode-not-allowed': (p) =>
    `The survey cannot be answered in the mode ${q(p.value)}. Allowed modes: ${p.allowed}.`,
  'unknown-question': (p) => `The survey has no question with the id ${q(p.value)}. Remove the answer.`,
  'answer-required': (p) => `The question ${q(p.question)} must be answered.`,
  'answer-type': (p) => `The answer to the question ${q(p.question)} must be ${p.expected}.`,
  'answer-value': (p) =>
    `${p.value} is not an answer to the question ${q(p.question)}. Possible answers: ${p.allowed}.`,
  'answer-dont-know-not-allowed': (p) =>
    `The question ${q(p.question)} has no "Don't know" answer. Choose one of the options.`,
  'answer-skip-not-allowed': (p) =>
    `The question ${q(p.question)} cannot be skipped. Choose one of the options.`,
  'answer-too-long': (p) =>
    `The answer has ${p.length} characters, but can have at most ${p.max}. Shorten it.`,
  'answer-empty': (p) =>
    `The answer to the question ${q(p.question)} is empty. Send no answer at all instead.`,
  'answer-count-min': (p) => `Choose at least ${p.min} answers to the question ${q(p.question)}.`,
  'answer-count-max': (p) => `Choose at most ${p.max} answers to the question ${q(p.question)}.`,
  'answer-duplicate': (p) => `The answer ${q(p.value)} is listed twice. Remove one.`,
  'answer-item-unknown': (p) =>
    `The question ${q(p.question)} has no statement with the id ${q(p.value)}. Remove the answer.`,
  'answer-item-required': (p) =>
    `The statement ${q(p.value)} in the question ${q(p.question)} must be answered.`,
  'answer-email': () => 'The e-mail address does not look right. Write it as name@example.com.',
  'answer-date': () => 'Write the date as YYYY-MM-DD, for example 2026-04-15.',
  'answer-date-min': (p) => `The date must not be before ${p.min}.`,
  'answer-date-max': (p) => `The date must not be after ${p.max}.`,
  'answer-consent-required': (p) => `The question ${q(p.question)} needs a yes. Tick the box to continue.`,
  lix: (p) =>
    `The text has LIX ${p.lix}, but should have at most ${p.max} for this audience. Use shorter words and shorter sentences.`,
  'lix-overall': (p) =>
    `The survey's texts together have LIX ${p.lix}, but should have at most ${p.max} for this audience. Use shorter words and shorter sentences.`,
  'long-sentence': (p) =>
    `A sentence has ${p.words} words: "${p.sentence}". Split it so that each sentence has at most ${p.max} words.`,
  negation: (p) =>
    `The statement contains the word ${q(p.word)}. Negative statements are hard to answer. Write it without negative words.`,
  'too-many-options': (p) =>
    `The question has ${p.count} options. For this audience it should have at most ${p.max}. Remove some.`,
  'number-faces': () => 'Faces must not be shown as numbers. Remove "display": "number".',
  'number-child': () =>
    'Children should not answer with numbers. Choose a scale with faces, for example "smiley-5".',
  'missing-plain': () =>
    'The text has no plain-language variant. Add "plain": {"text": …} with simpler words.',
  'missing-pictogram': () =>
    'A picture is missing. Add "pictogram", for example {"arasaac": 5584} or {"builtin": "yes"}.',
  'missing-translation': (p) => `The text has no translation into ${p.languages}. Add it.`,
  'missing-privacy': (p) =>
    `Tell the respondent ${p.what} in "privacy". It raises the response rate and data protection requires it.`,
  'no-voice': (p) =>
    `No recording in ${p.language}, and common phones and computers have no voice that reads ${p.language}. Record the question and its answers, or they cannot be read aloud.`,
  'pictogram-not-hosted': (p) =>
    `The picture ARASAAC ${p.id} is not on the server, and neither is the record of who made it. Get it with "svara pictograms fetch", or choose another picture.`,
  'pictogram-third-party': () =>
    'The picture is loaded from arasaac.org. The respondent then contacts another website, and the picture is shown without its attribution. Write {"arasaac": id} instead.',
  incomparable: (p) =>
    p.change === 'type'
      ? `The question ${q(p.id)} changed its type. Its answers can then not be compared with the previous version. Give the question a new id, or change it back.`
      : p.change === 'scale'
        ? `The question ${q(p.id)} changed its scale. Its answers can then not be compared with the previous version. Give the question a new id, or change it back.`
        : `The question ${q(p.id)} has other answer values than the previous version. Its answers can then not be compared. Give the question a new id, or change it back.`,
  'id-changed': (p) =>
    `The question has a new id (${q(p.previous)} became ${q(p.id)}). Its results then start again from zero and cannot be compared with the previous version. Keep the id ${q(p.previous)} if it is the same question.`,
};

const catalogs: Record<Locale, Catalog> = { sv, en };

/** The message for `code` in `locale`; unknown codes fall back to a generic message. */
export function message(code: string, locale: Locale, params: Params = {}): string {
  const catalog = catalogs[locale] ?? sv;
  const fn = Object.hasOwn(catalog, code) ? catalog[code] : catalog['invalid'];
  return fn!(params);
}

/** Formats a path as `questions[2].options[1].value`; keys that are not identifiers as `answers["vet-varfor"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) out += out ? `.${name}` : name;
      else out += `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

/** A comma-separated list of values as they would be written in JSON. */
export function listValues(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}
