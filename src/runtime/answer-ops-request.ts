import type { IncomingMessage, ServerResponse } from "node:http";
import type { Metrics } from "../metrics/create-metrics.js";
import { answerHealth } from "./answer-health.js";
import type { CheckHealth } from "./check-health.js";

export type OpsEndpoints = { health: CheckHealth; metrics?: Metrics };

// GET /healthz and GET /metrics, on the webhook server and on the small polling-mode port alike. Returns false
// for any other request, which the caller answers.
export async function answerOpsRequest(
  req: IncomingMessage,
  res: ServerResponse,
  endpoints: OpsEndpoints,
): Promise<boolean> {
  if (req.method !== "GET") return false;
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  if (path === "/healthz") {
    await answerHealth(res, endpoints.health);
    return true;
  }
  if (path === "/metrics" && endpoints.metrics) {
    const text = await endpoints.metrics.render();
    res.writeHead(200, { "content-type": endpoints.metrics.contentType, "cache-control": "no-store" }).end(text);
    return true;
  }
  return false;
}
