/**
 * The hosted page's own words in svara's UI languages (sv, en, fi, ar). Where the widget says the same thing, the
 * words are the widget's (its `msg()` ids are named beside each, from `xliff/`), so a respondent reads the same
 * "Börja svara", "Fråga 3 av 10" and "Välj ett svar." with JavaScript on or off. The collector cannot import the
 * widget's catalogue (it imports only `@svara/schema`), hence this small table.
 */
import { uiLanguages } from '@svara/schema';
import type { UiLanguage } from '@svara/schema';

type Words = Record<UiLanguage, string>;
type Counted = Record<UiLanguage, (n: number) => string>;

const w = (sv: string, en: string, fi: string, ar: string): Words => ({ sv, en, fi, ar });

export const words = {
  start: w('Börja svara', 'Start', 'Aloita', 'ابدأ الإجابة'), // survey.start
  next: w('Fortsätt', 'Continue', 'Jatka', 'متابعة'), // survey.next
  send: w('Skicka', 'Send', 'Lähetä', 'إرسال'), // survey.send
  back: w('Tillbaka', 'Back', 'Takaisin', 'رجوع'), // survey.back
  why: w('Varför vi frågar', 'Why we ask', 'Miksi kysymme', 'لماذا نسأل'),
  whoSees: w('Vem som ser svaren', 'Who sees the answers', 'Kuka näkee vastaukset', 'من يرى الإجابات'),
  anonymousHeading: w('Är det anonymt?', 'Is it anonymous?', 'Onko se nimetöntä?', 'هل هو مجهول الهوية؟'),
  anonymous: w(
    'Ja. Vi vet inte vem som har svarat.',
    'Yes. We do not know who answered.',
    'Kyllä. Emme tiedä, kuka on vastannut.',
    'نعم. لا نعرف من أجاب.',
  ),
  notAnonymous: w(
    'Nej. Vi kan se vem som har svarat.',
    'No. We can see who answered.',
    'Ei. Näemme, kuka on vastannut.',
    'لا. يمكننا أن نرى من أجاب.',
  ),
  retention: w(
    'Hur länge vi sparar det',
    'How long we keep it',
    'Kuinka kauan säilytämme sen',
    'كم من الوقت نحتفظ بها',
  ),
  contact: w('Frågor om enkäten', 'Questions about the survey', 'Kysymyksiä kyselystä', 'أسئلة عن الاستبيان'),
  sent: w(
    'Dina svar är skickade.',
    'Your answers have been sent.',
    'Vastauksesi on lähetetty.',
    'تم إرسال إجاباتك.',
  ),
  thanks: w(
    'Tack för att du svarade!',
    'Thank you for answering!',
    'Kiitos, että vastasit!',
    'شكرًا لأنك أجبت!',
  ),
  problem: w('Det finns problem', 'There is a problem', 'Lomakkeessa on virheitä', 'هناك مشكلة'), // elements.errorSummary.heading
  errorPrefix: w('Fel:', 'Error:', 'Virhe:', 'خطأ:'), // elements.error.prefix
  honeypot: w(
    'Lämna det här fältet tomt',
    'Leave this field empty',
    'Jätä tämä kenttä tyhjäksi',
    'اترك هذا الحقل فارغًا',
  ),
  chooseOne: w('Välj ett svar.', 'Choose an answer.', 'Valitse vastaus.', 'اختر إجابة.'),
  chooseAny: w(
    'Välj minst ett svar.',
    'Choose at least one answer.',
    'Valitse vähintään yksi vastaus.',
    'اختر إجابة واحدة على الأقل.',
  ),
  writeAnswer: w('Skriv ett svar.', 'Write an answer.', 'Kirjoita vastaus.', 'اكتب إجابة.'),
  checkBox: w(
    'Du måste kryssa i rutan för att gå vidare.',
    'You must tick the box to continue.',
    'Sinun täytyy rastittaa ruutu, jotta voit jatkaa.',
    'يجب أن تضع علامة في المربع للمتابعة.',
  ),
  email: w(
    'Skriv e-postadressen så här: namn@exempel.se',
    'Write the e-mail address like this: name@example.com',
    'Kirjoita sähköpostiosoite näin: nimi@esimerkki.fi',
    'اكتب عنوان البريد الإلكتروني هكذا: name@example.com',
  ),
  date: w(
    'Skriv ett datum som finns, till exempel 2026-03-31.',
    'Write a date that exists, for example 2026-03-31.',
    'Kirjoita päivämäärä, joka on olemassa, esimerkiksi 2026-03-31.',
    'اكتب تاريخًا موجودًا، مثلًا 2026-03-31.',
  ),
  dateFormat: w(
    'Till exempel 2026-03-31',
    'For example 2026-03-31',
    'Esimerkiksi 2026-03-31',
    'مثلًا 2026-03-31',
  ),
  consentYes: w('Ja', 'Yes', 'Kyllä', 'نعم'),
  choices: w('Språk och lättläst', 'Language and easy to read', 'Kieli ja selkokieli', 'اللغة واللغة السهلة'),
  toolbar: w(
    'Visa enkäten på ditt sätt',
    'Show the survey your way',
    'Näytä kysely omalla tavallasi',
    'اعرض الاستبيان بطريقتك',
  ), // survey.toolbar
  readAloud: w('Lyssna', 'Listen', 'Kuuntele', 'استمع'), // survey.toolbar.readAloud
  settings: w('Inställningar', 'Settings', 'Asetukset', 'الإعدادات'), // survey.toolbar.settings
  languages: w('Språk', 'Language', 'Kieli', 'اللغة'), // survey.toolbar.language
  plain: w('Lättläst', 'Easy to read', 'Selkokieli', 'لغة سهلة'), // survey.toolbar.plain
  noScript: w(
    'Du svarar utan JavaScript. Det går bra. Uppläsning (Lyssna) och styrning med kontakt behöver JavaScript.',
    'You are answering without JavaScript. That works. Reading aloud (Listen) and switch control need JavaScript.',
    'Vastaat ilman JavaScriptiä. Se onnistuu. Ääneen lukeminen (Kuuntele) ja kytkinohjaus tarvitsevat JavaScriptin.',
    'أنت تجيب بدون JavaScript. هذا ممكن. القراءة بصوت عالٍ (استمع) والتحكم بالمفتاح يحتاجان إلى JavaScript.',
  ),
  receiptNext: w(
    'Du kan stänga sidan nu.',
    'You can close the page now.',
    'Voit nyt sulkea sivun.',
    'يمكنك إغلاق الصفحة الآن.',
  ),
  notSentHeading: w(
    'Dina svar kunde inte tas emot.',
    'Your answers could not be received.',
    'Vastauksiasi ei voitu vastaanottaa.',
    'تعذر استلام إجاباتك.',
  ), // survey.receipt.rejected
  notFoundReceipt: w(
    'Vi hittar inga svar som hör till den här sidan. Om du har svarat, kan det ta en stund innan de syns. Annars: börja om från enkätens länk.',
    'We find no answers that belong to this page. If you have answered, it may take a moment. Otherwise: start again from the survey’s link.',
    'Tähän sivuun liittyviä vastauksia ei löydy. Jos olet vastannut, voi kestää hetken. Muuten: aloita alusta kyselyn linkistä.',
    'لا نجد إجابات تخص هذه الصفحة. إذا كنت قد أجبت فقد يستغرق ذلك لحظة. وإلا: ابدأ من جديد من رابط الاستبيان.',
  ),
  startAgain: w(
    'Till enkätens början',
    'To the start of the survey',
    'Kyselyn alkuun',
    'إلى بداية الاستبيان',
  ),
  expired: w(
    'Sidan hade legat öppen länge, så vi behöver att du trycker på knappen en gång till. Dina svar finns kvar.',
    'The page had been open a long time, so please press the button once more. Your answers are still here.',
    'Sivu oli ollut auki kauan, joten paina painiketta vielä kerran. Vastauksesi ovat tallessa.',
    'كانت الصفحة مفتوحة لفترة طويلة، لذا يرجى الضغط على الزر مرة أخرى. إجاباتك لا تزال هنا.',
  ),
  refusedHeading: w(
    'Svaren kunde inte skickas härifrån',
    'The answers could not be sent from here',
    'Vastauksia ei voitu lähettää täältä',
    'تعذر إرسال الإجابات من هنا',
  ),
  refused: w(
    'Formuläret skickades från en annan webbplats än enkätens. Öppna enkätens länk och svara där.',
    'The form was sent from another website than the survey’s. Open the survey’s link and answer there.',
    'Lomake lähetettiin muulta sivustolta kuin kyselyn. Avaa kyselyn linkki ja vastaa siellä.',
    'أُرسل النموذج من موقع غير موقع الاستبيان. افتح رابط الاستبيان وأجب هناك.',
  ),
  tooLarge: w(
    'Svaren är för långa. Skriv kortare och skicka igen.',
    'The answers are too long. Write less and send again.',
    'Vastaukset ovat liian pitkiä. Kirjoita lyhyemmin ja lähetä uudelleen.',
    'الإجابات طويلة جدًا. اكتب أقصر وأرسل مرة أخرى.',
  ), // survey.receipt.tooLarge
  tryAgainLater: w(
    'Något gick fel hos oss. Dina svar sparades inte. Gå tillbaka i webbläsaren och tryck Skicka igen om en stund.',
    'Something went wrong on our side. Your answers were not saved. Go back in the browser and press Send again in a while.',
    'Meillä meni jotain vikaan. Vastauksiasi ei tallennettu. Palaa selaimessa takaisin ja paina Lähetä hetken kuluttua uudelleen.',
    'حدث خطأ من جهتنا. لم تُحفظ إجاباتك. ارجع في المتصفح واضغط إرسال مرة أخرى بعد قليل.',
  ),
} satisfies Record<string, Words>;

export const counted = {
  tooLong: {
    sv: (n) => `Texten är för lång. Du kan skriva högst ${n} tecken.`,
    en: (n) => `The text is too long. You can write up to ${n} characters.`,
    fi: (n) => `Teksti on liian pitkä. Voit kirjoittaa enintään ${n} merkkiä.`,
    ar: (n) => `النص طويل جدًا. الحد الأقصى لعدد الأحرف هو ${n}.`,
  },
  chooseAtLeast: {
    sv: (n) => (n === 1 ? 'Välj minst ett svar.' : `Välj minst ${n} svar.`),
    en: (n) => (n === 1 ? 'Choose at least one answer.' : `Choose at least ${n} answers.`),
    fi: (n) => (n === 1 ? 'Valitse vähintään yksi vastaus.' : `Valitse vähintään ${n} vastausta.`),
    ar: (n) => (n === 1 ? 'اختر إجابة واحدة على الأقل.' : `اختر ${n} إجابات على الأقل.`),
  },
  chooseAtMost: {
    sv: (n) => (n === 1 ? 'Välj högst ett svar.' : `Välj högst ${n} svar.`),
    en: (n) => (n === 1 ? 'Choose at most one answer.' : `Choose at most ${n} answers.`),
    fi: (n) => (n === 1 ? 'Valitse enintään yksi vastaus.' : `Valitse enintään ${n} vastausta.`),
    ar: (n) => (n === 1 ? 'اختر إجابة واحدة على الأكثر.' : `اختر ${n} إجابات على الأكثر.`),
  },
} satisfies Record<string, Counted>;

/** "Fråga 3 av 10" / "Sida 2 av 3" (the widget's survey.progress.question / survey.progress.page). */
export function progress(kind: 'question' | 'page', position: number, total: number, ui: UiLanguage): string {
  const of: Record<UiLanguage, (p: number, t: number) => string> =
    kind === 'question'
      ? {
          sv: (p, t) => `Fråga ${p} av ${t}`,
          en: (p, t) => `Question ${p} of ${t}`,
          fi: (p, t) => `Kysymys ${p}/${t}`,
          ar: (p, t) => `السؤال ${p} من ${t}`,
        }
      : {
          sv: (p, t) => `Sida ${p} av ${t}`,
          en: (p, t) => `Page ${p} of ${t}`,
          fi: (p, t) => `Sivu ${p}/${t}`,
          ar: (p, t) => `الصفحة ${p} من ${t}`,
        };
  return of[ui](position, total);
}

/** "Det tar ungefär 3 minuter." (survey.duration_one / survey.duration_other). */
export function duration(minutes: number, ui: UiLanguage): string {
  const one = new Intl.PluralRules(ui).select(minutes) === 'one';
  const texts: Words = one
    ? w(
        `Det tar ungefär ${minutes} minut.`,
        `It takes about ${minutes} minute.`,
        `Vastaaminen kestää noin ${minutes} minuutin.`,
        `يستغرق ذلك حوالي ${minutes} دقيقة.`,
      )
    : w(
        `Det tar ungefär ${minutes} minuter.`,
        `It takes about ${minutes} minutes.`,
        `Vastaaminen kestää noin ${minutes} minuuttia.`,
        `المدة التقريبية بالدقائق: ${minutes}.`,
      );
  return texts[ui];
}

/** The UI language for a text language: itself when svara speaks it, else Swedish (svara's first language). */
export function uiLanguage(lang: string): UiLanguage {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return (uiLanguages as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'sv';
}
