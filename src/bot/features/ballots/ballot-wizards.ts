import { z } from "zod";
import { BallotRulesSchema } from "../../../domain/ballots/ballot-rules.js";
import { createWizard } from "../../create-wizard.js";

export const presets = ["flag", "merit", "leader", "deputy"] as const;
export type Preset = (typeof presets)[number];

const OpenBallotFlowSchema = z.object({
  // The titles chosen, in the presets' order.
  presets: z.array(z.enum(presets)),
  meritSeats: z.number().int().min(1).max(20),
  // Per chosen title: the candidate units ticked (none: the default candidates).
  candidates: z.array(z.array(z.string())),
  titleIndex: z.number().int(),
  rules: BallotRulesSchema,
  deadline: z.string().optional(),
});
export type OpenBallotFlow = z.infer<typeof OpenBallotFlowSchema>;

// The leader opening a ballot: titles → each title's candidates → rules → deadline → confirm.
export const openBallotWizard = createWizard("ballot_open", OpenBallotFlowSchema);

export const presetKinds = {
  flag: "commendation",
  merit: "commendation",
  leader: "election_leader",
  deputy: "election_deputy",
} as const;

export function presetSeats(flow: OpenBallotFlow, preset: Preset): number {
  return preset === "merit" ? flow.meritSeats : 1;
}
