import type { Translate } from "../../i18n/translator.js";

// "10 người, 1 không liên lạc được": who a message goes to, with the people left out because they blocked the bot
// counted apart, so a count that shrank is explained.
export function peopleCount(t: Translate, data: { count: number; unreachable?: number }): string {
  if (!data.unreachable) return t("audience.people", { count: data.count });
  return t("audience.people_unreachable", { count: data.count, unreachable: data.unreachable });
}
