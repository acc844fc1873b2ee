/**
 * <svara-studio-audit> stories, one per example in audit.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { auditExamples } from '../../packages/studio/src/components/audit/audit.examples.js';
import type { AuditExample } from '../../packages/studio/src/components/audit/audit.examples.js';
import type { SvaraStudioAudit } from '../../packages/studio/src/components/audit/audit.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Audit log',
  component: 'svara-studio-audit',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: AuditExample): Story =>
  storyFromExample<SvaraStudioAudit>('svara-studio-audit', example);

export const Log = story(auditExamples.log);
