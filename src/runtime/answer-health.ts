import type { ServerResponse } from "node:http";
import type { CheckHealth } from "./check-health.js";

// Both servers (webhook, and the small health port in polling mode) answer GET /healthz the same way.
export async function answerHealth(res: ServerResponse, check: CheckHealth): Promise<void> {
  const health = await check();
  res
    .writeHead(health.ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" })
    .end(JSON.stringify(health));
}
