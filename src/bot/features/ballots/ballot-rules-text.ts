import type { Translate } from "../../../i18n/translator.js";

export type RulesData = {
  secret: boolean;
  quorumNum: number;
  quorumDen: number;
  unitsTotal: number;
  threshold: number;
  thresholdBase: string;
  selfVoteAllowed: boolean;
  tieRule: string;
};

// The rules in one line each, as the ballot and the wizard show them.
export function ballotRulesText(t: Translate, rules: RulesData): string {
  const required = Math.ceil((rules.unitsTotal * rules.quorumNum) / rules.quorumDen);
  return [
    t(rules.secret ? "ballots.rule_secret" : "ballots.rule_open"),
    t("ballots.rule_quorum", { num: rules.quorumNum, den: rules.quorumDen, required, total: rules.unitsTotal }),
    t(rules.thresholdBase === "voting_units" ? "ballots.rule_base_voting" : "ballots.rule_base_all", {
      percent: Math.round(rules.threshold * 100),
    }),
    t(rules.selfVoteAllowed ? "ballots.rule_self_allowed" : "ballots.rule_self_forbidden"),
    t(rules.tieRule === "ranking" ? "ballots.rule_tie_ranking" : "ballots.rule_tie_revote"),
  ].join("\n");
}
