import type { Db } from "../../db/create-database.js";

// The bloc's linked Telegram group, or null.
export async function getBlocGroup(db: Db, options: { blocId: string }) {
  const bloc = await db.bloc.findUnique({ where: { id: options.blocId } });
  if (!bloc?.groupChatId) return null;
  return { chatId: bloc.groupChatId, title: bloc.groupTitle ?? "", canPin: bloc.groupCanPin };
}
