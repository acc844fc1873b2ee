/** Registers every svara element (guarded against double registration). Side effects only. */
import '@svara/pictograms/define';
import './components/option/option.define.js';
import './components/choice/choice.define.js';
import './components/scale/scale.define.js';
import './components/text/text.define.js';
import './components/error-summary/error-summary.define.js';
import './components/email/email.define.js';
import './components/date/date.define.js';
import './components/consent/consent.define.js';
