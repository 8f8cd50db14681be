import { expect } from "vitest";
import type { FakeBotApi } from "./fake-bot-api/fake-bot-api.js";

// A refused button press: the reason is the press's one answer, a toast, and nothing is sent or edited in the chat.
// Returns the toast's text.
export async function readRefusal(api: FakeBotApi, user: { id: number }, press: () => Promise<unknown>) {
  const written = ["send*", "editMessage*"];
  const messages = api.callsTo(written, user.id).length;
  const answers = api.callsTo("answerCallbackQuery", user.id).length;
  await press();
  expect(
    api
      .callsTo(written, user.id)
      .slice(messages)
      .map((c) => c.params["text"] ?? c.method),
  ).toEqual([]);
  const toasts = api.callsTo("answerCallbackQuery", user.id).slice(answers);
  expect(toasts.map((c) => c.outcome)).toEqual(["ok"]);
  return String(toasts[0]!.params["text"] ?? "");
}
