import { Markup, type Telegraf } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { z } from "zod";
import { endConversation } from "../../domain/conversations/end-conversation.js";
import { getConversation, type ActiveConversation } from "../../domain/conversations/get-conversation.js";
import { startConversation } from "../../domain/conversations/start-conversation.js";
import { updateConversation } from "../../domain/conversations/update-conversation.js";
import { findVersion } from "../../domain/drafts/find-version.js";
import { listFinalVersions } from "../../domain/drafts/list-final-versions.js";
import { parseDeadline } from "../../domain/drafts/parse-deadline.js";
import { listMembers } from "../../domain/members/list-members.js";
import { can } from "../../domain/policy/policy.js";
import { delegateSigning } from "../../domain/signing/delegate-signing.js";
import { findOpenRound } from "../../domain/signing/find-signing-round.js";
import { getSigningStatus } from "../../domain/signing/get-signing-status.js";
import { openSigningRound } from "../../domain/signing/open-signing-round.js";
import { resolveSigner } from "../../domain/signing/resolve-signer.js";
import { prepareSignature } from "../../domain/signing/prepare-signature.js";
import { shortFingerprint } from "../../domain/signing/short-fingerprint.js";
import { signCovenant } from "../../domain/signing/sign-covenant.js";
import { voidSigningRound } from "../../domain/signing/void-signing-round.js";
import { DomainError } from "../../domain/domain-error.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import { sendDueCertificates } from "../../exports/send-due-certificates.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { encodeCallback } from "../callback-data.js";
import { cancelRow } from "../draft-views.js";
import { signButtons } from "../sign-buttons.js";
import { DraftFileSchema, readDraftFile } from "./new-draft.js";

export const signingKind = "signing";
export const voidKind = "signing_void";

const OpenFlowSchema = z.object({
  document: z
    .object({ fileId: z.string(), fileName: z.string(), sha256: z.string(), draftVersionId: z.string().nullable() })
    .optional(),
  title: z.string().optional(),
  deadline: z.string().nullable().optional(),
});
type OpenFlow = z.infer<typeof OpenFlowSchema>;
const VoidFlowSchema = z.object({ roundId: z.string() });

const actorOf = (ctx: BotContext) => ({ personId: ctx.actor.person!.id, telegramId: ctx.from!.id });

// Shows the latest round, if any, and says whether one is open.
async function showStatus(ctx: BotContext, deps: BotDeps): Promise<"none" | "open" | "closed"> {
  const status = await getSigningStatus(deps.db, { blocId: ctx.actor.bloc!.id });
  if (!status) return "none";
  const { round } = status;
  const { t } = ctx;
  const lines = [
    t(`signing.status_${round.state}`, {
      title: round.title,
      signed: status.signed,
      total: status.total,
      fingerprint: shortFingerprint(round.sha256),
      reason: round.voidReason ?? "",
    }),
    ...status.rows.map((row) =>
      row.signedAt
        ? t(row.role === "delegate" ? "signing.row_signed_delegate" : "signing.row_signed", {
            unit: row.shortName ?? row.unitName,
            name: row.signerName ?? "?",
            by: row.delegatedByName ?? "",
            time: formatDateTime(row.signedAt, deps.timeZone),
          })
        : t(row.delegateName ? "signing.row_missing_delegate" : "signing.row_missing", {
            unit: row.shortName ?? row.unitName,
            delegate: row.delegateName ?? "",
          }),
    ),
  ];
  const buttons: InlineKeyboardButton[][] = [];
  if (round.state === "open") {
    const signer = ctx.actor.person
      ? await resolveSigner(deps.db, {
          blocId: ctx.actor.bloc!.id,
          roundId: round.id,
          personId: ctx.actor.person.id,
        }).catch(() => null)
      : null;
    const mine = signer ? status.rows.find((row) => row.unitId === signer.unitId) : null;
    if (signer && mine && !mine.signedAt) {
      buttons.push([
        Markup.button.callback(t("signing.sign_button"), encodeCallback({ kind: "sign", roundId: round.id })),
      ]);
      if (signer.role === "signatory")
        buttons.push([
          Markup.button.callback(
            t("signing.delegate_button"),
            encodeCallback({ kind: "signing_delegate", roundId: round.id }),
          ),
        ]);
    }
    if (can(ctx.actor, "signing.manage"))
      buttons.push([
        Markup.button.callback(t("signing.void_button"), encodeCallback({ kind: "signing_void", roundId: round.id })),
      ]);
  }
  await ctx.reply(lines.join("\n"), buttons.length > 0 ? Markup.inlineKeyboard(buttons) : undefined);
  return round.state === "open" ? "open" : "closed";
}

export function registerSigning(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("signing", async (ctx) => {
    if (!(await authorize(ctx, deps, "signing.view", "/signing"))) return;
    const state = await showStatus(ctx, deps);
    if (state === "open" || !can(ctx.actor, "signing.manage")) {
      if (state === "none") await ctx.reply(ctx.t("signing.none"));
      return;
    }
    await startConversation(deps.db, {
      personId: ctx.actor.person!.id,
      kind: signingKind,
      step: "source",
      now: deps.clock(),
    });
    const versions = await listFinalVersions(deps.db, { blocId: ctx.actor.bloc!.id });
    const rows = versions.map((v) => [
      Markup.button.callback(
        ctx.t("signing.source_version", { title: v.draft.title, version: v.number }),
        encodeCallback({ kind: "signing_source", versionId: v.id }),
      ),
    ]);
    rows.push([Markup.button.callback(ctx.t("signing.source_upload"), encodeCallback({ kind: "signing_upload" }))]);
    rows.push(cancelRow(ctx.t) as (typeof rows)[number]);
    await ctx.reply(
      ctx.t(versions.length > 0 ? "signing.ask_source" : "signing.ask_source_no_final"),
      Markup.inlineKeyboard(rows),
    );
  });
}

async function openFlow(ctx: BotContext, deps: BotDeps, steps: string[]): Promise<OpenFlow | null> {
  if (!(await authorize(ctx, deps, "signing.manage", "button:signing"))) return null;
  const conversation = await getConversation(deps.db, { personId: ctx.actor.person!.id, now: deps.clock() });
  if (!conversation || conversation.kind !== signingKind || !steps.includes(conversation.step)) {
    await ctx.answerCbQuery(ctx.t("errors.stale_button"), { show_alert: true });
    return null;
  }
  return OpenFlowSchema.parse(conversation.data);
}

async function save(ctx: BotContext, deps: BotDeps, step: string, data: OpenFlow) {
  await updateConversation(deps.db, { personId: ctx.actor.person!.id, step, data, now: deps.clock() });
}

async function askDeadline(ctx: BotContext, deps: BotDeps, data: OpenFlow) {
  await save(ctx, deps, "deadline", data);
  await ctx.reply(
    ctx.t("signing.ask_deadline"),
    Markup.inlineKeyboard([
      [Markup.button.callback(ctx.t("signing.no_deadline_button"), encodeCallback({ kind: "signing_no_deadline" }))],
      cancelRow(ctx.t),
    ]),
  );
}

async function askConfirm(ctx: BotContext, deps: BotDeps, data: OpenFlow) {
  await save(ctx, deps, "confirm", data);
  const deadline = data.deadline
    ? formatDateTime(new Date(data.deadline), deps.timeZone)
    : ctx.t("signing.no_deadline");
  await ctx.reply(
    ctx.t("signing.confirm_open", {
      title: data.title!,
      name: data.document!.fileName,
      fingerprint: shortFingerprint(data.document!.sha256),
      deadline,
    }),
    Markup.inlineKeyboard([
      [Markup.button.callback(ctx.t("signing.open_button"), encodeCallback({ kind: "signing_open" }))],
      cancelRow(ctx.t),
    ]),
  );
}

export async function chooseSigningVersion(ctx: BotContext, deps: BotDeps, versionId: string): Promise<void> {
  const data = await openFlow(ctx, deps, ["source"]);
  if (!data) return;
  const version = await findVersion(deps.db, { blocId: ctx.actor.bloc!.id, versionId });
  if (!version.isFinal) throw new DomainError("signing.error_not_final");
  await ctx.answerCbQuery();
  await askDeadline(ctx, deps, {
    ...data,
    title: version.draft.title,
    document: {
      fileId: version.fileId,
      fileName: version.fileName,
      sha256: version.sha256,
      draftVersionId: version.id,
    },
  });
}

export async function chooseSigningUpload(ctx: BotContext, deps: BotDeps): Promise<void> {
  const data = await openFlow(ctx, deps, ["source"]);
  if (!data) return;
  await save(ctx, deps, "file", data);
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("signing.ask_file"), Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

export async function skipSigningDeadline(ctx: BotContext, deps: BotDeps): Promise<void> {
  const data = await openFlow(ctx, deps, ["deadline"]);
  if (!data) return;
  await ctx.answerCbQuery();
  await askConfirm(ctx, deps, { ...data, deadline: null });
}

export async function handleSigningInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "signing.manage", "conversation:signing"))) return;
  const data = OpenFlowSchema.parse(conversation.data);
  const message = ctx.message!;
  const text = "text" in message ? message.text.trim() : null;
  if (conversation.step === "file") {
    const file: z.infer<typeof DraftFileSchema> = await readDraftFile(ctx, deps);
    await save(ctx, deps, "title", {
      ...data,
      document: { fileId: file.fileId, fileName: file.fileName, sha256: file.sha256, draftVersionId: null },
    });
    return void (await ctx.reply(ctx.t("signing.ask_title")));
  }
  if (conversation.step === "title") {
    if (!text || text.length > 300) return void (await ctx.reply(ctx.t("drafts.error_bad_title")));
    return askDeadline(ctx, deps, { ...data, title: text });
  }
  if (conversation.step === "deadline") {
    if (!text) return void (await ctx.reply(ctx.t("signing.ask_deadline")));
    const deadline = parseDeadline(text, { timeZone: deps.timeZone, now: deps.clock() });
    return askConfirm(ctx, deps, { ...data, deadline: deadline.toISOString() });
  }
  await ctx.reply(ctx.t("announce.use_buttons"));
}

export async function confirmOpenSigning(ctx: BotContext, deps: BotDeps): Promise<void> {
  const data = await openFlow(ctx, deps, ["confirm"]);
  if (!data) return;
  const { signatories, units } = await openSigningRound(deps.db, {
    blocId: ctx.actor.bloc!.id,
    openedById: ctx.actor.person!.id,
    actor: actorOf(ctx),
    title: data.title!,
    document: data.document!,
    deadline: data.deadline ? new Date(data.deadline) : null,
    buttons: signButtons,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageText(
    ctx.t("signing.opened", {
      title: data.title!,
      signatories,
      units,
      fingerprint: shortFingerprint(data.document!.sha256),
    }),
  );
}

// First tap: the unit, the title and the fingerprint again, and a final yes.
export async function askSign(ctx: BotContext, deps: BotDeps, roundId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "signing.view", "button:sign"))) return;
  const { round, signer } = await prepareSignature(deps.db, {
    blocId: ctx.actor.bloc!.id,
    roundId,
    personId: ctx.actor.person!.id,
    timeZone: deps.timeZone,
  });
  await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t(signer.role === "delegate" ? "signing.confirm_sign_delegate" : "signing.confirm_sign", {
      unit: signer.unitName,
      title: round.title,
      fingerprint: shortFingerprint(round.sha256),
      name: ctx.actor.person!.firstName,
    }),
    Markup.inlineKeyboard([
      [Markup.button.callback(ctx.t("signing.confirm_button"), encodeCallback({ kind: "sign_confirm", roundId }))],
      cancelRow(ctx.t),
    ]),
  );
}

export async function confirmSign(ctx: BotContext, deps: BotDeps, roundId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "signing.view", "button:sign_confirm"))) return;
  const result = await signCovenant(deps.db, {
    blocId: ctx.actor.bloc!.id,
    roundId,
    personId: ctx.actor.person!.id,
    actor: actorOf(ctx),
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.editMessageText(
    ctx.t("signing.signed", {
      unit: result.unitName,
      title: result.title,
      fingerprint: shortFingerprint(result.sha256),
      time: formatDateTime(result.signature.signedAt, deps.timeZone),
      signed: result.signed,
      total: result.units,
    }),
  );
  if (!result.completed) return;
  // The certificate job would send it within a minute anyway; doing it now tells everyone sooner.
  await sendDueCertificates(deps.db, {
    now: deps.clock(),
    timeZone: deps.timeZone,
    translator: deps.translator,
    locale: deps.defaultLocale,
    roundId,
  }).catch((error: unknown) => ctx.log.error({ err: error, roundId }, "certificate failed; the job will retry"));
  deps.outbox.notify();
}

export async function chooseDelegate(ctx: BotContext, deps: BotDeps, roundId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "signing.view", "button:signing_delegate"))) return;
  const round = await findOpenRound(deps.db, { blocId: ctx.actor.bloc!.id, roundId });
  const signer = await resolveSigner(deps.db, { blocId: ctx.actor.bloc!.id, roundId, personId: ctx.actor.person!.id });
  if (signer.role !== "signatory") throw new DomainError("signing.error_not_signatory");
  const groups = await listMembers(deps.db, { blocId: ctx.actor.bloc!.id, unitId: signer.unitId });
  const colleagues = groups[0]?.members.filter((m) => m.personId !== ctx.actor.person!.id) ?? [];
  await ctx.answerCbQuery();
  if (colleagues.length === 0) return void (await ctx.reply(ctx.t("signing.no_colleagues", { unit: signer.unitName })));
  await ctx.reply(
    ctx.t("signing.ask_delegate", { title: round.title, unit: signer.unitName }),
    Markup.inlineKeyboard([
      ...colleagues.map((m) => [
        Markup.button.callback(m.name, encodeCallback({ kind: "signing_delegate_to", roundId, personId: m.personId })),
      ]),
      cancelRow(ctx.t),
    ]),
  );
}

export async function delegateTo(ctx: BotContext, deps: BotDeps, roundId: string, personId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "signing.view", "button:signing_delegate_to"))) return;
  const { delegateName, unitName } = await delegateSigning(deps.db, {
    blocId: ctx.actor.bloc!.id,
    roundId,
    signatoryId: ctx.actor.person!.id,
    delegateId: personId,
    actor: actorOf(ctx),
    buttons: signButtons,
    now: deps.clock(),
  });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("signing.delegated", { name: delegateName, unit: unitName }));
}

export async function startVoid(ctx: BotContext, deps: BotDeps, roundId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "signing.manage", "button:signing_void"))) return;
  await findOpenRound(deps.db, { blocId: ctx.actor.bloc!.id, roundId });
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: voidKind,
    step: "reason",
    data: { roundId },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("signing.ask_void_reason"), Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

export async function handleVoidInput(ctx: BotContext, deps: BotDeps, conversation: ActiveConversation): Promise<void> {
  if (!(await authorize(ctx, deps, "signing.manage", "conversation:signing_void"))) return;
  const { roundId } = VoidFlowSchema.parse(conversation.data);
  const message = ctx.message!;
  if (!("text" in message)) return void (await ctx.reply(ctx.t("signing.ask_void_reason")));
  const { title, signed } = await voidSigningRound(deps.db, {
    blocId: ctx.actor.bloc!.id,
    roundId,
    reason: message.text,
    actor: actorOf(ctx),
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  deps.outbox.notify();
  await ctx.reply(ctx.t("signing.voided", { title, signed }));
}
