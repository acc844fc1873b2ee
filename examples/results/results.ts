/**
 * Page script of the demo's results page: registers <svara-results>, which fetches the published results of the
 * children's survey from the collector on the same origin (`npm start`).
 */
import '@svara/results/define';
