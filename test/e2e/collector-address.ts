/** Where the end-to-end tests' collector listens, and its admin token (for reading back what was stored). */
export const E2E_PORT = 4318; // dedicated: 4173 is taken by another tenant on these machines
export const E2E_ADMIN_TOKEN = 'e2e-admin-token-not-a-secret';
