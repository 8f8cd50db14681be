// A person's role in a bloc, in domain terms: the bot reads it without knowing how it is stored.
export const memberRoles = ["board", "signatory", "liaison"] as const;
export type MemberRole = (typeof memberRoles)[number];

// The roles an invite for a unit may carry; the board belongs to no unit.
export const unitRoles = ["signatory", "liaison"] as const satisfies readonly MemberRole[];
