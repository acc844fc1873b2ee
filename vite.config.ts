// The demo site (`examples/` → `dist/demo/`), which `npm start` and the end-to-end tests serve; Storybook builds
// on it too. Each package has its own vite.config.ts (its library, and the survey's embed bundle): tools/vite/.
import { defineConfig } from 'vite';
import { demoConfig } from './tools/vite/demo.js';

export default defineConfig(demoConfig(import.meta.dirname));
