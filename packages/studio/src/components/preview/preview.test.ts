import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { StudioAcknowledgeEvent } from '../../events.js';
import type { SvaraStudioPreview } from './preview.js';
import { exampleSurvey, previewExamples, examplePreviewUrl } from './preview.examples.js';
import type { PreviewExample } from './preview.examples.js';
import './preview.define.js';

async function renderExample(example: PreviewExample): Promise<SvaraStudioPreview> {
  await setLocale(example.locale ?? 'sv');
  const wrapper = await fixture<HTMLElement>(html`<div>${example.render()}</div>`);
  const preview = wrapper.querySelector<SvaraStudioPreview>('svara-studio-preview')!;
  await preview.updateComplete;
  return preview;
}

function frame(preview: SvaraStudioPreview, kind: string): HTMLIFrameElement {
  return preview.shadowRoot!.querySelector<HTMLIFrameElement>(`iframe[data-kind="${kind}"]`)!;
}

/** The text of a node and every shadow root below it. */
function deepText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      if (element.localName === 'style') continue;
      if (element.shadowRoot) text += deepText(element.shadowRoot);
      text += deepText(element);
    }
  }
  return text;
}

/** The text of the widget inside a preview frame, once it shows `expected`. */
async function widgetText(preview: SvaraStudioPreview, kind: string, expected: RegExp): Promise<string> {
  let text = '';
  await waitUntil(
    () => {
      const widget = frame(preview, kind).contentDocument?.querySelector('svara-survey');
      text = widget?.shadowRoot ? deepText(widget.shadowRoot).replace(/\s+/g, ' ') : '';
      return expected.test(text);
    },
    `the ${kind} preview never showed ${expected}`,
    { timeout: 8000 },
  );
  return text;
}

describe('svara-studio-preview', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(previewExamples) as [string, PreviewExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('once updated, each frame is as tall as what it shows, every time (a picture of it is stable)', async () => {
    const preview = await renderExample(previewExamples.childAndArabic);
    for (const kind of ['child', 'lang:ar']) {
      const iframe = frame(preview, kind);
      const content = Math.ceil(iframe.contentDocument!.body.getBoundingClientRect().height);
      // The frame's own border adds to its height (2 px each side).
      expect(iframe.getBoundingClientRect().height - 4, kind).to.be.closeTo(Math.max(240, content), 1);
      expect(deepText(iframe.contentDocument!.querySelector('svara-survey')!.shadowRoot!)).to.contain(
        'lyssna',
      );
    }
  });

  it('the child preview opens at the question being edited, one per screen, with faces', async () => {
    const preview = await renderExample(previewExamples.childAndArabic);
    const text = await widgetText(preview, 'child', /De vuxna lyssnade på mig/);
    expect(text).to.contain('Fråga 2 av 3', 'the last question is hidden until an answer shows it');
    const widget = frame(preview, 'child').contentDocument!.querySelector('svara-survey')!;
    expect(widget.shadowRoot!.querySelector('svara-scale')).to.exist;
  });

  it('the Arabic preview is right to left with svara’s strings in Arabic, in a realm of its own', async () => {
    const preview = await renderExample(previewExamples.childAndArabic);
    await widgetText(preview, 'lang:ar', /De vuxna lyssnade på mig/);
    const doc = frame(preview, 'lang:ar').contentDocument!;
    expect(doc.documentElement.dir).to.equal('rtl');
    await widgetText(preview, 'lang:ar', /متابعة|التالي|رجوع/);
    // The studio's own page keeps its language: the previews' locales never reach it.
    expect(document.documentElement.lang).to.equal('sv');
  });

  it('follows the question being edited and the text as it changes', async () => {
    const preview = await renderExample(previewExamples.childAndArabic);
    await widgetText(preview, 'child', /De vuxna lyssnade på mig/);
    const survey = exampleSurvey();
    preview.survey = {
      ...survey,
      questions: survey.questions!.map((q) => (q.id === 'mer' ? { ...q, text: 'Vill du berätta mer?' } : q)),
    };
    preview.questionId = 'mer';
    const text = await widgetText(preview, 'child', /Vill du berätta mer\?/);
    expect(text).to.contain('Fråga 4 av 4', 'shown although its condition would hide it');
  });

  it('the interview preview shows the prompt for staff', async () => {
    const preview = await renderExample(previewExamples.aacAndInterview);
    await widgetText(preview, 'interview', /Läs upp frågan/);
  });

  it('marking a preview as looked at is an acknowledgement for the checklist', async () => {
    const preview = await fixture<SvaraStudioPreview>(
      html`<svara-studio-preview
        preview-url=${examplePreviewUrl()}
        .survey=${exampleSurvey()}
        .kinds=${['child']}
      ></svara-studio-preview>`,
    );
    const events: StudioAcknowledgeEvent[] = [];
    preview.addEventListener('studio-acknowledge', (e) => events.push(e));
    preview.shadowRoot!.querySelector<HTMLInputElement>('figcaption input[type="checkbox"]')!.click();
    expect(events.map((e) => [e.key, e.acknowledged])).to.deep.equal([['preview:child', true]]);
  });
});
