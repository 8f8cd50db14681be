import { performance } from "node:perf_hooks";
import { createBotHarness } from "../test/support/bot-harness.js";
import { makeUser, seedExampleBloc } from "../test/support/fixtures.js";
import { createTestDb } from "../test/support/test-db.js";
import { mb, percentile, type BenchCase } from "./harness.js";

// Updates through the whole bot (dedupe, actor loading, policy, SQLite writes), Telegram faked in-process.
export function updateThroughput(options: { registrations: number; helps: number }): BenchCase {
  return {
    name: `bot: ${options.registrations} /start <token> + ${options.helps} /help`,
    run: async () => {
      const t = await createTestDb();
      const seed = await seedExampleBloc(t.db);
      const h = createBotHarness({ db: t.db });
      const users = Array.from({ length: options.registrations }, (_, i) => makeUser(`U${i}`));
      const tokens = [];
      for (let i = 0; i < users.length; i++)
        tokens.push(await seed.invite(seed.units[i % seed.units.length]!.code, "liaison"));
      const heapBefore = process.memoryUsage().heapUsed;
      const latencies: number[] = [];
      const started = performance.now();
      for (let i = 0; i < users.length; i++) {
        const t0 = performance.now();
        await h.text(users[i]!, `/start ${tokens[i]}`);
        latencies.push(performance.now() - t0);
      }
      for (let i = 0; i < options.helps; i++) {
        const t0 = performance.now();
        await h.text(users[i % users.length]!, "/help");
        latencies.push(performance.now() - t0);
      }
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const figures = {
        "updates/s": Math.round((options.registrations + options.helps) / seconds),
        "p50 ms": percentile(latencies, 50).toFixed(2),
        "p95 ms": percentile(latencies, 95).toFixed(2),
        "p99 ms": percentile(latencies, 99).toFixed(2),
        "heap Δ MB": mb(process.memoryUsage().heapUsed - heapBefore),
        "rss MB": mb(process.memoryUsage().rss),
      };
      await t.close();
      return figures;
    },
  };
}
