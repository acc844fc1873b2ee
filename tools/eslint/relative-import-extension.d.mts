import type { ESLint, Rule } from 'eslint';

export function withExtension(specifier: string, fromFile: string): string | undefined;
export const relativeImportExtension: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;
