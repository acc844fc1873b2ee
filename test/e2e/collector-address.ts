/** Where the end-to-end tests' collector listens, and its admin token (for reading back what was stored). */
// Dedicated (4173 is taken by another tenant on these machines); SVARA_E2E_PORT moves it, so that two checkouts
// on one machine can run the suite at the same time.
export const E2E_PORT = Number(process.env.SVARA_E2E_PORT ?? 4318);
// serve refuses a token under 32 random characters.
export const E2E_ADMIN_TOKEN = 'e2e-admin-token-not-a-secret-Xq7Lw2Rz';
