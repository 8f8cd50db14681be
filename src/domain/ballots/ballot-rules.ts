import { z } from "zod";

// The rules a bloc votes under. Copied onto each ballot when it opens; the next ballot starts from the last one's.
export const BallotRulesSchema = z
  .object({
    secret: z.boolean(),
    quorumNum: z.number().int().min(1).max(100),
    quorumDen: z.number().int().min(1).max(100),
    // Elected with strictly more than this share of the base.
    threshold: z.number().min(0).max(0.99),
    thresholdBase: z.enum(["all_units", "voting_units"]),
    selfVoteAllowed: z.boolean(),
    tieRule: z.enum(["revote", "ranking"]),
  })
  .refine((rules) => rules.quorumNum <= rules.quorumDen, { message: "quorum over 1" });

export type BallotRules = z.infer<typeof BallotRulesSchema>;

// Quorum 2/3 of the units, more than half of all units, secret, no vote for one's own unit, a tie at the last seat
// voted again.
export const defaultBallotRules: BallotRules = {
  secret: true,
  quorumNum: 2,
  quorumDen: 3,
  threshold: 0.5,
  thresholdBase: "all_units",
  selfVoteAllowed: false,
  tieRule: "revote",
};

export const ballotTitleKinds = ["commendation", "election_leader", "election_deputy"] as const;
export type BallotTitleKind = (typeof ballotTitleKinds)[number];

export const BallotTitleInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  seats: z.number().int().min(1).max(20),
  kind: z.enum(ballotTitleKinds),
  // Left out: the ranking's top units.
  candidateUnitIds: z.array(z.string().min(1)).min(1).max(20).optional(),
});

export type BallotTitleInput = z.infer<typeof BallotTitleInputSchema>;

// At most four titles of twenty candidates: what one vote message can carry in its buttons.
export const BallotTitlesSchema = z.array(BallotTitleInputSchema).min(1).max(4);

// How many units make the quorum: the fraction of all units, rounded up (2/3 of 7 → 5).
export function quorumRequired(rules: Pick<BallotRules, "quorumNum" | "quorumDen">, unitsTotal: number): number {
  return Math.ceil((unitsTotal * rules.quorumNum) / rules.quorumDen);
}
