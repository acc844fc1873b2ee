// Types for scripts/storybook-axe.mjs (used by its test).
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string }[];
}
export interface StoryResult {
  id: string;
  title: string;
  name: string;
  url: string;
  passed: boolean;
  violations: Violation[];
  errors: string[];
  ms: number;
}
export function buildStorybook(options?: { configDir?: string; outputDir?: string }): Promise<void>;
export function serveStatic(
  dir: string,
  options?: { port?: number },
): Promise<{ url: string; close: () => Promise<void> }>;
export function formatResult(result: StoryResult): string;
export function checkStorybook(options: {
  staticDir: string;
  concurrency?: number;
  port?: number;
  onResult?: (result: StoryResult) => void;
}): Promise<{ results: StoryResult[]; passed: number; failed: number; axeVersion: string }>;
