import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import getRawBody from "raw-body";
import type { Telegraf } from "telegraf";
import type { Update } from "telegraf/types";
import type { Logger } from "../logger.js";
import type { BotContext } from "../bot/bot-context.js";
import { hadStorageFailure } from "../bot/middleware/storage-failures.js";
import type { Runtime } from "./start-polling.js";
import { answerOpsRequest, type OpsEndpoints } from "./answer-ops-request.js";
import type { CheckHealth } from "./check-health.js";

// Telegram's updates are a few kilobytes (a message is at most 4,096 characters plus entities); 1 MB leaves room
// and stops a client from making us buffer a 64 MB body. A body or headers that trickle in are cut off, and the
// number of open connections is capped (Telegram opens at most 100, by default 40).
export const defaultWebhookLimits = {
  maxBodyBytes: 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  maxConnections: 200,
};
export type WebhookLimits = typeof defaultWebhookLimits;
export type WebhookOptions = {
  port: number;
  url: string;
  secret: string;
  health: CheckHealth;
  metrics?: OpsEndpoints["metrics"];
  limits?: Partial<WebhookLimits>;
};

const secretHeader = "x-telegram-bot-api-secret-token";

// The body is read as bytes and decoded once, so a character split between two packets arrives whole.
async function readUpdate(req: IncomingMessage, limits: WebhookLimits): Promise<Update> {
  const text = await getRawBody(req, { limit: limits.maxBodyBytes, encoding: "utf-8" });
  const update: unknown = JSON.parse(text);
  if (typeof (update as { update_id?: unknown })?.update_id !== "number") throw new Error("not an update");
  return update as Update;
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown })?.status;
  return typeof status === "number" && status >= 400 && status < 500 ? status : 400;
}

// Telegram posts updates to WEBHOOK_URL's path with the secret header. A storage failure while handling an update
// answers 500, so Telegram sends the update again later instead of it being lost.
export async function startWebhook(
  bot: Telegraf<BotContext>,
  logger: Logger,
  options: WebhookOptions,
): Promise<Runtime> {
  const limits = { ...defaultWebhookLimits, ...options.limits };
  const path = new URL(options.url).pathname || "/";
  const handle = async (req: IncomingMessage & { body?: Update }, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (await answerOpsRequest(req, res, options)) return;
    // The secret is checked before the body is read: a stranger's body is never buffered.
    if (req.method !== "POST" || url.pathname !== path || req.headers[secretHeader] !== options.secret) {
      res.writeHead(403).end();
      return;
    }
    try {
      req.body = await readUpdate(req, limits);
    } catch (error) {
      logger.warn({ err: error }, "webhook body refused");
      res.writeHead(statusOf(error), { connection: "close" }).end();
      return;
    }
    await bot.handleUpdate(req.body);
    res.writeHead(hadStorageFailure(req.body) ? 503 : 200).end();
  };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, limits.requestTimeoutMs),
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        logger.error({ err: error }, "webhook request failed");
        if (!res.headersSent) res.writeHead(500).end();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  await bot.telegram.setWebhook(options.url, {
    secret_token: options.secret,
    allowed_updates: ["message", "callback_query", "my_chat_member"],
  });
  logger.info({ port: options.port, path }, "webhook listening");
  return {
    stop: async () => {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
