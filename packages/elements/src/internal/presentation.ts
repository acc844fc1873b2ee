/**
 * Presentation switches `<svara-scale>` and `<svara-choice>` share (and the survey passes on): how pictograms
 * are turned off in an attribute, and where a pictogram option's word goes.
 */

/** The value of a switch attribute such as `pictograms="off"`. */
export type OnOff = 'on' | 'off';

/** True unless the switch is `off` (also `false`, `no`, any case): absent means on. */
export function isOn(value: string | null | undefined): boolean {
  return !/^(off|false|no)$/i.test(String(value ?? '').trim());
}

/** Where a pictogram option's word label sits: under the picture (tiles) or after it (rows). */
export type LabelPosition = 'below' | 'end';
