/** Defines `<svara-pictogram>` and `<svara-pictogram-attribution>` (each only once per page). */
import './components/pictogram/pictogram.define.js';
import './components/pictogram-attribution/pictogram-attribution.define.js';
