import { Markup, type Telegraf } from "telegraf";
import { acknowledgeAnnouncement } from "../../domain/announcements/acknowledge-announcement.js";
import { announcementPreview } from "../../domain/announcements/announcement-preview.js";
import { getAnnouncementAcks, type AckLine } from "../../domain/announcements/get-announcement-acks.js";
import { listAnnouncements } from "../../domain/announcements/list-announcements.js";
import { sendFollowUp } from "../../domain/announcements/send-follow-up.js";
import { DomainError } from "../../domain/domain-error.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import type { Translate } from "../../i18n/translator.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { ackButton } from "../announce-views.js";
import { encodeCallback } from "../callback-data.js";

const listSize = 10;

export function registerAnnouncements(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("announcements", async (ctx) => {
    if (!(await authorize(ctx, deps, "announce.view", "/announcements"))) return;
    const announcements = await listAnnouncements(deps.db, { blocId: ctx.actor.bloc!.id, limit: listSize });
    if (announcements.length === 0) return void (await ctx.reply(ctx.t("announce.list_empty")));
    const lines = [ctx.t("announce.list_title")];
    const buttons = announcements.map((announcement, i) => {
      const preview = announcementPreview(announcement, 40);
      lines.push(
        ctx.t("announce.list_line", {
          index: i + 1,
          date: formatDateTime(announcement.createdAt, deps.timeZone),
          preview,
          acked: announcement.ackCount,
          total: announcement.audience === "group" ? "–" : announcement.recipientCount,
          state: announcement.state === "sending" ? ctx.t("announce.list_sending") : "",
        }),
      );
      return [
        Markup.button.callback(
          ctx.t("announce.list_button", { index: i + 1, preview: announcementPreview(announcement, 30) }),
          encodeCallback({ kind: "announce_view", announcementId: announcement.id }),
        ),
      ];
    });
    await ctx.reply(lines.join("\n"), Markup.inlineKeyboard(buttons));
  });
}

function ackLine(t: Translate, line: AckLine, timeZone: string): string {
  if (line.ackedAt)
    return t("announce.acks_line_acked", { name: line.name, time: formatDateTime(line.ackedAt, timeZone) });
  if (line.state === "sent") return t("announce.acks_line_waiting", { name: line.name });
  if (line.state === "pending" || line.state === "sending") return t("announce.acks_line_pending", { name: line.name });
  return t("announce.acks_line_unreachable", { name: line.name });
}

// Who acknowledged, unit by unit, with the one follow-up offered while someone is still waiting.
export async function showAnnouncementAcks(ctx: BotContext, deps: BotDeps, announcementId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "announce.view", "button:announce_view"))) return;
  const view = await getAnnouncementAcks(deps.db, { blocId: ctx.actor.bloc!.id, announcementId });
  if (!view) throw new DomainError("announce.error_gone");
  const { t } = ctx;
  const { announcement } = view;
  const preview = announcementPreview(announcement, 60);
  const date = formatDateTime(announcement.createdAt, deps.timeZone);
  const lines =
    announcement.audience === "group"
      ? [t("announce.acks_group_title", { preview, date, acked: view.ackedCount })]
      : [
          t("announce.acks_title", {
            preview,
            date,
            audience: t(`announce.audience_${announcement.audience}`, { title: "" }),
            acked: view.ackedCount,
            total: view.recipientCount,
          }),
        ];
  let unit: string | null | undefined;
  for (const line of view.lines) {
    if (line.unitName !== unit) {
      unit = line.unitName;
      lines.push(t("announce.acks_unit", { unit: unit ?? t("role.board") }));
    }
    lines.push(ackLine(t, line, deps.timeZone));
  }
  if (announcement.followUpAt)
    lines.push(
      t("announce.acks_followed_up", {
        count: announcement.followUpCount,
        time: formatDateTime(announcement.followUpAt, deps.timeZone),
      }),
    );
  const canFollowUp = !announcement.followUpAt && view.waitingCount > 0 && announcement.audience !== "group";
  await ctx.answerCbQuery();
  await ctx.reply(
    lines.join("\n"),
    canFollowUp
      ? Markup.inlineKeyboard([
          [
            Markup.button.callback(
              t("announce.follow_up_button", { count: view.waitingCount }),
              encodeCallback({ kind: "announce_follow_up", announcementId }),
            ),
          ],
        ])
      : undefined,
  );
}

export async function followUpAnnouncement(ctx: BotContext, deps: BotDeps, announcementId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "announce.view", "button:announce_follow_up"))) return;
  const { count } = await sendFollowUp(deps.db, {
    blocId: ctx.actor.bloc!.id,
    announcementId,
    actor: { personId: ctx.actor.person!.id, telegramId: ctx.from!.id },
    ackButton: ackButton(null),
    now: deps.clock(),
  });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup(undefined).catch(() => undefined);
  await ctx.reply(ctx.t("announce.follow_up_sent", { count }));
}

// "Đã nhận": recorded before the answer; in a private chat the button then shows the time, in a group it
// stays for the others to tap.
export async function acknowledge(ctx: BotContext, deps: BotDeps, announcementId: string): Promise<void> {
  if (!ctx.actor.person) throw new DomainError("announce.error_not_recipient");
  const { ackedAt, already } = await acknowledgeAnnouncement(deps.db, {
    announcementId,
    personId: ctx.actor.person.id,
    telegramId: ctx.from!.id,
    now: deps.clock(),
  });
  const time = formatDateTime(ackedAt, deps.timeZone);
  await ctx.answerCbQuery(ctx.t(already ? "announce.ack_already" : "announce.ack_done", { time }));
  if (ctx.chat?.type === "private") {
    const done = Markup.inlineKeyboard([
      [
        Markup.button.callback(
          ctx.t("announce.ack_done_button", { time }),
          encodeCallback({ kind: "announce_ack", announcementId }),
        ),
      ],
    ]);
    await ctx
      .editMessageReplyMarkup(done.reply_markup)
      .catch((error: unknown) => ctx.log.debug({ err: error }, "could not mark the button"));
  }
}
