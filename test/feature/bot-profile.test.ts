import { Telegram } from "telegraf";
import { afterAll, beforeAll, expect, test } from "vitest";
import { setDefaultCommandMenus } from "../../src/bot/command-menus.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api/fake-bot-api.js";

// What a person sees before talking to the bot: its description and short description in their language, the
// menu for strangers (with /cancel), and in a group only the command that works there.
let api: FakeBotApi;
let telegram: Telegram;
beforeAll(async () => {
  api = await startFakeBotApi();
  telegram = new Telegram(api.token, { apiRoot: api.apiRoot });
  await setDefaultCommandMenus(telegram, createTranslator({ fallbackLocale: "vi" }), "vi");
});
afterAll(async () => api.stop());

const call = (method: string, params: Record<string, unknown> = {}) =>
  telegram.callApi(method as "getMyCommands", params as never) as Promise<any>;

test("description and short description per language, Vietnamese the default", async () => {
  const vi = await call("getMyDescription");
  const en = await call("getMyDescription", { language_code: "en" });
  expect(vi.description).toMatch(/^Khối là trợ lý Telegram của khối thi đua/);
  expect(en.description).toMatch(/^Khối is the Telegram assistant of an emulation bloc/);
  const short = await call("getMyShortDescription", { language_code: "en" });
  expect(short.short_description).toMatch(/^The emulation bloc's assistant/);
  expect(short.short_description.length).toBeLessThanOrEqual(120);
  expect((await call("getMyShortDescription")).short_description).toMatch(/^Trợ lý của khối thi đua/);
});

test("the strangers' menu lists /cancel; groups get a menu of their own", async () => {
  const menu = await call("getMyCommands");
  expect(menu.map((entry: { command: string }) => entry.command)).toEqual(["start", "help", "lang", "cancel"]);
  expect(menu.at(-1).description).toBe("Thoát thao tác đang làm dở");
  const english = await call("getMyCommands", { language_code: "en" });
  expect(english.at(-1)).toEqual({ command: "cancel", description: "Leave what you are doing" });
  const group = await call("getMyCommands", { scope: { type: "all_group_chats" } });
  expect(group).toEqual([{ command: "linkgroup", description: "Liên kết nhóm này làm nhóm chung của khối" }]);
  const englishGroup = await call("getMyCommands", { scope: { type: "all_group_chats" }, language_code: "en" });
  expect(englishGroup).toEqual([{ command: "linkgroup", description: "Link this group as the bloc's group" }]);
});

test("a description already right is not sent again; one refused call does not stop the others", async () => {
  const translator = createTranslator({ fallbackLocale: "vi" });
  const before = api.callsTo("setMyDescription").length;
  api.fail({ method: "getMyShortDescription", times: 2, reply: { kind: "429", retryAfter: 30 } });
  await call("setMyCommands", { commands: [] });
  const failed = await setDefaultCommandMenus(telegram, translator, "vi");
  expect(failed).toEqual(["setMyShortDescription vi", "setMyShortDescription en"]);
  expect(api.callsTo("setMyDescription").length).toBe(before);
  expect((await call("getMyCommands")).map((entry: { command: string }) => entry.command)).toContain("cancel");
});
