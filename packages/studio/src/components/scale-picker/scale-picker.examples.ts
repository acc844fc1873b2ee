/** Examples of `<svara-studio-scale-picker>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import type { SvaraStudioScalePicker } from './scale-picker.js';
import './scale-picker.define.js';

export type ScalePickerExample = StudioExample<SvaraStudioScalePicker>;

export const scalePickerExamples = {
  child: {
    title: 'För barn',
    description: 'Every scale as its faces or pictures and words; for children the face scales come first.',
    render: () =>
      html`<svara-studio-scale-picker audience="child" value="smiley-5"></svara-studio-scale-picker>`,
  },
  adults: {
    title: 'För vuxna',
    description: 'The same for adults: ja/delvis/nej chosen.',
    render: () => html`<svara-studio-scale-picker value="yes-partly-no"></svara-studio-scale-picker>`,
  },
} satisfies Record<string, ScalePickerExample>;
