import type { MemberRole } from "../../../domain/members/member-role.js";
import type { Translate } from "../../../i18n/translator.js";
import type { MemberSummary } from "../../member-summary.js";
import { roleLabel } from "../../role-label.js";

export type WelcomeData = {
  name: string;
  // Null for someone the bot does not know as a member yet.
  member: MemberSummary | null;
};

// /start without a token: what the bot is and how to join, or a greeting naming the member's unit and role.
export function welcomeView(t: Translate, data: WelcomeData) {
  const { member } = data;
  if (!member) return { text: t("start.welcome") };
  return {
    text: t("start.welcome_member", {
      name: data.name,
      role: roleLabel(t, member.role, member.isLeaderUnit),
      unit: member.unitName ?? t("role.board"),
      bloc: member.blocName,
    }),
  };
}

export type JoinedData = {
  status: "joined" | "already_member";
  blocName: string;
  unitName: string | null;
  role: MemberRole;
  isLeaderUnit: boolean;
};

// The answer to /start <token>: the bloc, unit and role the person now acts for.
export function joinedView(t: Translate, data: JoinedData) {
  return {
    text: t(data.status === "joined" ? "start.joined" : "start.already_member", {
      bloc: data.blocName,
      unit: data.unitName ?? t("role.board"),
      role: roleLabel(t, data.role, data.isLeaderUnit),
    }),
  };
}
