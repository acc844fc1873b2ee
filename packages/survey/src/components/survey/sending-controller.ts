/**
 * Sending and the receipt of `<svara-survey>`: owns the widget's outbox while it is in the page, turns the
 * outcome of "Skicka" into the receipt the respondent sees, and changes that receipt when the outbox reports
 * later (queued answers delivered after all, or refused by the server). The outbox itself comes with the question
 * screens (lazy-questions.ts), after the first screen: {@link useOutbox} starts it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Outbox, OutboxOptions, startOutbox } from '../../transport/outbox.js';
import type { ProblemDetails, SubmissionDraft } from '../../transport/events.js';
import type { SvaraSubmitErrorEvent, SvaraSubmittedEvent } from '../../transport/events.js';
import type { Transport } from '../../transport/send.js';

/**
 * What the receipt says: `delivered` (the server has the answers), `queued` (saved on this device, sent later),
 * `memory` (could not be saved on the device: keep the page open), `rejected` (the server refused them),
 * `invalid` (a program error stopped the sending).
 */
export type ReceiptKind = 'delivered' | 'queued' | 'memory' | 'rejected' | 'invalid';

export interface Receipt {
  kind: ReceiptKind;
  submissionId: string;
  status?: number | undefined;
  problem?: ProblemDetails | undefined;
}

/** The widget's properties the outbox is started with when the widget enters the page. */
export interface SendingHost extends ReactiveControllerHost, EventTarget {
  readonly outboxOptions: Omit<OutboxOptions, 'target' | 'transport' | 'headers'>;
  readonly transport?: Transport | undefined;
  readonly headers: Record<string, string>;
}

export class SendingController implements ReactiveController {
  /** The receipt of the last submission, until the respondent starts over or goes back to correct it. */
  receipt?: Receipt;
  #outbox?: Outbox;
  /** The outbox's module has arrived: starts one whenever the widget is in the page. */
  #startOutbox?: typeof startOutbox;
  /** The host's `headers` the outbox has (it keeps a copy). */
  #headers?: Record<string, string>;

  /** `receiptChanged`: the receipt changed after it was made (delivered later, or refused). */
  readonly #host: SendingHost;
  readonly #receiptChanged: (receipt: Receipt) => void;

  constructor(host: SendingHost, receiptChanged: (receipt: Receipt) => void) {
    this.#host = host;
    this.#receiptChanged = receiptChanged;
    host.addController(this);
  }

  /**
   * Starts the outbox (now, if the widget is in the page, else when it enters): it sends what is waiting from an
   * earlier visit, and from then on takes submissions. Before this, nothing can be sent: "Skicka" is on the
   * question screens, which come with the outbox.
   */
  useOutbox(start: typeof startOutbox): void {
    this.#startOutbox = start;
    if (this.#connected && !this.#outbox) this.#start();
  }

  #connected = false;

  #start(): void {
    const { outboxOptions, transport, headers } = this.#host;
    this.#outbox = this.#startOutbox!({ ...outboxOptions, target: this.#host, transport, headers });
    this.#headers = headers;
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#startOutbox) this.#start();
    this.#host.addEventListener('svara-submitted', this.#handleSubmitted as EventListener);
    this.#host.addEventListener('svara-submit-error', this.#handleSubmitError as EventListener);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#outbox?.stop();
    this.#outbox = undefined;
    this.#host.removeEventListener('svara-submitted', this.#handleSubmitted as EventListener);
    this.#host.removeEventListener('svara-submit-error', this.#handleSubmitError as EventListener);
  }

  /** The host's `transport` or `headers` changed: new submissions use them. */
  hostUpdate(): void {
    const { transport, headers } = this.#host;
    if (this.#outbox && (transport !== this.#outbox.transport || headers !== this.#headers)) {
      this.#outbox.transport = transport;
      this.#outbox.headers = { ...headers };
      this.#headers = headers;
    }
  }

  /**
   * Stores and sends `draft`; resolves with the receipt to show, or undefined when a `svara-submit` listener
   * cancelled it (the host says why itself) or the widget is not in the page.
   */
  async send(draft: SubmissionDraft, endpoint: string): Promise<Receipt | undefined> {
    if (!this.#outbox) return undefined;
    const result = await this.#outbox.submit(draft, { endpoint });
    switch (result.outcome) {
      case 'cancelled':
        return undefined;
      case 'delivered':
        this.receipt = { kind: 'delivered', submissionId: result.submissionId };
        break;
      case 'queued':
        this.receipt = { kind: result.persisted ? 'queued' : 'memory', submissionId: result.submissionId };
        break;
      case 'rejected':
        this.receipt = {
          kind: 'rejected',
          submissionId: result.submissionId,
          status: result.status,
          problem: result.problem,
        };
        break;
      case 'invalid':
        this.receipt = { kind: 'invalid', submissionId: result.submissionId };
        break;
    }
    this.#host.requestUpdate();
    return this.receipt;
  }

  /**
   * Forgets the receipt. `discardRejected`: a refused submission leaves the outbox too (the respondent goes back
   * to correct it, or a kiosk starts over for the next person); otherwise it stays until a new one replaces it.
   */
  clear(discardRejected: boolean): void {
    if (discardRejected && this.receipt?.kind === 'rejected')
      void this.#outbox?.discard(this.receipt.submissionId);
    this.receipt = undefined;
    this.#host.requestUpdate();
  }

  #change(receipt: Receipt): void {
    this.receipt = receipt;
    this.#host.requestUpdate();
    this.#receiptChanged(receipt);
  }

  #handleSubmitted = (event: SvaraSubmittedEvent): void => {
    if (this.receipt?.submissionId === event.submissionId && this.receipt.kind !== 'delivered')
      this.#change({ kind: 'delivered', submissionId: event.submissionId });
  };

  #handleSubmitError = (event: SvaraSubmitErrorEvent): void => {
    if (this.receipt?.submissionId === event.submissionId && event.reason === 'rejected')
      this.#change({
        kind: 'rejected',
        submissionId: event.submissionId,
        status: event.status,
        problem: event.problem,
      });
  };
}
