import { presets, type OpenBallotFlow, type Preset } from "./ballot-wizards.js";

// The wizard's buttons as pure changes of its state.
export function flipPreset(flow: OpenBallotFlow, preset: Preset): OpenBallotFlow {
  const chosen = flow.presets.includes(preset) ? flow.presets.filter((p) => p !== preset) : [...flow.presets, preset];
  return { ...flow, presets: presets.filter((p) => chosen.includes(p)) };
}

export function flipSeats(flow: OpenBallotFlow, delta: "up" | "down"): OpenBallotFlow {
  return { ...flow, meritSeats: Math.min(20, Math.max(1, flow.meritSeats + (delta === "up" ? 1 : -1))) };
}

export function flipCandidate(flow: OpenBallotFlow, unitId: string): OpenBallotFlow {
  const ticked = flow.candidates[flow.titleIndex] ?? [];
  const next = ticked.includes(unitId) ? ticked.filter((id) => id !== unitId) : [...ticked, unitId];
  return { ...flow, candidates: flow.candidates.map((c, i) => (i === flow.titleIndex ? next : c)) };
}

const quorums = [
  [2, 3],
  [1, 2],
  [3, 4],
] as const;

export function flipRule(flow: OpenBallotFlow, rule: "secret" | "base" | "self" | "tie" | "quorum"): OpenBallotFlow {
  const r = flow.rules;
  if (rule === "secret") return { ...flow, rules: { ...r, secret: !r.secret } };
  if (rule === "base")
    return { ...flow, rules: { ...r, thresholdBase: r.thresholdBase === "all_units" ? "voting_units" : "all_units" } };
  if (rule === "self") return { ...flow, rules: { ...r, selfVoteAllowed: !r.selfVoteAllowed } };
  if (rule === "tie") return { ...flow, rules: { ...r, tieRule: r.tieRule === "revote" ? "ranking" : "revote" } };
  const at = quorums.findIndex(([n, d]) => n === r.quorumNum && d === r.quorumDen);
  const [quorumNum, quorumDen] = quorums[(at + 1) % quorums.length]!;
  return { ...flow, rules: { ...r, quorumNum, quorumDen } };
}
