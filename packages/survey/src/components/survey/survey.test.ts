import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@svara/elements/localization';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { describeExamples, renderExample } from '@svara/testing/examples';
import { accessibilityTree, findNodes, getByRole } from '@svara/testing/a11y-tree';
import { FakeClock } from '@svara/testing/fake-clock';
import type { TransportRequest } from '../../transport/send.js';
import type { Transport } from '../../transport/send.js';
import { KIOSK_IDLE_MS } from './kiosk-timer.js';
import type { SvaraSurvey } from './survey.js';
import { choose, press, ready, receipt, settled, surveyExamples, surveyUrls } from './survey.examples.js';
import { useFullValidation } from './full-validation.js';
import { checkDefinitionShape } from './definition.js';
import { fetchDefinitionsEarly, takeEarlyDefinition } from './early-fetch.js';
import { SvaraSurvey as SurveyClass } from './survey.js';
import { fakeSpeech, voicesWithoutSwedish } from '@svara/testing/fake-speech';

interface Sent {
  url: string;
  body: {
    surveyId: string;
    lang: string;
    answers: Record<string, unknown>;
    meta: Record<string, unknown>;
  };
}

/** A fake collector that records what arrives and answers with `status`. */
function collector(status = 201): { transport: Transport; sent: Sent[] } {
  const sent: Sent[] = [];
  const transport: Transport = async (request: TransportRequest) => {
    sent.push({ url: request.url, body: JSON.parse(request.body) as Sent['body'] });
    return { status };
  };
  return { transport, sent };
}

/** Records the URLs the page fetches, until `restore()`. */
function recordFetches(): { requested: string[]; restore(): void } {
  const requested: string[] = [];
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requested.push(String(input));
    return realFetch(input, init);
  };
  return { requested, restore: () => (window.fetch = realFetch) };
}

let outboxes = 0;

interface MountOptions {
  lang?: string;
  mode?: 'web' | 'kiosk' | 'interview';
  audience?: SvaraSurvey['audience'];
  unit?: string;
  endpoint?: string;
  readAloud?: boolean;
  speech?: SvaraSurvey['speech'];
  transport?: Transport;
  clock?: FakeClock;
}

/** A widget in a page's `<main>`, loaded from `source` (a URL, or a definition object), with its own outbox. */
async function mount(source: string | object, options: MountOptions = {}): Promise<SvaraSurvey> {
  const wrapper = await fixture<HTMLElement>(
    html`<main>
      <svara-survey
        lang=${options.lang ?? 'sv'}
        mode=${options.mode ?? 'web'}
        unit=${ifDefined(options.unit)}
        endpoint=${ifDefined(options.endpoint)}
        ?read-aloud=${options.readAloud ?? false}
        .audience=${options.audience}
        src=${ifDefined(typeof source === 'string' ? source : undefined)}
        .definition=${typeof source === 'string' ? undefined : source}
        .speech=${options.speech}
        .transport=${options.transport ?? collector().transport}
        .clock=${options.clock ?? new FakeClock()}
        .outboxOptions=${{ name: `svara-outbox-test-${Date.now()}-${outboxes++}` }}
      ></svara-survey>
    </main>`,
  );
  const survey = wrapper.querySelector<SvaraSurvey>('svara-survey')!;
  await ready(survey);
  return survey;
}

/** How this file's examples are rendered (`renderExample` of @svara/testing). */
const SURVEY = { tag: 'svara-survey' } as const;

const shadow = (survey: SvaraSurvey) => survey.shadowRoot!;
const heading = (survey: SvaraSurvey) => shadow(survey).querySelector<HTMLElement>('[data-screen-heading]')!;
const headingText = (survey: SvaraSurvey) => heading(survey).textContent!.trim();
const focusedInWidget = (survey: SvaraSurvey) => shadow(survey).activeElement;
const button = (survey: SvaraSurvey, name: string) =>
  [...shadow(survey).querySelectorAll('button')].find(
    (b) => b.textContent!.trim().replace('✓ ', '') === name,
  );
const control = (survey: SvaraSurvey, id: string) =>
  shadow(survey).querySelector<HTMLElement & { label: string; value: string }>(`[data-question="${id}"]`);
const text = (survey: SvaraSurvey) => shadow(survey).textContent!.replace(/\s+/g, ' ');

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

afterEach(async () => {
  sessionStorage.clear();
  SurveyClass.checkDefinition = checkDefinitionShape;
  await setLocale('sv');
});

describe('svara-survey', () => {
  describeExamples(surveyExamples, SURVEY);

  describe('start screen', () => {
    it('tells why we ask, who sees the answers, whether it is anonymous and how long it takes', async () => {
      const survey = await mount(surveyUrls.barn);
      expect(headingText(survey)).to.equal('Vad tyckte du om att träffa oss?');
      const content = text(survey);
      expect(content).to.contain('Varför vi frågar Vi vill veta vad du tycker. Då kan vi bli bättre.');
      expect(content).to.contain('Vem som ser svaren Bara vi som jobbar med enkäten ser svaren.');
      expect(content).to.contain('Är det anonymt? Ja. Vi vet inte vem som har svarat.');
      expect(content).to.contain('Det tar ungefär 2 minuter.');
      expect(button(survey, 'Börja svara'), 'start button').to.exist;
      // An embedded widget never takes focus on page load.
      expect(document.activeElement).to.equal(document.body);
    });

    it("says in the survey's own words whether one can stay anonymous, and how long it is kept", async () => {
      const survey = await mount(surveyUrls.synpunkter);
      const content = text(survey);
      expect(content).to.contain(
        'Är det anonymt? Ja, om du inte skriver din e-post. Då vet vi inte vem du är. Vill du ha svar behöver vi din e-post.',
      );
      expect(content).to.not.contain('Vi kan se vem som har svarat');
      expect(content).to.contain('Hur länge vi sparar det Din e-post och det du skriver tas bort 12 månader');
      expect(content).to.contain('Vem som ser svaren Bara de som tar hand om synpunkter på enheten');
    });

    it('says "1 minut" in the singular (Intl.PluralRules) and the plural otherwise', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<main>
          <svara-survey
            lang="sv"
            .definition=${{
              id: 'kort',
              version: 1,
              lang: 'sv',
              title: 'Kort enkät',
              questions: [{ id: 'a', type: 'scale', scale: 'yes-no', text: 'Fick du hjälp?' }],
            }}
          ></svara-survey>
        </main>`,
      );
      const survey = wrapper.querySelector<SvaraSurvey>('svara-survey')!;
      await ready(survey);
      expect(text(survey)).to.contain('Det tar ungefär 1 minut.');
      expect(text(survey), 'no privacy block is invented').not.to.contain('Vem som ser svaren');
    });
  });

  describe('accessibility tree', () => {
    it('a child question screen: its heading is the progress and has focus; the radios are named by their words', async () => {
      const survey = await mount(surveyUrls.barn);
      await press(survey, 'Börja svara');
      expect(headingText(survey)).to.equal('Fråga 1 av 7');
      expect(focusedInWidget(survey), 'focus on the heading').to.equal(heading(survey));
      const tree = await accessibilityTree();
      getByRole(tree, 'heading', 'Fråga 1 av 7');
      const group = getByRole(tree, 'radiogroup', 'Jag vet varför vi träffades.');
      const radios = findNodes(group, (n) => n.role === 'radio').map((n) => n.name);
      expect(radios.slice(0, 5)).to.deep.equal([
        'Stämmer inte alls',
        'Stämmer inte så bra',
        'Stämmer delvis',
        'Stämmer ganska bra',
        'Stämmer helt',
      ]);
      expect(radios).to.include('Vet inte');
      getByRole(tree, 'button', 'Fortsätt');
      getByRole(tree, 'button', 'Tillbaka');
      getByRole(tree, 'button', 'Inställningar');
    });
  });

  describe('keyboard only', () => {
    it('completes the children’s survey with Tab, arrows, Space and Enter; focus follows every screen', async () => {
      const { transport, sent } = collector();
      const survey = await mount(surveyUrls.barn, { transport });
      button(survey, 'Börja svara')!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(survey);
      for (let n = 1; n <= 5; n++) {
        expect(headingText(survey)).to.equal(`Fråga ${n} av 7`);
        expect(focusedInWidget(survey)).to.equal(heading(survey));
        await sendKeys({ press: 'Tab' }); // into the scale (first face)
        await sendKeys({ press: 'ArrowRight' }); // moves and selects "Stämmer inte så bra"
        await sendKeys({ press: 'ArrowRight' }); // "Stämmer delvis"
        await sendKeys({ press: 'Tab' }); // Tillbaka
        await sendKeys({ press: 'Tab' }); // Fortsätt
        await sendKeys({ press: 'Enter' });
        await settled(survey);
      }
      expect(headingText(survey)).to.equal('Fråga 6 av 7');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' }); // the first option, "Flicka"
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settled(survey);
      expect(headingText(survey)).to.equal('Fråga 7 av 7');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Bra!' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect((focusedInWidget(survey) as HTMLElement).textContent!.trim()).to.equal('Skicka');
      await sendKeys({ press: 'Enter' });
      await receipt(survey);
      expect(headingText(survey)).to.equal('Dina svar är skickade.');
      expect(focusedInWidget(survey)).to.equal(heading(survey));
      expect(sent).to.have.length(1);
      expect(sent[0]!.body.answers).to.deep.equal({
        'vet-varfor': 3,
        lyssnade: 3,
        'kunde-saga': 3,
        snalla: 3,
        'vet-vad-nu': 3,
        kon: 'flicka',
        kommentar: 'Bra!',
      });
      expect(sent[0]!.body.meta).to.deep.equal({
        answeredBy: 'self',
        mode: 'web',
        plain: false,
        pictograms: true,
        readAloud: false,
      });
      expect(sent[0]!.url).to.equal(`${surveyUrls.barn}/responses`);
    });

    it('Tillbaka returns to the previous question with its answer kept', async () => {
      const survey = await mount(surveyUrls.barn);
      await press(survey, 'Börja svara');
      await choose(survey, 'vet-varfor', '4');
      await press(survey, 'Fortsätt');
      await press(survey, 'Tillbaka');
      expect(headingText(survey)).to.equal('Fråga 1 av 7');
      expect(focusedInWidget(survey)).to.equal(heading(survey));
      expect(control(survey, 'vet-varfor')!.value).to.equal('4');
    });
  });

  describe('showIf', () => {
    it('shows the follow-up after a low score, hides it again, keeps other answers and never sends hidden ones', async () => {
      const { transport, sent } = collector();
      const survey = await mount(surveyUrls.foraldramottagning, { transport });
      await press(survey, 'Börja svara');
      expect(control(survey, 'battre'), 'hidden at first').to.equal(null);
      await choose(survey, 'lyssnade', '4');
      await choose(survey, 'nojd', '2');
      expect(control(survey, 'battre')!.label).to.equal('Vad kan vi göra bättre?');
      const battre = control(survey, 'battre')!;
      battre.focus();
      await sendKeys({ type: 'Mer tid' });
      await settled(survey);
      expect(control(survey, 'battre')!.value).to.equal('Mer tid');
      await choose(survey, 'nojd', '4');
      expect(control(survey, 'battre'), 'hidden after a good score').to.equal(null);
      expect(control(survey, 'lyssnade')!.value, 'other answers kept').to.equal('4');
      await press(survey, 'Skicka');
      await receipt(survey);
      expect(sent[0]!.body.answers).to.deep.equal({ nojd: 4, lyssnade: 4 });
    });
  });

  describe('errors', () => {
    it('a failed "Skicka" shows the error summary, moves focus to it and sends nothing', async () => {
      const { transport, sent } = collector();
      const survey = await mount(surveyUrls.handlaggare, { transport });
      await press(survey, 'Börja svara');
      await press(survey, 'Skicka');
      const summary = shadow(survey).querySelector('svara-error-summary')!;
      await waitFor(() => summary.shown, 'the error summary');
      expect(summary.shadowRoot!.activeElement, 'focus in the summary').to.exist;
      expect(summary.controls.length).to.equal(4);
      expect(sent).to.have.length(0);
    });

    it('a broken definition: a plain message for respondents, the path and problem for editors', async () => {
      const survey = await renderExample(surveyExamples.unavailable, SURVEY);
      expect(headingText(survey)).to.equal('Enkäten kan inte visas just nu');
      expect(text(survey)).to.contain('questions[0].type: Okänd frågetyp.');
    });

    it('with full validation, the schema’s own messages', async () => {
      useFullValidation();
      const survey = await renderExample(surveyExamples.unavailable, SURVEY);
      expect(headingText(survey)).to.equal('Enkäten kan inte visas just nu');
      expect(text(survey)).to.contain('questions[0]');
    });

    it('an interview-only survey opened on a web page says so in words: no "try later", no blame on the network', async () => {
      const survey = await mount(surveyUrls.bemotandekollen);
      expect(headingText(survey)).to.equal('Den här enkäten görs som en intervju');
      expect(text(survey)).to.contain('Någon från verksamheten ställer frågorna');
      expect(text(survey)).not.to.contain('Försök igen senare');
      // The editor's detail stays behind its disclosure.
      expect(shadow(survey).querySelector('details.editor')!.textContent).to.contain('"web"');
    });

    it('a definition that cannot be fetched', async () => {
      const survey = await mount('/finns-inte.json');
      expect(headingText(survey)).to.equal('Enkäten kan inte visas just nu');
      expect(text(survey)).to.contain('HTTP 404');
    });
  });

  describe('receipts', () => {
    it('queued: saved on this device and sent when there is internet', async () => {
      const survey = await renderExample(surveyExamples.queued, SURVEY);
      expect(headingText(survey)).to.equal(
        'Dina svar är sparade på den här enheten och skickas när du har internet.',
      );
      expect(focusedInWidget(survey)).to.equal(heading(survey));
    });

    it('while sending, Skicka stays focusable but a second press sends nothing more', async () => {
      const sent: string[] = [];
      let answer: (value: { status: number }) => void = () => undefined;
      const transport: Transport = (request) => {
        sent.push(request.submissionId);
        return new Promise((resolve) => (answer = resolve));
      };
      const survey = await mount(surveyUrls.foraldramottagning, { transport });
      await press(survey, 'Börja svara');
      const send = button(survey, 'Skicka')!;
      send.focus();
      send.click();
      // The outbox stores the answers before it sends them: under load that can outlast a few renders, and an
      // answer() before the request has arrived was lost (the test then waited for a receipt that never came).
      await waitFor(() => sent.length === 1, 'the request to reach the collector');
      await settled(survey);
      expect(send.getAttribute('aria-disabled')).to.equal('true');
      expect(send.disabled).to.equal(false);
      expect(focusedInWidget(survey)).to.equal(send);
      send.click();
      await settled(survey);
      answer({ status: 201 });
      await receipt(survey);
      expect(headingText(survey)).to.equal('Dina svar är skickade.');
      expect(new Set(sent).size).to.equal(1);
    });

    it('a queued receipt that turns into "sent" says so on the status line, once', async () => {
      let online = false;
      const transport: Transport = async () => {
        if (!online) throw new TypeError('Failed to fetch');
        return { status: 201 };
      };
      const survey = await mount(surveyUrls.foraldramottagning, { transport });
      await press(survey, 'Börja svara');
      await press(survey, 'Skicka');
      await receipt(survey);
      const status = shadow(survey).querySelector('p[role="status"]')!;
      // The receipt in one text, in reading order (a screen reader gets it as one announcement).
      expect(status.textContent!.trim()).to.equal(
        'Dina svar är sparade på den här enheten och skickas när du har internet. Du kan stänga sidan. Svaren skickas nästa gång du öppnar en sida med enkäten. Tack för att du svarade!',
      );
      online = true;
      window.dispatchEvent(new Event('online')); // the outbox sends what waited for the network
      await waitFor(() => /skickade/.test(headingText(survey)), 'the receipt to turn into "sent"');
      await settled(survey);
      expect(headingText(survey)).to.equal('Dina svar är skickade.');
      expect(status.textContent!.trim()).to.equal('Dina svar är skickade. Tack för att du svarade!');
      expect(shadow(survey).querySelectorAll('[role="status"]')).to.have.length(1);
    });

    it('sent: says "Tack" once, then what happens with the answers, in the survey’s own words', async () => {
      const survey = await mount(surveyUrls.foraldramottagning);
      await press(survey, 'Börja svara');
      await press(survey, 'Skicka');
      const shown = (await receipt(survey)).textContent!.replace(/\s+/g, ' ');
      expect(headingText(survey)).to.equal('Dina svar är skickade.');
      expect(shown.match(/Tack/g), shown).to.have.length(1);
      expect(shown).to.contain('Tack för att du svarade!');
      expect(shown).to.contain(
        'Vi vill veta hur stödet har fungerat för dig. Då kan vi göra det bättre för andra föräldrar.',
      );
    });

    it('sent, for a survey without thanks of its own: our thanks, once', async () => {
      const definition = {
        id: 'utan-tack',
        version: 1,
        lang: 'sv',
        title: { sv: 'Utan tack' },
        questions: [{ id: 'bra', type: 'text', text: { sv: 'Vad var bra?' } }],
      };
      const survey = await mount(definition);
      await press(survey, 'Börja svara');
      await press(survey, 'Skicka');
      const shown = (await receipt(survey)).textContent!.replace(/\s+/g, ' ');
      expect(shown.trim()).to.equal('Dina svar är skickade. Tack för att du svarade!');
    });

    it('rejected: what went wrong, in plain words, and a way back to the answers', async () => {
      const survey = await renderExample(surveyExamples.rejected, SURVEY);
      expect(headingText(survey)).to.equal('Dina svar kunde inte tas emot.');
      expect(text(survey)).to.contain('Något i svaren stämmer inte med enkäten.');
      expect(text(survey)).to.contain('answers.kon: Värdet finns inte i enkäten.');
      await press(survey, 'Gå tillbaka till frågorna');
      expect(headingText(survey)).to.equal('Fråga 1 av 7');
      expect(control(survey, 'vet-varfor')!.value, 'answers kept').to.equal('5');
    });

    it('410: the survey is closed, said plainly; no way back to answers that cannot be sent', async () => {
      const transport: Transport = async () => ({
        status: 410,
        problem: {
          type: 'survey-closed',
          title: 'Enkäten är stängd',
          detail: 'Enkäten är stängd. Den tar inte emot fler svar, och dina svar sparades inte.',
        },
      });
      const survey = await mount(surveyUrls.foraldramottagning, { transport });
      await press(survey, 'Börja svara');
      await press(survey, 'Skicka');
      const shown = (await receipt(survey)).textContent!;
      expect(headingText(survey)).to.equal('Enkäten är stängd');
      // The collector's own words (in the browser's language) say that the answers were not saved, once.
      expect(shown.split('dina svar sparades inte').length).to.equal(2);
      expect(text(survey)).not.to.contain('Något i svaren stämmer inte');
      expect(text(survey), 'the server’s words are not said twice').not.to.contain('Servern svarade');
      expect(button(survey, 'Gå tillbaka till frågorna')).to.equal(undefined);
    });

    it('410 in English: "The survey is closed"', async () => {
      const transport: Transport = async () => ({ status: 410 });
      const survey = await mount(surveyUrls.foraldramottagning, { transport, lang: 'en' });
      await press(survey, 'Start');
      await press(survey, 'Send');
      await receipt(survey);
      expect(headingText(survey)).to.equal('The survey is closed');
    });
  });

  describe('session', () => {
    it('answers in progress survive a reload in the same session (sessionStorage), never localStorage', async () => {
      localStorage.clear();
      const first = await mount(surveyUrls.barn);
      await press(first, 'Börja svara');
      await choose(first, 'vet-varfor', '2');
      await press(first, 'Fortsätt');
      await press(first, 'Lättläst');
      first.remove();
      const again = await mount(surveyUrls.barn);
      expect(headingText(again)).to.equal('Fråga 2 av 7');
      expect(control(again, 'lyssnade')!.label, 'Lättläst kept').to.equal('De vuxna lyssnade på mig.');
      await press(again, 'Tillbaka');
      expect(control(again, 'vet-varfor')!.value).to.equal('2');
      expect(localStorage.length).to.equal(0);
    });
  });

  describe('toolbar', () => {
    it('in view: Lyssna, Lättläst and Inställningar, with the rest behind it; 44 px targets', async () => {
      const survey = await mount(surveyUrls.barn);
      const shown = () =>
        [...shadow(survey).querySelectorAll<HTMLButtonElement>('[part~="toggle"]')].filter((t) =>
          t.checkVisibility(),
        );
      const names = () => shown().map((t) => t.textContent!.trim());
      expect(names()).to.deep.equal(['Lyssna', 'Lättläst', 'Inställningar']);
      const settings = button(survey, 'Inställningar')!;
      expect(settings.getAttribute('aria-expanded')).to.equal('false');
      await press(survey, 'Inställningar');
      expect(settings.getAttribute('aria-expanded')).to.equal('true');
      expect(names()).to.deep.equal([
        'Lyssna',
        'Lättläst',
        'Inställningar',
        'Bildstöd',
        'Svenska',
        'English',
        'Suomi',
        'العربية',
        'Svarar med stöd',
        'Styr med kontakt',
      ]);
      for (const toggle of shown()) {
        if (toggle !== settings) expect(toggle.getAttribute('aria-pressed')).to.be.oneOf(['true', 'false']);
        const box = toggle.getBoundingClientRect();
        expect(box.width, toggle.textContent!).to.be.at.least(44);
        expect(box.height, toggle.textContent!).to.be.at.least(44);
      }
    });

    it('at 320 px a child meets two rows of buttons above the question, not five', async () => {
      const survey = await mount(surveyUrls.barn);
      survey.style.inlineSize = '320px';
      await press(survey, 'Börja svara');
      const rows = new Set(
        [...shadow(survey).querySelectorAll<HTMLElement>('[part="toolbar"] button')]
          .filter((b) => b.checkVisibility())
          .map((b) => Math.round(b.getBoundingClientRect().top)),
      );
      expect(rows.size).to.be.at.most(2);
    });

    it('"Svarar med stöd" says, while it is on, what it means; "Styr med kontakt" says which key is the switch', async () => {
      const survey = await mount(surveyUrls.barn);
      await press(survey, 'Inställningar');
      await press(survey, 'Svarar med stöd');
      await press(survey, 'Inställningar'); // closed again: still said
      expect(text(survey)).to.contain(
        'Svarar med stöd är på: någon hjälper till att svara. Det står med svaren, men inte vem som hjälpte.',
      );
      await press(survey, 'Inställningar');
      await press(survey, 'Styr med kontakt');
      await waitFor(
        () => text(survey).includes('Styr med kontakt: tryck på mellanslag eller Enter'),
        'the switch',
      );
      expect(text(survey)).to.contain(
        'Styr med kontakt: tryck på mellanslag eller Enter när ringen är runt det du vill välja.',
      );
      await press(survey, 'Styr med kontakt');
      await press(survey, 'Svarar med stöd');
      expect(text(survey)).not.to.contain('Svarar med stöd är på');
      expect(text(survey)).not.to.contain('Styr med kontakt:');
    });

    it('Lättläst switches to plain variants; Bildstöd switches the faces off; both are sent in meta', async () => {
      const { transport, sent } = collector();
      const survey = await mount(surveyUrls.barn, { transport });
      await press(survey, 'Börja svara');
      expect(control(survey, 'vet-varfor')!.label).to.equal('Jag vet varför vi träffades.');
      await press(survey, 'Lättläst');
      expect(button(survey, 'Lättläst')!.getAttribute('aria-pressed')).to.equal('true');
      expect(control(survey, 'vet-varfor')!.label).to.equal('Jag vet varför jag var här.');
      const faces = () =>
        control(survey, 'vet-varfor')!.shadowRoot!.querySelectorAll('[part~="image"]').length;
      expect(faces()).to.equal(5);
      await press(survey, 'Bildstöd');
      expect(button(survey, 'Bildstöd')!.getAttribute('aria-pressed')).to.equal('false');
      expect(faces()).to.equal(0);
      await press(survey, 'Svarar med stöd');
      await choose(survey, 'vet-varfor', '5');
      for (let i = 0; i < 7; i++) await press(survey, /Fortsätt|Skicka/);
      await receipt(survey);
      expect(sent[0]!.body.meta).to.deep.equal({
        answeredBy: 'with-support',
        mode: 'web',
        plain: true,
        pictograms: false,
        readAloud: false,
      });
    });

    it('Bildstöd shows the pictograms of a choice question, each picture silent beside its named option', async () => {
      const definition = {
        id: 'bildstod',
        version: 1,
        lang: 'sv',
        audience: 'aac',
        title: 'Bildstöd',
        questions: [
          {
            id: 'trivs',
            type: 'choice',
            text: 'Trivs du hemma?',
            options: [
              { value: 'ja', text: 'Ja', pictogram: { builtin: 'yes' } },
              { value: 'ibland', text: 'Ibland', pictogram: { builtin: 'sometimes' } },
              { value: 'nej', text: 'Nej', pictogram: { builtin: 'no' } },
            ],
          },
        ],
      };
      const survey = await mount(definition);
      expect(button(survey, 'Bildstöd')!.getAttribute('aria-pressed')).to.equal('true');
      await press(survey, 'Börja svara');
      const choice = control(survey, 'trivs')!;
      expect(choice.getAttribute('display')).to.equal('pictogram');
      expect(choice.shadowRoot!.querySelectorAll('svara-pictogram')).to.have.length(3);
      const tree = await accessibilityTree();
      const radios = findNodes(tree, (node) => node.role === 'radio').map((node) => node.name);
      expect(radios).to.deep.equal(['Ja', 'Ibland', 'Nej']);
      await expectNoAxeViolations(survey);
      await press(survey, 'Bildstöd');
      expect(choice.getAttribute('display')).to.equal('text');
    });

    it('has no Bildstöd where there is nothing to show, and no Lättläst without plain texts', async () => {
      const survey = await mount(surveyUrls.foraldramottagning);
      expect(button(survey, 'Bildstöd')).to.equal(undefined);
      expect(button(survey, 'Lättläst')).to.equal(undefined);
      expect(button(survey, 'Svarar med stöd')).to.exist;
    });

    it('switching language re-renders every text and sets lang on the widget', async () => {
      const { transport, sent } = collector();
      const survey = await mount(surveyUrls.barn, { transport });
      await press(survey, 'English');
      expect(survey.getAttribute('lang')).to.equal('en');
      expect(headingText(survey)).to.equal('What did you think of meeting us?');
      await waitFor(() => button(survey, 'Start') !== undefined, 'English UI strings');
      await press(survey, 'Start');
      expect(headingText(survey)).to.equal('Question 1 of 7');
      expect(control(survey, 'vet-varfor')!.label).to.equal('I know why we met.');
      await choose(survey, 'vet-varfor', '1');
      for (let i = 0; i < 7; i++) await press(survey, /Continue|Send/);
      await receipt(survey);
      expect(sent[0]!.body.lang).to.equal('en');
    });
  });

  describe('Lyssna and Styr med kontakt', () => {
    /** Presses a widget button with the keyboard, so the browser counts it as a user action (speech needs one). */
    async function pressKey(survey: SvaraSurvey, name: string): Promise<void> {
      button(survey, name)!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(survey);
    }

    /** The text or value of what the scan highlight is on now, in the widget or its question control. */
    function highlighted(survey: SvaraSurvey): string | null {
      const mark = '[data-svara-scan-highlight]';
      const inWidget = shadow(survey).querySelector<HTMLElement>(`button${mark}`);
      if (inWidget) return inWidget.textContent!.trim();
      for (const el of shadow(survey).querySelectorAll('[data-question]')) {
        const input = el.shadowRoot?.querySelector<HTMLInputElement>(`input${mark}`);
        if (input) return input.value;
        const own = el.shadowRoot?.querySelector<HTMLElement>(`button${mark}`);
        if (own) return own.textContent!.trim();
      }
      return null;
    }

    /** Lets the auto-scan run until the highlight is on `target`, then presses the one switch (Space). */
    async function scanAndSelect(survey: SvaraSurvey, clock: FakeClock, target: string): Promise<void> {
      for (let step = 0; step < 20 && highlighted(survey) !== target; step++) {
        clock.advance(survey.scanInterval);
        await settled(survey);
      }
      expect(highlighted(survey), `scan highlight on ${target}`).to.equal(target);
      await sendKeys({ press: 'Space' });
      await settled(survey);
    }

    it('Lyssna reads the start screen, then each new question and its answers; meta says readAloud', async () => {
      const speech = fakeSpeech();
      const { transport, sent } = collector();
      const survey = await mount(surveyUrls.barn, { transport });
      survey.speech = speech.environment;
      expect(speech.spoken).to.have.length(0);
      await pressKey(survey, 'Lyssna');
      expect(button(survey, 'Lyssna')!.getAttribute('aria-pressed')).to.equal('true');
      await waitFor(() => speech.spoken.length > 0, 'the start screen read aloud');
      expect(speech.spoken[0]!.text).to.equal('Vad tyckte du om att träffa oss?');
      expect(speech.spoken[0]!.voice).to.match(/^sv/);
      speech.finishAll();
      expect(speech.spoken.map((u) => u.text)).to.include('Varför vi frågar');

      await pressKey(survey, 'Börja svara');
      await waitFor(() => speech.spoken.at(-1)!.text === 'Jag vet varför vi träffades.', 'question 1 read');
      speech.finishAll();
      const question = speech.spoken.map((u) => u.text);
      expect(question.slice(question.lastIndexOf('Jag vet varför vi träffades.'))).to.deep.equal([
        'Jag vet varför vi träffades.',
        'Stämmer inte alls',
        'Stämmer inte så bra',
        'Stämmer delvis',
        'Stämmer ganska bra',
        'Stämmer helt',
        'Vet inte',
        'Vill inte svara',
      ]);
      const scale = control(survey, 'vet-varfor')!;
      expect(scale.getAttribute('read-aloud')).to.equal('focus');
      expect(scale.shadowRoot!.querySelector('[part="read-aloud-button"]')).to.exist;

      await pressKey(survey, 'Lyssna');
      expect(scale.getAttribute('read-aloud')).to.equal('off');
      await choose(survey, 'vet-varfor', '4');
      for (let i = 0; i < 7; i++) await press(survey, /Fortsätt|Skicka/);
      await receipt(survey);
      expect(sent[0]!.body.meta['readAloud']).to.equal(false);
    });

    it('audio-manifest: recordings made by svara audio are played for the texts they have', async () => {
      const speech = fakeSpeech();
      const manifest = {
        format: 'svara-audio/1',
        survey: 'familjeenheten-barn',
        version: 1,
        clips: {
          sv: {
            'Vad tyckte du om att träffa oss?': 'https://svar.example/audio/sv/titel.wav',
            'Jag vet varför vi träffades.': 'https://svar.example/audio/sv/fraga-1.wav',
            'Stämmer helt': 'https://svar.example/audio/sv/stammer-helt.wav',
          },
        },
      };
      const url = URL.createObjectURL(new Blob([JSON.stringify(manifest)], { type: 'application/json' }));
      const survey = await mount(surveyUrls.barn);
      survey.speech = speech.environment;
      survey.audioManifest = url;
      await pressKey(survey, 'Lyssna');
      await waitFor(() => speech.played.length > 0, 'the title played from its recording');
      expect(speech.played[0]).to.equal('https://svar.example/audio/sv/titel.wav');
      speech.finishAll();
      expect(speech.spoken.map((u) => u.text)).to.include('Varför vi frågar');
      expect(speech.spoken.map((u) => u.text)).not.to.include('Vad tyckte du om att träffa oss?');
      await pressKey(survey, 'Börja svara');
      await waitFor(() => speech.played.includes('https://svar.example/audio/sv/fraga-1.wav'), 'question 1');
      speech.finishAll();
      expect(speech.played.at(-1)).to.equal('https://svar.example/audio/sv/stammer-helt.wav');
      expect(speech.spoken.map((u) => u.text)).to.include('Stämmer delvis');
      URL.revokeObjectURL(url);
    });

    it('read-aloud on the element starts with Lyssna pressed and sends meta.readAloud true', async () => {
      const { transport, sent } = collector();
      const survey = await mount(surveyUrls.barn, {
        readAloud: true,
        speech: fakeSpeech().environment,
        transport,
      });
      expect(button(survey, 'Lyssna')!.getAttribute('aria-pressed')).to.equal('true');
      await press(survey, 'Börja svara');
      await choose(survey, 'vet-varfor', '4');
      for (let i = 0; i < 7; i++) await press(survey, /Fortsätt|Skicka/);
      await receipt(survey);
      expect(sent[0]!.body.meta['readAloud']).to.equal(true);
    });

    it('read-aloud from the start: the start screen has its own "▶ Lyssna", which reads it all', async () => {
      // Nothing has been pressed when the page opens, and browsers speak only after a press: without a button of
      // its own, the start screen (why we ask, who sees the answers) was never read to a non-reader.
      const speech = fakeSpeech();
      const wrapper = await fixture<HTMLElement>(
        html`<main>
          <svara-survey
            lang="sv"
            read-aloud
            src=${surveyUrls.barn}
            .speech=${speech.environment}
            .outboxOptions=${{ name: `svara-outbox-test-${Date.now()}-${outboxes++}` }}
          ></svara-survey>
        </main>`,
      );
      const survey = wrapper.querySelector<SvaraSurvey>('svara-survey')!;
      await ready(survey);
      const listen = shadow(survey).querySelector<HTMLButtonElement>('.screen button.read-screen')!;
      expect(listen.textContent!.replace(/\s+/g, ' ').trim()).to.equal('▶ Lyssna');
      listen.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => speech.spoken.length > 0, 'the start screen read aloud');
      speech.finishAll();
      const said = speech.spoken.map((u) => u.text);
      expect(said[0]).to.equal('Vad tyckte du om att träffa oss?');
      expect(said).to.include('Vem som ser svaren');
      expect(said).to.include('Är det anonymt?');
      await pressKey(survey, 'Lyssna'); // off: no such button
      expect(shadow(survey).querySelector('.read-screen')).to.equal(null);
    });

    it('no voice for the language: said under the toolbar as soon as Lyssna is turned on', async () => {
      const speech = fakeSpeech(voicesWithoutSwedish());
      const survey = await mount(surveyUrls.barn);
      survey.speech = speech.environment;
      await pressKey(survey, 'Lyssna');
      const message = 'Uppläsning på svenska finns inte på den här enheten.';
      await waitFor(() => text(survey).includes(message), 'the missing voice said');
      const note = [...shadow(survey).querySelectorAll('.note')].find((p) =>
        p.textContent!.includes(message),
      )!;
      const toolbar = shadow(survey).querySelector('[part="toolbar"]')!;
      expect(toolbar.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(note.getBoundingClientRect().top).to.be.lessThan(heading(survey).getBoundingClientRect().top);
      expect(speech.spoken, 'nothing read with another language’s voice').to.have.length(0);
      await pressKey(survey, 'Lyssna');
      expect(text(survey)).not.to.contain(message);
    });

    it('a Swedish question that falls back inside the Arabic widget is read with a Swedish voice', async () => {
      const speech = fakeSpeech(); // Swedish and Arabic voices, as on a Mac
      const survey = await mount(surveyUrls.foraldramottagning, { lang: 'ar' });
      survey.speech = speech.environment;
      shadow(survey).querySelector<HTMLButtonElement>('.screen button.primary')!.click(); // بدء الإجابة
      await settled(survey);
      await pressKey(survey, 'استمع'); // Lyssna
      const question = 'Hur nöjd är du med stödet du har fått?';
      await waitFor(() => speech.spoken.some((u) => u.text === question), 'the question read');
      expect(speech.spoken.find((u) => u.text === question)!.voice).to.match(/^sv/);
    });

    it('Styr med kontakt: one switch answers the children’s survey from start to receipt', async () => {
      const clock = new FakeClock();
      const { transport, sent } = collector();
      const survey = await mount(surveyUrls.barn, { transport, clock });
      await press(survey, 'Styr med kontakt');
      expect(button(survey, 'Styr med kontakt')!.getAttribute('aria-pressed')).to.equal('true');
      await scanAndSelect(survey, clock, 'Börja svara');
      expect(headingText(survey)).to.equal('Fråga 1 av 7');
      const faces = { 'vet-varfor': '4', lyssnade: '5', 'kunde-saga': '1', snalla: '3', 'vet-vad-nu': '2' };
      for (const [id, face] of Object.entries(faces)) {
        expect(control(survey, id), id).to.exist;
        await scanAndSelect(survey, clock, face);
        expect(control(survey, id)!.value).to.equal(face);
        await scanAndSelect(survey, clock, 'Fortsätt');
      }
      await scanAndSelect(survey, clock, 'pojke');
      await scanAndSelect(survey, clock, 'Fortsätt');
      expect(headingText(survey)).to.equal('Fråga 7 av 7');
      await scanAndSelect(survey, clock, 'Skicka');
      await receipt(survey);
      expect(sent).to.have.length(1);
      expect(sent[0]!.body.answers).to.deep.equal({
        'vet-varfor': 4,
        lyssnade: 5,
        'kunde-saga': 1,
        snalla: 3,
        'vet-vad-nu': 2,
        kon: 'pojke',
      });
    });

    it('Styr med kontakt puts a general survey one question per screen, keeping the answers', async () => {
      const survey = await mount(surveyUrls.foraldramottagning);
      await press(survey, 'Börja svara');
      const all = shadow(survey).querySelectorAll('[data-question]').length;
      expect(all).to.be.greaterThan(1);
      await choose(survey, 'nojd', '4');
      await press(survey, 'Styr med kontakt');
      expect(shadow(survey).querySelectorAll('[data-question]')).to.have.length(1);
      expect(control(survey, 'nojd')!.value).to.equal('4');
      expect(headingText(survey)).to.match(/^Fråga 1 av \d+$/);
      await press(survey, 'Styr med kontakt');
      expect(shadow(survey).querySelectorAll('[data-question]')).to.have.length(all);
    });

    it('neither toggle in an interview (staff read and type)', async () => {
      const survey = await mount(surveyUrls.bemotandekollen, { mode: 'interview' });
      expect(button(survey, 'Lyssna')).to.equal(undefined);
      expect(button(survey, 'Styr med kontakt')).to.equal(undefined);
    });
  });

  describe('loading', () => {
    it('a definition requested early (while the embed bundle runs) is used once, not fetched again', async () => {
      const { requested, restore } = recordFetches();
      try {
        const wrapper = await fixture<HTMLElement>(html`<main></main>`);
        const element = document.createElement('svara-survey') as SvaraSurvey;
        element.outboxOptions = { name: `svara-outbox-test-${Date.now()}-${outboxes++}` };
        element.setAttribute('src', surveyUrls.barn);
        wrapper.append(element);
        // What embed.ts does before the widget's first update: the request starts at once, and the widget takes it.
        fetchDefinitionsEarly();
        expect(requested).to.deep.equal([surveyUrls.barn]);
        await ready(element);
        expect(headingText(element)).to.equal('Vad tyckte du om att träffa oss?');
        expect(requested, `the widget took the early response: ${requested.join(' ')}`).to.deep.equal([
          surveyUrls.barn,
        ]);
        expect(takeEarlyDefinition(surveyUrls.barn)).to.equal(undefined);
      } finally {
        restore();
      }
    });
  });

  describe('a screen of many questions', () => {
    it('comes up with its heading focused and its first questions at once, the rest in order after, then the buttons', async () => {
      const survey = await mount(surveyUrls.handlaggare);
      const questions = () =>
        [...shadow(survey).querySelectorAll<HTMLElement>('[data-question]')].map(
          (el) => el.dataset['question'],
        );
      const navigation = () => shadow(survey).querySelector<HTMLElement>('.navigation')!;
      button(survey, 'Börja svara')!.click();
      // The task after the click's: the click's own render has run, the rest of the screen has not.
      await new Promise((resolve) => setTimeout(resolve));
      expect(focusedInWidget(survey), 'focus on the new heading at once').to.equal(heading(survey));
      const firstTwo = questions();
      expect(firstTwo).to.have.length(2);
      expect(navigation().hidden, 'no "Skicka" under a half-drawn screen').to.be.true;
      await survey.updateComplete;
      const definition = (await (await fetch(surveyUrls.handlaggare)).json()) as {
        questions: { id: string }[];
      };
      expect(questions()).to.deep.equal(definition.questions.map((q) => q.id));
      expect(questions().slice(0, 2), 'the first ones stay first').to.deep.equal(firstTwo);
      expect(navigation().hidden).to.be.false;
      expect(focusedInWidget(survey), 'focus stays on the heading').to.equal(heading(survey));
    });
  });

  describe('inline definition', () => {
    /** `<svara-survey src=…><script type="application/json">{json}</script></svara-survey>`, as a page writes it. */
    async function mountInline(json: string, transport = collector().transport): Promise<SvaraSurvey> {
      const wrapper = await fixture<HTMLElement>(html`<main></main>`);
      const element = document.createElement('svara-survey') as SvaraSurvey;
      element.lang = 'sv';
      element.transport = transport;
      element.clock = new FakeClock();
      element.outboxOptions = { name: `svara-outbox-test-${Date.now()}-${outboxes++}` };
      element.setAttribute('src', '/api/surveys/foraldramottagning');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      element.append(script);
      wrapper.append(element);
      fetchDefinitionsEarly(); // what the embed does first: it must leave this element alone
      await ready(element);
      return element;
    }

    const foraldramottagning = async () =>
      (await (await fetch(surveyUrls.foraldramottagning)).json()) as { title: unknown };

    it('is shown without a request; answers still go to {src}/responses', async () => {
      const json = JSON.stringify(await foraldramottagning());
      const { requested, restore } = recordFetches();
      try {
        const { transport, sent } = collector();
        const survey = await mountInline(json, transport);
        expect(headingText(survey)).to.equal('Vad tyckte du om stödet från oss?');
        await press(survey, 'Börja svara');
        await press(survey, 'Skicka');
        await receipt(survey);
        expect(requested, `no definition fetched: ${requested.join(' ')}`).to.deep.equal([]);
        expect(takeEarlyDefinition('/api/surveys/foraldramottagning')).to.equal(undefined);
        expect(sent[0]!.url).to.equal('/api/surveys/foraldramottagning/responses');
        expect(sent[0]!.body).to.include({ surveyId: 'foraldramottagning' });
      } finally {
        restore();
      }
    });

    it('the collector’s context in the inline JSON stamps the unit and round into the answer', async () => {
      const context = {
        unit: { id: 'familjeenheten-norr', name: 'Familjeenheten Norr' },
        round: { id: 'r2027' },
      };
      const { transport, sent } = collector();
      const survey = await mountInline(
        JSON.stringify({ ...(await foraldramottagning()), context }),
        transport,
      );
      await press(survey, 'Börja svara');
      await press(survey, 'Skicka');
      await receipt(survey);
      expect(sent[0]!.body).to.include({ unit: 'familjeenheten-norr', round: 'r2027' });
    });

    it('text with "</script" inside, written as \\u003c, is shown as written', async () => {
      const definition = { ...(await foraldramottagning()), title: 'Före </script><!-- efter' };
      const survey = await mountInline(JSON.stringify(definition).replace(/</g, '\\u003c'));
      expect(headingText(survey)).to.equal('Före </script><!-- efter');
    });

    it('JSON that does not parse: the plain message for respondents, the problem for the editor and the console', async () => {
      const warnings: unknown[][] = [];
      const realWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const survey = await mountInline('{"id": "foraldramottagning", "version": 1,');
        expect(headingText(survey)).to.equal('Enkäten kan inte visas just nu');
        expect(text(survey)).to.contain('Försök igen senare');
        expect(text(survey)).to.contain('<script type="application/json">: SyntaxError');
        expect(JSON.stringify(warnings)).to.contain('<script type=\\"application/json\\">: SyntaxError');
      } finally {
        console.warn = realWarn;
      }
    });
  });

  describe('unit', () => {
    it('unit="…": the definition is asked for with ?unit=, and each answer is stamped with the unit', async () => {
      const { requested, restore } = recordFetches();
      try {
        const { transport, sent } = collector();
        const survey = await mount(surveyUrls.foraldramottagning, { unit: 'familjeenheten-norr', transport });
        expect(requested.some((url) => new URL(url, location.href).search === '?unit=familjeenheten-norr')).to
          .be.true;
        await press(survey, 'Börja svara');
        await press(survey, 'Skicka');
        await receipt(survey);
        expect(sent[0]!.body).to.include({ unit: 'familjeenheten-norr' });
        expect(sent[0]!.body).not.to.have.property('round');
      } finally {
        restore();
      }
    });

    it('the collector’s context (unit and round) is taken off the definition and stamped into the answer', async () => {
      useFullValidation(); // the schema's strict check: a definition has no "context"
      const definition = (await (await fetch(surveyUrls.foraldramottagning)).json()) as object;
      const context = {
        unit: { id: 'familjeenheten-norr', name: 'Familjeenheten Norr' },
        round: { id: 'r2027', name: '2027', opens: '2027-01-10', closes: '2027-03-31' },
      };
      const { transport, sent } = collector();
      const survey = await mount(
        { ...definition, context },
        { endpoint: '/api/surveys/foraldramottagning/responses', transport },
      );
      expect(headingText(survey), 'shown, not refused for its context').not.to.equal(
        'Enkäten kan inte visas just nu',
      );
      await press(survey, 'Börja svara');
      await press(survey, 'Skicka');
      await receipt(survey);
      expect(sent[0]!.body).to.include({ unit: 'familjeenheten-norr', round: 'r2027' });
      expect(sent[0]!.body).not.to.have.property('context');
    });
  });

  describe('honeypot', () => {
    it('people never meet it: hidden from assistive technology, out of the tab order, not sent when empty', async () => {
      const { transport, sent } = collector();
      const survey = await mount(surveyUrls.foraldramottagning, { transport });
      await press(survey, 'Börja svara');
      const field = shadow(survey).querySelector<HTMLInputElement>('.honeypot input')!;
      expect(field.tabIndex).to.equal(-1);
      expect(field.closest('[aria-hidden="true"]')).to.exist;
      const tree = await accessibilityTree('svara-survey');
      expect(JSON.stringify(tree)).not.to.contain('tomt');
      await choose(survey, 'nojd', '4');
      await press(survey, 'Skicka');
      await receipt(survey);
      expect(sent[0]!.body).not.to.have.property('honeypot');
    });

    it('what a bot types is sent as the collector’s top-level "honeypot"', async () => {
      const { transport, sent } = collector();
      const survey = await mount(surveyUrls.foraldramottagning, { transport });
      await press(survey, 'Börja svara');
      const field = shadow(survey).querySelector<HTMLInputElement>('.honeypot input')!;
      field.value = 'https://spam.example';
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await press(survey, 'Skicka');
      await receipt(survey);
      expect((sent[0]!.body as unknown as Record<string, unknown>)['honeypot']).to.equal(
        'https://spam.example',
      );
    });
  });

  describe('Arabic', () => {
    /** Where the first and the last character of `element`'s text are drawn (left edges, in px). */
    const ends = (element: Element): { first: number; last: number } => {
      const node = [...walkText(element)].find((n) => n.data.trim() !== '')!;
      const start = node.data.search(/\S/);
      const end = node.data.trimEnd().length - 1;
      const rect = (i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect().left;
      };
      return { first: rect(start), last: rect(end) };
    };
    function* walkText(element: Element): Generator<Text> {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) yield walker.currentNode as Text;
    }

    it('Swedish that falls back inside the Arabic widget is laid out left to right, with lang and dir', async () => {
      const survey = await renderExample(surveyExamples.arabic, SURVEY);
      // The question's label is slotted into the control with its own language and direction.
      const slotted = control(survey, 'far-stodet')!.querySelector('[slot="label"]')!;
      expect(slotted.getAttribute('lang')).to.equal('sv');
      expect(slotted.getAttribute('dir')).to.equal('ltr');
      // "Får du det stöd som står i beslutet?": the question mark is drawn at the end (right), not at the left.
      const label = ends(slotted);
      expect(label.last, 'the ? right of the F').to.be.greaterThan(label.first);
      // The screen's heading (the survey's title), and the start screen's texts, the same.
      const title = heading(survey);
      expect([title.getAttribute('lang'), title.getAttribute('dir')]).to.deep.equal(['sv', 'ltr']);
      const { first, last } = ends(title);
      expect(last).to.be.greaterThan(first);
      await press(survey, /رجوع/);
      const texts = [...shadow(survey).querySelectorAll('[lang="sv"]')];
      expect(texts.length).to.be.greaterThan(2);
      for (const text of texts) expect(text.getAttribute('dir'), text.textContent!).to.equal('ltr');
    });

    it('lays out right to left with Arabic UI strings; Swedish questions keep lang="sv"', async () => {
      const survey = await renderExample(surveyExamples.arabic, SURVEY);
      expect(survey.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(shadow(survey).querySelector('.navigation')!).direction).to.equal('rtl');
      expect(survey.getAttribute('lang')).to.equal('ar');
      expect(control(survey, 'far-stodet')!.label).to.equal('Får du det stöd som står i beslutet?');
      const next = [...shadow(survey).querySelectorAll('button')].at(-1)!;
      expect(next.textContent!.trim()).not.to.equal('Fortsätt');
      // Tillbaka (start of the line) is to the right of Fortsätt in right-to-left.
      const [back, forward] = [...shadow(survey).querySelectorAll('.navigation button')];
      expect(back!.getBoundingClientRect().left).to.be.greaterThan(forward!.getBoundingClientRect().left);
    });
  });

  describe('modes', () => {
    it('interview: prompts for the interviewer, meta answeredBy interviewer, a fresh response after each submit', async () => {
      const { transport, sent } = collector();
      const survey = await mount(surveyUrls.bemotandekollen, { transport, mode: 'interview' });
      expect(text(survey)).to.contain('Till dig som intervjuar:');
      expect(button(survey, 'Svarar med stöd')).to.equal(undefined);
      await press(survey, 'Börja svara');
      expect(text(survey)).to.contain('Läs upp frågan och svarsalternativen.');
      await choose(survey, 'verksamhet', 'bostad');
      await press(survey, 'Skicka');
      await press(survey, 'Skicka ändå'); // the seven questions left blank
      await receipt(survey);
      expect(sent[0]!.body.meta).to.include({ answeredBy: 'interviewer', mode: 'interview' });
      await press(survey, 'Starta en ny intervju');
      expect(headingText(survey)).to.equal('Bemötandekollen');
      await press(survey, 'Börja svara');
      const answered = [
        ...shadow(survey).querySelectorAll<HTMLElement & { value: string }>('[data-question]'),
      ].filter((c) => c.value);
      expect(answered, 'a fresh response').to.have.length(0);
    });

    it('interview: the privacy wording of a call the staff placed, not "Vi vet inte vem som har svarat"', async () => {
      const survey = await mount(surveyUrls.bemotandekollen, { mode: 'interview' });
      expect(text(survey)).not.to.contain('Vi vet inte vem som har svarat');
      expect(text(survey)).to.contain(
        'Ditt namn sparas inte med svaren. Jag som frågar vet vem du är, men ingen som läser svaren kan se vem som har svarat.',
      );
    });

    it('interview: "Skicka" with blanks asks first, and leads back to the first question without an answer', async () => {
      const { transport, sent } = collector();
      const survey = await mount(surveyUrls.bemotandekollen, { transport, mode: 'interview' });
      await press(survey, 'Börja svara');
      await choose(survey, 'verksamhet', 'bostad');
      await press(survey, 'Skicka');
      expect(sent).to.have.length(0);
      const question = shadow(survey).querySelector<HTMLElement>('#confirm')!;
      expect(question.textContent!.trim()).to.equal('Skicka utan svar på 7 frågor?');
      expect(focusedInWidget(survey)).to.equal(question);
      expect(button(survey, 'Skicka')!.checkVisibility()).to.equal(false);

      await press(survey, 'Visa frågorna utan svar');
      expect(shadow(survey).querySelector('#confirm')).to.equal(null);
      expect(focusedInWidget(survey), 'the first question without an answer').to.equal(
        control(survey, 'respekt'),
      );
      await choose(survey, 'respekt', 'yes');
      await press(survey, 'Skicka');
      expect(shadow(survey).querySelector('#confirm')!.textContent!.trim()).to.equal(
        'Skicka utan svar på 6 frågor?',
      );
      await press(survey, 'Skicka ändå');
      await receipt(survey);
      expect(sent).to.have.length(1);
    });

    it('interview: no empty toolbar (no rule, no empty group) when there is nothing to switch', async () => {
      const survey = await mount(surveyUrls.bemotandekollen, { mode: 'interview' });
      expect(shadow(survey).querySelector('[part="toolbar"]')).to.equal(null);
      await press(survey, 'Börja svara');
      expect(shadow(survey).querySelector('[part="toolbar"]')).to.equal(null);
    });

    it('kiosk: starts over after 2 minutes without input and keeps nothing in sessionStorage', async () => {
      const clock = new FakeClock();
      const survey = await mount(surveyUrls.trygghet, { mode: 'kiosk', clock });
      await press(survey, 'Börja svara');
      await choose(survey, 'trygghet', '3', 'dag');
      expect(sessionStorage.length).to.equal(0);
      clock.advance(KIOSK_IDLE_MS - 1000);
      await settled(survey);
      expect(button(survey, 'Börja svara'), 'still on the question').to.equal(undefined);
      clock.advance(1000);
      await settled(survey);
      expect(button(survey, 'Börja svara'), 'back at the start').to.exist;
      await press(survey, 'Börja svara');
      expect(control(survey, 'trygghet')!.value, 'the answer is gone').to.equal('');
    });

    it('kiosk: the next person starts without the last one’s switch scanning, and Enter works again', async () => {
      const clock = new FakeClock();
      const survey = await mount(surveyUrls.trygghet, { mode: 'kiosk', clock });
      await press(survey, 'Styr med kontakt');
      await press(survey, 'Börja svara');
      while (!button(survey, 'Skicka')) await press(survey, 'Fortsätt'); // one question per screen while scanning
      await press(survey, 'Skicka');
      await receipt(survey);
      const scanned = shadow(survey).querySelector('[data-svara-scan-highlight]');
      expect(scanned, 'scanning on the receipt').to.exist;
      clock.advance(20_000); // the kiosk starts over after the receipt
      await settled(survey);
      await new Promise((resolve) => setTimeout(resolve));
      expect(button(survey, 'Styr med kontakt')!.getAttribute('aria-pressed')).to.equal('false');
      expect(shadow(survey).querySelector('[data-svara-scan-highlight]'), 'no scan left running').to.equal(
        null,
      );
      button(survey, 'Börja svara')!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(survey);
      expect(button(survey, 'Börja svara'), 'Enter left the start screen').to.equal(undefined);
      expect(control(survey, 'trygghet'), 'the first question is shown').to.exist;
    });

    it('kiosk: starts over after sending', async () => {
      const clock = new FakeClock();
      const survey = await mount(surveyUrls.trygghet, { mode: 'kiosk', clock });
      await press(survey, 'Börja svara');
      await press(survey, 'Skicka');
      await receipt(survey);
      expect(headingText(survey)).to.equal('Dina svar är skickade.');
      clock.advance(20_000);
      await settled(survey);
      expect(button(survey, 'Börja svara'), 'back at the start').to.exist;
    });
  });
});
