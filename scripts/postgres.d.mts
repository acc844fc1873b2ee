/** Types for scripts/postgres.mjs. */
export const HOW_TO: string;
export interface RunningPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres (also in process.env.SVARA_TEST_PG while running). */
  url: string;
  /** True when this call started the cluster (false for SVARA_TEST_PG). */
  started: boolean;
  /** Stops and removes a cluster this call started. */
  stop(): Promise<void>;
}
export function startPostgres(): Promise<RunningPostgres>;
