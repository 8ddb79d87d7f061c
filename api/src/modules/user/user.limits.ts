/** Every limit of accounts and invitations, in one place (they reach the web through the schema). */
export const USER_LIMITS = {
  passwordMin: 10,
  passwordMax: 200,
  nameMin: 2,
  nameMax: 120,
  emailMax: 200,
  organisationMax: 120,
} as const;
