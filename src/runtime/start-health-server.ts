import { createServer } from "node:http";
import type { Logger } from "../logger.js";
import { answerHealth } from "./answer-health.js";
import type { CheckHealth } from "./check-health.js";

export type HealthServer = { port: number; stop: () => Promise<void> };

// In polling mode nothing else listens: with PORT set, a small server answers GET /healthz only (404 otherwise).
export async function startHealthServer(options: { port: number; check: CheckHealth; logger: Logger }) {
  const server = createServer({ requestTimeout: 5000, headersTimeout: 5000 }, (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method !== "GET" || path !== "/healthz") return void res.writeHead(404).end();
    answerHealth(res, options.check).catch((error: unknown) => {
      options.logger.error({ err: error }, "health check failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.maxConnections = 20;
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(options.port, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  options.logger.info({ port }, "health check listening");
  return {
    port,
    stop: async () => {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  } satisfies HealthServer;
}
