/** Examples of `<svara-studio-audit>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleApi } from '../../example-api.js';
import type { SvaraStudioAudit } from './audit.js';
import './audit.define.js';

export type AuditExample = StudioExample<SvaraStudioAudit>;

export const auditExamples = {
  log: {
    title: 'Logg',
    description: 'Staff actions, newest first, with filters and CSV download.',
    render: () => html`<svara-studio-audit .api=${exampleApi()}></svara-studio-audit>`,
  },
} satisfies Record<string, AuditExample>;
