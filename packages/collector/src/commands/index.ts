/**
 * Every `svara` subcommand, loaded only when it runs. To add one (e.g. `pictograms`, `audio`), write a module
 * exporting `command: Command` and list it here.
 */
import type { Command } from './types.js';

export interface CommandEntry {
  summary: string;
  load(): Promise<Command>;
}

export const commands: Readonly<Record<string, CommandEntry>> = {
  serve: {
    summary: 'run the collector: serve surveys and the embed bundle, store answers, publish results',
    load: async () => (await import('./serve.js')).command,
  },
  import: {
    summary: 'publish survey definition files as versions in the database',
    load: async () => (await import('./import.js')).command,
  },
  publish: {
    summary: "publish a survey's draft as its next version",
    load: async () => (await import('./publish.js')).command,
  },
  migrate: {
    summary: 'apply pending database migrations, or --check whether any are pending',
    load: async () => (await import('./migrate.js')).command,
  },
  backup: {
    summary: 'a consistent backup of the database while the server runs (SQLite online backup; pg_dump)',
    load: async () => (await import('./backup.js')).command,
  },
  'seed-demo': {
    summary: 'fill a demo database with units, a round and answers (npm start)',
    load: async () => (await import('./seed-demo.js')).command,
  },
  validate: {
    summary: 'check survey definitions against the schema',
    load: async () => (await import('./validate.js')).command,
  },
  lint: {
    summary: 'plain-language and accessibility warnings for survey definitions',
    load: async () => (await import('./lint.js')).command,
  },
  export: {
    summary: 'write all responses of a survey as CSV or JSON',
    load: async () => (await import('./export.js')).command,
  },
  qr: {
    summary: 'make a QR code (SVG or PNG) for a survey address, for posters',
    load: async () => (await import('./qr.js')).command,
  },
  audio: {
    summary: 'make recorded speech (WAV files and a manifest) for every text of a survey, for read-aloud',
    load: async () => (await import('./audio.js')).command,
  },
  users: {
    summary: 'staff accounts: add (the first admin too), list, roles, password, disable',
    load: async () => (await import('./users.js')).command,
  },
  tokens: {
    summary: 'personal API tokens for scripts: create, list, revoke',
    load: async () => (await import('./users.js')).tokensCommand,
  },
  pictograms: {
    summary: 'download the ARASAAC pictograms a survey uses, for self-hosting',
    load: async () => (await import('@svara/pictograms/cli')).command,
  },
};
