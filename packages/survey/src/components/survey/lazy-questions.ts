/**
 * Everything after the start screen, in one chunk of the embed: the question controls (choices, scales, text,
 * the error summary and, through them, the pictograms), the question screens, the outbox and the receipt. The
 * widget requests it once its first screen is painted, so the respondent reads the start screen while it loads;
 * "Börja svara" waits for it if it has not arrived (issue #17: the embed's first load is what the start screen
 * needs). The outbox comes with the screens that can submit, so nothing can be sent before it is in place; it
 * starts when this chunk arrives, and then sends what an earlier visit left unsent.
 */
import '@svara/elements/components/option/option.define';
import '@svara/elements/components/choice/choice.define';
import '@svara/elements/components/scale/scale.define';
import '@svara/elements/components/text/text.define';
import '@svara/elements/components/error-summary/error-summary.define';

export { renderQuestionScreen } from './question-screen.js';
export { answerFromControl } from './questions.js';
export { renderReceipt, receiptSpeech } from './receipt.js';
export { startOutbox } from '../../transport/outbox.js';
