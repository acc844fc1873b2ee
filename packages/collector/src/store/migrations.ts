/**
 * Versioned schema migrations, applied in order at start-up inside one transaction each; the applied versions are
 * recorded in `svara_migrations`. Never edit a released migration: add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'responses',
    // Dedupe is the UNIQUE constraint, never a check before the insert.
    sqlite: `
      CREATE TABLE responses (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        survey_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        survey_version INTEGER NOT NULL,
        payload_hash TEXT NOT NULL,
        submission TEXT NOT NULL,
        received_at TEXT NOT NULL,
        CONSTRAINT responses_submission UNIQUE (survey_id, submission_id)
      );
      CREATE INDEX responses_survey_seq ON responses (survey_id, seq);`,
    postgres: `
      CREATE TABLE responses (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        survey_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        survey_version INTEGER NOT NULL,
        payload_hash TEXT NOT NULL,
        submission TEXT NOT NULL,
        received_at TEXT NOT NULL,
        CONSTRAINT responses_submission UNIQUE (survey_id, submission_id)
      );
      CREATE INDEX responses_survey_seq ON responses (survey_id, seq);`,
  },
];

export const MIGRATIONS_TABLE = 'svara_migrations';
