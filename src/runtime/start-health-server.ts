import { createServer } from "node:http";
import type { Logger } from "../logger.js";
import { answerOpsRequest, type OpsEndpoints } from "./answer-ops-request.js";

export type HealthServer = { port: number; stop: () => Promise<void> };

// In polling mode nothing else listens: with PORT set, a small server answers GET /healthz and /metrics only.
export async function startHealthServer(options: OpsEndpoints & { port: number; logger: Logger }) {
  const server = createServer({ requestTimeout: 5000, headersTimeout: 5000 }, (req, res) => {
    answerOpsRequest(req, res, options).then(
      (answered) => {
        if (!answered) res.writeHead(404).end();
      },
      (error: unknown) => {
        options.logger.error({ err: error }, "health check failed");
        if (!res.headersSent) res.writeHead(500).end();
      },
    );
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
