/**
 * Examples of `<svara-survey>`: the single source for its stories, its tests and the axe checks. The survey
 * definitions are the city's own, from `examples/surveys/` (checked by @svara/schema in its tests).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Transport } from '../../transport/send.js';
import type { SvaraSurvey } from './survey.js';
import { fakeSpeech } from '@svara/testing/fake-speech';
import './survey.define.js';

/**
 * Where the city's survey definitions are served from: `new URL(…, import.meta.url)` is resolved by the test
 * server (the repository root) and by Vite in Storybook, so the widget loads them with `src`, as a host page does.
 */
const definition = (file: string): string =>
  new URL(`../../../../../examples/surveys/${file}.json`, import.meta.url).href;

export const surveyUrls = {
  barn: definition('familjeenheten-barn'),
  bemotandekollen: definition('bemotandekollen'),
  foraldramottagning: definition('foraldramottagning'),
  handlaggare: definition('uppfoljning-handlaggare'),
  trygghet: definition('medborgardialog-trygghet'),
  synpunkter: definition('synpunkter'),
  klient: definition('uppfoljning-klient'),
} as const;

/** A collector that accepts everything (201). */
export const acceptingTransport: Transport = async () => ({ status: 201 });
/** No network: every attempt fails without an answer, so submissions wait in the outbox. */
export const offlineTransport: Transport = async () => {
  throw new TypeError('Failed to fetch');
};
/** A collector that refuses the submission as the reference collector does (422 + problem details). */
export const refusingTransport: Transport = async () => ({
  status: 422,
  problem: { title: 'Svaret stämmer inte med enkäten', detail: 'answers.kon: Värdet finns inte i enkäten.' },
});

export interface SurveyExample {
  /** Story name. */
  title: string;
  /** What the example shows, for the docs page. */
  description: string;
  /** The markup a host page would write (the definition given as a property instead of `src`). */
  render(transport?: Transport): TemplateResult;
  /** Brings the widget to the documented screen. */
  prepare?(survey: SvaraSurvey): Promise<void>;
}

const root = (survey: SvaraSurvey): ShadowRoot => survey.shadowRoot!;

/** Waits until the widget and every control inside it have rendered. */
export async function settled(survey: SvaraSurvey): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await survey.updateComplete;
    const controls = [...root(survey).querySelectorAll('*')].filter(
      (el): el is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in el,
    );
    await Promise.all(controls.map((control) => control.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Clicks the widget's button with this visible name (as a user would). */
export async function press(survey: SvaraSurvey, name: string | RegExp): Promise<void> {
  const button = [...root(survey).querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  );
  if (!button) {
    const seen = [...root(survey).querySelectorAll('button')].map((b) => b.textContent?.trim());
    throw new Error(`no button ${String(name)} (buttons: ${seen.join(', ')})`);
  }
  button.click();
  await settled(survey);
}

/** Chooses an answer in the control of `questionId` by clicking its radio or checkbox with this value. */
export async function choose(
  survey: SvaraSurvey,
  questionId: string,
  value: string,
  item?: string,
): Promise<void> {
  const selector = item
    ? `[data-question="${questionId}"][data-item="${item}"]`
    : `[data-question="${questionId}"]`;
  const control = root(survey).querySelector<HTMLElement>(selector);
  const input = control?.shadowRoot?.querySelector<HTMLInputElement>(`input[value="${value}"]`);
  if (!input) throw new Error(`no option ${value} in ${questionId}`);
  input.click();
  await settled(survey);
}

/** Waits until the receipt is shown. */
export async function receipt(survey: SvaraSurvey): Promise<HTMLElement> {
  for (let i = 0; i < 100; i++) {
    const found = root(survey).querySelector<HTMLElement>('[part="receipt"]');
    if (found) {
      await settled(survey);
      return found;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no receipt');
}

/** Waits until the definition is loaded and the first screen is shown. */
export async function ready(survey: SvaraSurvey): Promise<void> {
  for (let i = 0; i < 200 && !root(survey)?.querySelector('[data-screen-heading]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await settled(survey);
}

async function answerBarn(survey: SvaraSurvey): Promise<void> {
  await ready(survey);
  await press(survey, 'Börja svara');
  for (const id of ['vet-varfor', 'lyssnade', 'kunde-saga', 'snalla', 'vet-vad-nu']) {
    await choose(survey, id, '5');
    await press(survey, 'Fortsätt');
  }
  await choose(survey, 'kon', 'flicka');
  await press(survey, 'Fortsätt');
  await press(survey, 'Skicka');
  await receipt(survey);
}

const outbox = { name: 'svara-outbox-examples' };

const barnWidget = (
  transport: Transport = acceptingTransport,
  attrs: { lang?: string; audience?: SvaraSurvey['audience'] } = {},
) =>
  html`<svara-survey
    data-example
    lang=${attrs.lang ?? 'sv'}
    .audience=${attrs.audience ?? 'child'}
    src=${surveyUrls.barn}
    .transport=${transport}
    .outboxOptions=${outbox}
  ></svara-survey>`;

export const surveyExamples = {
  start: {
    title: 'Startskärm',
    description:
      'The children’s survey before it starts: title, how long it takes, why we ask, who sees the answers, whether it is anonymous.',
    render: (transport?: Transport) => barnWidget(transport),
    prepare: ready,
  },
  childQuestion: {
    title: 'Fråga för barn',
    description: 'One question per screen with five faces, "Fråga 1 av 7", large targets.',
    render: (transport?: Transport) => barnWidget(transport),
    prepare: async (survey) => {
      await ready(survey);
      await press(survey, 'Börja svara');
    },
  },
  aacQuestion: {
    title: 'Fråga med bildstöd (AKK)',
    description:
      'audience="aac": one question per screen, 44 px targets, faces, the plain variants switched on.',
    render: (transport?: Transport) =>
      html`<svara-survey
        data-example
        lang="sv"
        audience="aac"
        plain
        src=${surveyUrls.barn}
        .transport=${transport ?? acceptingTransport}
        .outboxOptions=${outbox}
      ></svara-survey>`,
    prepare: async (survey) => {
      await ready(survey);
      await press(survey, 'Börja svara');
    },
  },
  listening: {
    title: 'Lyssna',
    description:
      'read-aloud: "Lyssna" is pressed in the toolbar; each question has its own "Lyssna" button and each answer is read as it gets focus (a silent fake voice here).',
    render: (transport?: Transport) =>
      html`<svara-survey
        data-example
        lang="sv"
        read-aloud
        src=${surveyUrls.barn}
        .speech=${fakeSpeech().environment}
        .transport=${transport ?? acceptingTransport}
        .outboxOptions=${outbox}
      ></svara-survey>`,
    prepare: async (survey) => {
      await ready(survey);
      await press(survey, 'Börja svara');
      // A person's press on "Börja svara" is the user action a browser needs before it speaks, and the widget
      // then reads the first question. A scripted click is none (whether the page counts as used varies from load
      // to load), so the example starts that reading as the press would: the same screen either way.
      await root(survey)
        .querySelector<HTMLElement & { readQuestion(): Promise<void> }>('[data-question]')
        ?.readQuestion();
      await settled(survey);
    },
  },
  switchScanning: {
    title: 'Styr med kontakt',
    description:
      'scanning: a support person pressed "Styr med kontakt"; the highlight moves through the faces, "Tillbaka" and "Fortsätt", and one switch (Space or Enter) chooses. Slow here (10 s a step, the first twice as long), so that every picture of it has the highlight on the first face.',
    render: (transport?: Transport) =>
      html`<svara-survey
        data-example
        lang="sv"
        scanning
        scan-interval="10000"
        src=${surveyUrls.barn}
        .transport=${transport ?? acceptingTransport}
        .outboxOptions=${outbox}
      ></svara-survey>`,
    prepare: async (survey) => {
      await ready(survey);
      await press(survey, 'Börja svara');
    },
  },
  generalPage: {
    title: 'Frågor på en sida',
    description:
      'A general survey: all questions on one screen; a follow-up appears after a low score (showIf).',
    render: (transport?: Transport) =>
      html`<svara-survey
        data-example
        lang="sv"
        src=${surveyUrls.foraldramottagning}
        .transport=${transport ?? acceptingTransport}
        .outboxOptions=${outbox}
      ></svara-survey>`,
    prepare: async (survey) => {
      await ready(survey);
      await press(survey, 'Börja svara');
      await choose(survey, 'nojd', '2');
    },
  },
  scaleGroup: {
    title: 'Flera påståenden',
    description: 'The citizen dialogue: a scale-group and, after "otrygg", a question with several answers.',
    render: (transport?: Transport) =>
      html`<svara-survey
        data-example
        lang="sv"
        mode="kiosk"
        src=${surveyUrls.trygghet}
        .transport=${transport ?? acceptingTransport}
        .outboxOptions=${outbox}
      ></svara-survey>`,
    prepare: async (survey) => {
      await ready(survey);
      await press(survey, 'Börja svara');
      await choose(survey, 'trygghet', '1', 'kvall');
    },
  },
  errorSummary: {
    title: 'Felsammanfattning',
    description:
      'The social worker’s assessment with required questions: "Skicka" without answers shows the error summary.',
    render: (transport?: Transport) =>
      html`<svara-survey
        data-example
        lang="sv"
        src=${surveyUrls.handlaggare}
        .transport=${transport ?? acceptingTransport}
        .outboxOptions=${outbox}
      ></svara-survey>`,
    prepare: async (survey) => {
      await ready(survey);
      await press(survey, 'Börja svara');
      await press(survey, 'Skicka');
    },
  },
  delivered: {
    title: 'Kvitto: skickat',
    description: 'After "Skicka" with a collector that answered 201.',
    render: (transport?: Transport) => barnWidget(transport ?? acceptingTransport),
    prepare: answerBarn,
  },
  queued: {
    title: 'Kvitto: sparat på enheten',
    description: 'No network: the answers wait in the outbox on this device.',
    render: () => barnWidget(offlineTransport),
    prepare: answerBarn,
  },
  rejected: {
    title: 'Kvitto: kunde inte tas emot',
    description: 'The collector refused the submission (422): what went wrong, in plain words.',
    render: () => barnWidget(refusingTransport),
    prepare: answerBarn,
  },
  interview: {
    title: 'Intervju',
    description: 'mode="interview": Bemötandekollen by phone, with prompts for the interviewer.',
    render: (transport?: Transport) =>
      html`<svara-survey
        data-example
        lang="sv"
        mode="interview"
        src=${surveyUrls.bemotandekollen}
        .transport=${transport ?? acceptingTransport}
        .outboxOptions=${outbox}
      ></svara-survey>`,
    prepare: async (survey) => {
      await ready(survey);
      await press(survey, 'Börja svara');
    },
  },
  arabic: {
    title: 'Arabiska',
    description:
      'lang="ar": svara’s texts in Arabic, laid out right to left; the client follow-up has no Arabic texts, so its questions fall back to Swedish (marked lang="sv"). (The children’s survey has its own Arabic.)',
    render: (transport?: Transport) =>
      html`<svara-survey
        data-example
        lang="ar"
        src=${surveyUrls.klient}
        .transport=${transport ?? acceptingTransport}
        .outboxOptions=${outbox}
      ></svara-survey>`,
    prepare: async (survey) => {
      await ready(survey);
      await press(survey, /ابدأ/);
    },
  },
  unavailable: {
    title: 'Kan inte visas',
    description:
      'A broken definition, written into the page (an inline `<script type="application/json">`, which the widget shows without a request): respondents read a plain message, editors find the path-and-message list.',
    render: () =>
      html`<svara-survey data-example lang="sv" .outboxOptions=${outbox}>
        <script type="application/json">
          {
            "id": "trasig",
            "version": 1,
            "lang": "sv",
            "title": "Trasig",
            "questions": [{ "id": "a", "type": "slider" }]
          }
        </script>
      </svara-survey>`,
    prepare: ready,
  },
} satisfies Record<string, SurveyExample>;

export type SurveyExampleName = keyof typeof surveyExamples;
