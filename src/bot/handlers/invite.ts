import { dismiss } from "../features/wizard/wizard-callbacks.js";
import { Markup, type Telegraf } from "telegraf";
import { listUnits } from "../../domain/blocs/list-units.js";
import { createInvite } from "../../domain/invites/create-invite.js";
import { inviteLink } from "../../domain/invites/invite-token.js";
import { can } from "../../domain/policy/policy.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import type { MemberRole } from "../../generated/prisma/client.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { encodeCallback } from "../callback-data.js";
import { roleLabel } from "../role-label.js";
import { findUnit } from "../../domain/blocs/find-unit.js";
import { DomainError } from "../../domain/domain-error.js";

export function registerInvite(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("invite", async (ctx) => {
    if (!(await authorize(ctx, deps, "invite.create", "/invite"))) return;
    const units = await listUnits(deps.db, { blocId: ctx.actor.bloc!.id });
    const rows = units.map((unit) => [
      Markup.button.callback(unit.shortName ?? unit.name, encodeCallback({ kind: "invite_unit", unitId: unit.id })),
    ]);
    if (can(ctx.actor, "invite.create_board")) {
      rows.push([
        Markup.button.callback(ctx.t("invite.board_option"), encodeCallback({ kind: "invite_unit", unitId: "board" })),
      ]);
    }
    rows.push([Markup.button.callback(ctx.t("common.cancel"), dismiss.pack({}))]);
    await ctx.reply(ctx.t("invite.choose_unit"), Markup.inlineKeyboard(rows));
  });
}

export async function chooseInviteUnit(ctx: BotContext, deps: BotDeps, unitId: string): Promise<void> {
  if (unitId === "board") return issueInvite(ctx, deps, null, "board");
  if (!(await authorize(ctx, deps, "invite.create", "button:invite_unit"))) return;
  const unit = await findUnit(deps.db, { blocId: ctx.actor.bloc!.id, unitId });
  await ctx.answerCbQuery();
  if (!unit) return void (await ctx.reply(ctx.t("invite.error_unknown_unit")));
  const roles = ["signatory", "liaison"] as const;
  await ctx.editMessageText(
    ctx.t("invite.choose_role", { unit: unit.name }),
    Markup.inlineKeyboard([
      ...roles.map((role) => [
        Markup.button.callback(roleLabel(ctx.t, role), encodeCallback({ kind: "invite_role", unitId: unit.id, role })),
      ]),
      [Markup.button.callback(ctx.t("common.cancel"), dismiss.pack({}))],
    ]),
  );
}

export async function issueInvite(
  ctx: BotContext,
  deps: BotDeps,
  unitId: string | null,
  role: MemberRole,
): Promise<void> {
  const action = role === "board" ? "invite.create_board" : "invite.create";
  if (!(await authorize(ctx, deps, action, `button:invite_${role}`))) return;
  const username = ctx.botInfo?.username;
  if (!username) throw new DomainError("invite.error_no_username");
  const invite = await createInvite(deps.db, {
    blocId: ctx.actor.bloc!.id,
    unitId,
    role,
    actor: { personId: ctx.actor.person?.id, telegramId: ctx.from!.id },
    now: deps.clock(),
  });
  const unit = unitId ? await findUnit(deps.db, { blocId: ctx.actor.bloc!.id, unitId }) : null;
  await ctx.answerCbQuery();
  await ctx.editMessageText(
    ctx.t("invite.created", {
      role: roleLabel(ctx.t, role),
      unit: unit?.name ?? ctx.actor.bloc!.name,
      link: inviteLink(username, invite.token),
      expires: formatDateTime(invite.expiresAt, deps.timeZone),
      uses: invite.maxUses,
    }),
    { link_preview_options: { is_disabled: true } },
  );
}
