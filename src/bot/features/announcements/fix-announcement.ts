import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { announceWizard } from "./announce-wizard.js";
import { askAudience } from "./ask-audience.js";
import { loadDraft } from "./load-draft.js";

// "✏️ Sửa nội dung" asks for the text again and returns to the preview; "✏️ Đổi người nhận" asks for the audience
// again. What was not corrected is kept, so a typo does not mean starting over.
export async function fixAnnouncementStep(ctx: BotContext, deps: BotDeps, field: "content" | "audience") {
  const draft = await loadDraft(ctx, deps, ["confirm"]);
  if (!draft) return;
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup(undefined).catch(() => undefined);
  if (field === "audience") return askAudience(ctx, deps, { ...draft, audience: undefined, unitIds: [] });
  await announceWizard.save(ctx, deps, "content", { ...draft, editing: true });
  await ctx.reply(ctx.t("announce.ask_new_content"));
}
