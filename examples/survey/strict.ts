/**
 * Page script of the strict-CSP page: only the embed entry and the shared mounting, no full validation (zod
 * tests whether it may compile code with `new Function`, which a strict CSP reports as a violation).
 */
import { mountSurveys } from './mount.js';

mountSurveys();
