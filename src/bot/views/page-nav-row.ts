import { Markup } from "telegraf";
import type { Translate } from "../../i18n/translator.js";

// ◀ and ▶ under a paged list; nothing when it fits on one page.
export function pageNavRow(t: Translate, page: number, pages: number, pack: (page: number) => string) {
  const row = [];
  if (page > 0) row.push(Markup.button.callback(t("paging.previous"), pack(page - 1)));
  if (page < pages - 1) row.push(Markup.button.callback(t("paging.next"), pack(page + 1)));
  return row;
}
