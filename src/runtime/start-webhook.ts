import { createServer } from "node:http";
import type { Telegraf } from "telegraf";
import type { Logger } from "../logger.js";
import type { BotContext } from "../bot/bot-context.js";
import type { Runtime } from "./start-polling.js";

export type WebhookOptions = { port: number; url: string; secret: string };

// Telegram posts updates to WEBHOOK_URL's path; the secret header is checked by telegraf's callback.
export async function startWebhook(
  bot: Telegraf<BotContext>,
  logger: Logger,
  options: WebhookOptions,
): Promise<Runtime> {
  const path = new URL(options.url).pathname || "/";
  const callback = bot.webhookCallback(path, { secretToken: options.secret });
  const server = createServer((req, res) => {
    if (req.method === "GET" && new URL(req.url ?? "/", "http://localhost").pathname === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true }));
      return;
    }
    void callback(req, res).catch((error: unknown) => {
      logger.error({ err: error }, "webhook request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  await bot.telegram.setWebhook(options.url, {
    secret_token: options.secret,
    allowed_updates: ["message", "callback_query", "my_chat_member"],
  });
  logger.info({ port: options.port, path }, "webhook listening");
  return {
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
