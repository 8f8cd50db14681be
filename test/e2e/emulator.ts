// A thin layer over telegram-test-api: people who send commands and press buttons, and read what the bot sent them.
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { freePort, waitFor } from "./processes.js";

type TelegramClient = ReturnType<TelegramServer["getClient"]>;
type Button = { text: string; callback_data?: string };

export type BotMessage = { messageId: number; chatId: number; text: string; buttons: Button[] };

export async function startEmulator(token: string) {
  const server = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 600 });
  await server.start();
  const observer = server.getClient(token);
  let context: () => string = () => "";

  // Everything the emulator stored for this bot, read over its client HTTP API. Bot messages carry chat_id;
  // an edit (editMessageText) changes the stored message in place, so the history shows the current text.
  async function history(): Promise<any[]> {
    return (await observer.getUpdatesHistory()) as any[];
  }
  async function botMessages(chatId: number): Promise<BotMessage[]> {
    return (await history())
      .filter((u) => u.message?.chat_id !== undefined && Number(u.message.chat_id) === chatId)
      .map((u) => ({
        messageId: Number(u.messageId),
        chatId,
        text: String(u.message.text ?? ""),
        buttons: ((u.message.reply_markup?.inline_keyboard ?? []) as Button[][]).flat(),
      }));
  }
  async function highWaterMark(): Promise<number> {
    return Math.max(0, ...(await history()).map((u) => Number(u.messageId)));
  }

  return {
    server,
    apiRoot: server.config.apiURL,
    /** What to print when a wait times out (e.g. the bot's log). */
    setContext(fn: () => string) {
      context = fn;
    },
    botMessages,
    highWaterMark,
    person(options: { id: number; firstName: string; lastName: string; languageCode: string }) {
      const client: TelegramClient = server.getClient(token, {
        userId: options.id,
        chatId: options.id,
        firstName: options.firstName,
        userName: `${options.firstName.toLowerCase()}_${options.id}`,
      });
      const from = { last_name: options.lastName, language_code: options.languageCode };
      const waitForMessage = (what: string, match: (m: BotMessage) => boolean, timeoutMs = 10_000) =>
        waitFor(`${what} (chat ${options.id})`, async () => (await botMessages(options.id)).find(match), {
          timeoutMs,
          context: async () =>
            `messages to ${options.id}: ${JSON.stringify(await botMessages(options.id).catch(() => []))}\n${context()}`,
        });
      return {
        id: options.id,
        name: `${options.firstName} ${options.lastName}`,
        waitForMessage,
        /** Sends a command and resolves with the first message the bot sends to this chat afterwards. */
        async command(text: string): Promise<BotMessage> {
          const mark = await highWaterMark();
          await client.sendCommand(client.makeCommand(text, { from } as never));
          return waitForMessage(`a reply to ${JSON.stringify(text.split(" ")[0])}`, (m) => m.messageId > mark);
        },
        /** Presses an inline button of a message the bot sent to this person. */
        async press(message: BotMessage, buttonText: string): Promise<void> {
          const button = message.buttons.find((b) => b.text === buttonText);
          if (!button?.callback_data)
            throw new Error(`no button ${JSON.stringify(buttonText)} in ${JSON.stringify(message.buttons)}`);
          await client.sendCallback(
            client.makeCallbackQuery(button.callback_data, {
              from,
              message: { message_id: message.messageId, text: message.text },
            } as never),
          );
        },
      };
    },
    stop: () => server.stop(),
  };
}

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;
export type Person = ReturnType<Emulator["person"]>;
