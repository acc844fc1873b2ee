import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeExamples, renderExample } from '@svara/testing/examples';
import { accessibilityTree, findNodes, getByRole } from '@svara/testing/a11y-tree';
import { setLocale } from '../../localization.js';
import type { SvaraChoice } from '../choice/choice.js';
import type { SvaraText } from '../text/text.js';
import type { SvaraErrorSummary } from './error-summary.js';
import { errorSummaryExamples } from './error-summary.examples.js';
import './error-summary.define.js';

/** How this file's examples are rendered (`renderExample` of @svara/testing). */
const SUMMARY = { tag: 'svara-error-summary', setLocale } as const;

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

function items(summary: SvaraErrorSummary): HTMLButtonElement[] {
  return [...summary.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="link"]')];
}

function itemTexts(summary: SvaraErrorSummary): string[] {
  return items(summary).map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
}

function isVisible(element: Element): boolean {
  return element.checkVisibility() && element.getBoundingClientRect().height > 0;
}

/** The innermost focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function inViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= -1 && box.bottom <= window.innerHeight; // a legend sits half a pixel above its box
}

afterEach(async () => {
  await setLocale('sv');
});

describe('svara-error-summary', () => {
  describeExamples(errorSummaryExamples, SUMMARY);

  describe('before a submit attempt', () => {
    it('shows nothing and takes no focus', async () => {
      const summary = await renderExample(errorSummaryExamples.beforeSubmit, SUMMARY);
      await settle();
      expect(isVisible(summary)).to.equal(false);
      expect(summary.shown).to.equal(false);
      expect(document.activeElement).to.equal(document.body);
    });

    it('a script asking form.checkValidity() does not show it', async () => {
      const summary = await renderExample(errorSummaryExamples.beforeSubmit, SUMMARY);
      expect(summary.form!.checkValidity()).to.equal(false);
      await settle();
      expect(isVisible(summary)).to.equal(false);
    });
  });

  describe('after a failed submit attempt', () => {
    it('is visible, focused, and lists every error in form order as question + message', async () => {
      const summary = await renderExample(errorSummaryExamples.afterSubmit, SUMMARY);
      expect(isVisible(summary)).to.equal(true);
      expect(document.activeElement).to.equal(summary);
      expect(summary.shadowRoot!.activeElement!.getAttribute('part')).to.equal('base');
      expect(itemTexts(summary)).to.deep.equal([
        'Vad vill du lämna? Välj ett svar.',
        'Beskriv vad det gäller Skriv ett svar.',
      ]);
      expect(summary.matches(':state(shown)')).to.equal(true);
    });

    it('blocks the submission: the form’s own submit listeners hear nothing', async () => {
      const summary = await renderExample(errorSummaryExamples.beforeSubmit, SUMMARY);
      let heard = 0;
      summary.form!.addEventListener('submit', (event) => {
        event.preventDefault();
        heard++;
      });
      summary.form!.requestSubmit();
      await settle();
      expect(heard).to.equal(0);
      expect(summary.shown).to.equal(true);
    });

    it('each field shows its own error too', async () => {
      const summary = await renderExample(errorSummaryExamples.afterSubmit, SUMMARY);
      const form = summary.form!;
      const choice = form.querySelector<SvaraChoice>('svara-choice')!;
      const text = form.querySelector<SvaraText>('svara-text[name="beskrivning"]')!;
      expect(choice.matches(':state(user-invalid)')).to.equal(true);
      expect(text.matches(':state(user-invalid)')).to.equal(true);
      expect(form.querySelector('svara-text[name="namn"]')!.matches(':state(user-invalid)')).to.equal(false);
    });

    it('the accessibility tree: an alert with a level-2 heading and a button per error', async () => {
      await renderExample(errorSummaryExamples.afterSubmit, SUMMARY);
      const tree = await accessibilityTree();
      const alert = findNodes(tree, (node) => node.role === 'alert')[0]!;
      expect(alert, 'alert').to.exist;
      const heading = getByRole(alert, 'heading', 'Det finns problem');
      expect((heading as { level?: number }).level).to.equal(2);
      const buttons = findNodes(alert, (node) => node.role === 'button').map((node) => node.name);
      expect(buttons).to.deep.equal([
        'Vad vill du lämna? Välj ett svar.',
        'Beskriv vad det gäller Skriv ett svar.',
      ]);
    });

    it('the browser shows no bubble of its own: the invalid events are handled', async () => {
      const summary = await renderExample(errorSummaryExamples.beforeSubmit, SUMMARY);
      const unhandled: string[] = [];
      summary.form!.addEventListener('invalid', (event) => !event.defaultPrevented && unhandled.push('x'));
      summary.form!.requestSubmit();
      await settle();
      expect(summary.form!.noValidate).to.equal(true);
      expect(unhandled).to.deep.equal([]);
    });
  });

  describe('leading to each field', () => {
    async function tallForm(): Promise<SvaraErrorSummary> {
      const wrapper = await fixture<HTMLElement>(html`
        <form @submit=${(event: Event) => event.preventDefault()}>
          <svara-error-summary></svara-error-summary>
          <div style="height: 1500px"></div>
          <svara-choice name="kategori" label="Vad vill du lämna?" required>
            <svara-option value="synpunkt">Synpunkt</svara-option>
            <svara-option value="berom">Beröm</svara-option>
          </svara-choice>
          <div style="height: 1500px"></div>
          <svara-text name="beskrivning" label="Beskriv vad det gäller" multiline required></svara-text>
          <button type="submit">Skicka</button>
        </form>
      `);
      const summary = wrapper.querySelector<SvaraErrorSummary>('svara-error-summary')!;
      summary.form!.requestSubmit();
      await settle();
      return summary;
    }

    it('keyboard: Tab to an error, Enter: the question scrolls into view and its control has focus', async () => {
      const summary = await tallForm();
      const form = summary.form!;
      const choice = form.querySelector<SvaraChoice>('svara-choice')!;
      const text = form.querySelector<SvaraText>('svara-text')!;

      await sendKeys({ press: 'Tab' });
      expect(summary.shadowRoot!.activeElement).to.equal(items(summary)[0]);
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(document.activeElement).to.equal(choice);
      expect((deepActive() as HTMLInputElement).value).to.equal('synpunkt');
      expect(inViewport(choice.scrollTarget), 'legend in view').to.equal(true);

      summary.focus();
      expect(
        summary.shadowRoot!.activeElement!.getAttribute('part'),
        'focus() focuses the container',
      ).to.equal('base');
      items(summary)[1]!.focus();
      await sendKeys({ press: 'Space' });
      await settle();
      expect(document.activeElement).to.equal(text);
      expect(deepActive()!.localName).to.equal('textarea');
      expect(inViewport(text.scrollTarget), 'label in view').to.equal(true);
    });

    it('fixing the errors and submitting again hides the summary and lets the submit through', async () => {
      const summary = await tallForm();
      const form = summary.form!;
      let submitted = 0;
      form.addEventListener('submit', () => submitted++);
      items(summary)[0]!.click();
      await sendKeys({ press: 'Space' });
      items(summary)[1]!.click();
      await sendKeys({ type: 'Jag fick vänta länge.' });
      form.requestSubmit();
      await settle();
      expect(submitted).to.equal(1);
      expect(summary.shown).to.equal(false);
      expect(isVisible(summary)).to.equal(false);
    });

    it('a submit with the Enter key in a text field shows it too', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <form @submit=${(event: Event) => event.preventDefault()}>
          <svara-error-summary></svara-error-summary>
          <svara-text name="namn" label="Vad heter du?"></svara-text>
          <svara-text name="epost" label="E-post" required></svara-text>
          <button type="submit">Skicka</button>
        </form>
      `);
      const summary = wrapper.querySelector<SvaraErrorSummary>('svara-error-summary')!;
      wrapper.querySelector<SvaraText>('svara-text')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(summary.shown).to.equal(true);
      expect(document.activeElement).to.equal(summary);
      expect(itemTexts(summary)).to.deep.equal(['E-post Skriv ett svar.']);
    });
  });

  describe('other ways in and out', () => {
    it('form.reset() hides it', async () => {
      const summary = await renderExample(errorSummaryExamples.afterSubmit, SUMMARY);
      summary.form!.reset();
      await summary.updateComplete;
      expect(isVisible(summary)).to.equal(false);
    });

    it('a submitter with formnovalidate skips the check', async () => {
      const summary = await renderExample(errorSummaryExamples.beforeSubmit, SUMMARY);
      const draft = document.createElement('button');
      draft.formNoValidate = true;
      draft.textContent = 'Spara utkast';
      summary.form!.append(draft);
      let submitted = 0;
      summary.form!.addEventListener('submit', () => submitted++);
      summary.form!.requestSubmit(draft);
      await settle();
      expect(submitted).to.equal(1);
      expect(summary.shown).to.equal(false);
    });

    it('for="id" watches a form elsewhere on the page', async () => {
      const summary = await renderExample(errorSummaryExamples.outsideTheForm, SUMMARY);
      expect(summary.form!.id).to.equal('anmalan');
      expect(itemTexts(summary)).to.deep.equal(['Vad heter du? Skriv ett svar.']);
      expect(document.activeElement).to.equal(summary);
    });

    it('native controls: our plain messages, a radio group once, and Enter leads to the input', async () => {
      const summary = await renderExample(errorSummaryExamples.nativeControls, SUMMARY);
      expect(itemTexts(summary)).to.deep.equal([
        'Telefonnummer Skriv ett svar.',
        'Får vi ringa dig? Välj ett svar.',
      ]);
      items(summary)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement!.id).to.equal('telefon');
    });

    it('show() from a script, without moving focus; hide()', async () => {
      const summary = await renderExample(errorSummaryExamples.beforeSubmit, SUMMARY);
      const text = summary.form!.querySelector<SvaraText>('svara-text')!;
      await summary.show([text], { focus: false });
      expect(itemTexts(summary)).to.deep.equal(['Beskriv vad det gäller Skriv ett svar.']);
      expect(document.activeElement).to.equal(document.body);
      summary.hide();
      await summary.updateComplete;
      expect(isVisible(summary)).to.equal(false);
    });

    it('gives novalidate back when it leaves the page', async () => {
      const summary = await renderExample(errorSummaryExamples.beforeSubmit, SUMMARY);
      const form = summary.form!;
      expect(form.noValidate).to.equal(true);
      summary.remove();
      expect(form.noValidate).to.equal(false);
    });
  });

  describe('localization', () => {
    it('Arabic: translated heading and message, right to left', async () => {
      const summary = await renderExample(errorSummaryExamples.arabic, SUMMARY);
      const heading = summary.shadowRoot!.querySelector('[part="heading"]')!;
      expect(heading.textContent!.trim()).to.equal('هناك مشكلة');
      expect(itemTexts(summary)).to.deep.equal(['ما اسمك؟ اكتب إجابة.']);
      expect(getComputedStyle(heading).direction).to.equal('rtl');
    });

    it('switching language while shown updates heading and messages', async () => {
      const summary = await renderExample(errorSummaryExamples.afterSubmit, SUMMARY);
      await setLocale('en');
      await settle();
      expect(summary.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(
        'There is a problem',
      );
      expect(itemTexts(summary)).to.deep.equal([
        'Vad vill du lämna? Choose an answer.',
        'Beskriv vad det gäller Write an answer.',
      ]);
    });
  });
});
