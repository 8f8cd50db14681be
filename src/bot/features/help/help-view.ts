import type { Translate } from "../../../i18n/translator.js";
import type { MemberSummary } from "../../member-summary.js";
import { roleLabel } from "../../role-label.js";

export type HelpData = {
  // The commands the person may use, in menu order.
  commands: string[];
  member: MemberSummary | null;
};

// /help: what this person can do, and who the bot takes them for.
export function helpView(t: Translate, data: HelpData) {
  const lines = [t("help.title")];
  for (const command of data.commands) lines.push(t("help.line", { command, description: t(`commands.${command}`) }));
  lines.push("");
  const { member } = data;
  lines.push(
    member
      ? t("help.you_are", {
          role: roleLabel(t, member.role, member.isLeaderUnit),
          unit: member.unitName ?? t("role.board"),
          bloc: member.blocName,
        })
      : t("help.not_member"),
  );
  return { text: lines.join("\n") };
}
