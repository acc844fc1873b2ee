import { css } from 'lit';

/**
 * Styles of the parts every group control shares (see `internal/group-templates.ts`): the fieldset, the question
 * (legend), its hint, the error message with the bar beside the options, and the special answers after the
 * "eller" divider. Use after `sharedStyles`.
 */
export const groupStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
    --_label-size: 1.125rem;
  }

  :host([size='large']) {
    --_label-size: 1.375rem;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0; /* fieldsets refuse to shrink otherwise: reflow at 320px */
  }

  .label {
    padding: 0;
    margin-block-end: 0.25rem;
    font-size: var(--_label-size);
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .hint {
    color: var(--_muted);
    margin-block-end: 0.75rem;
    overflow-wrap: anywhere;
  }

  .error {
    margin: 0 0 0.75rem;
    color: var(--_error);
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  /* Not colour alone: a thick bar beside the answers, plus the error text and its "Fel:" prefix. */
  :host(:state(user-invalid)) .options {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }

  .special {
    margin-block-start: 1rem;
  }

  .divider {
    margin: 0;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    :host(:state(user-invalid)) .options {
      border-inline-start-color: CanvasText;
    }
  }
`;
