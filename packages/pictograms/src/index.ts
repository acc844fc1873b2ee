/**
 * @svara/pictograms: `<svara-pictogram>` (svara's own drawings, self-hosted ARASAAC pictograms, any image),
 * `<svara-pictogram-attribution>` (the attribution ARASAAC's licence requires) and the helpers behind them.
 * Importing this module defines nothing; import the `*.define.js` modules (or `@svara/pictograms/define`).
 */
export { SvaraPictogram, SvaraPictogramErrorEvent } from './components/pictogram/pictogram.js';
export { SvaraPictogramAttribution } from './components/pictogram-attribution/pictogram-attribution.js';
export {
  ARASAAC_ATTRIBUTION,
  DEFAULT_ARASAAC_BASE,
  arasaacId,
  arasaacIdsInSurvey,
  arasaacLayout,
  arasaacUrl,
  configurePictograms,
  pictogramConfig,
} from './arasaac.js';
export type { ArasaacUrlBuilder, PictogramConfig } from './arasaac.js';
export {
  DIRECTIONAL_PICTOGRAMS,
  FACE_PICTOGRAMS,
  builtinArt,
  builtinPictograms,
  isBuiltinPictogram,
  isFacePictogram,
} from './builtin.js';
export type { BuiltinPictogram, FacePictogram } from './builtin.js';
