import { findNextUnsettled } from "../domain/delivery/find-next-unsettled.js";
import { safePass, settleEverything, type SenderParts } from "./sender-parts.js";

// Sends until nothing is due before the deadline (tests and `jobs run`). A started sender's loop does the sending
// and drain only waits; otherwise drain runs the passes itself.
export async function drainOutbox(
  parts: SenderParts,
  options: { started: boolean; timeoutMs?: number },
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const isSettled = async (): Promise<boolean> => {
    const pending = await findNextUnsettled(parts.db);
    if (!pending) return true;
    // Not due before the deadline: nothing more to do now.
    return pending.nextAttemptAt.getTime() - parts.clock().getTime() > deadline - Date.now();
  };
  if (options.started) {
    while (Date.now() < deadline && !(await isSettled())) await new Promise((resolve) => setTimeout(resolve, 20));
    return;
  }
  parts.state.running = true;
  parts.keeper.start();
  try {
    while (Date.now() < deadline) {
      const step = await safePass(parts);
      if (step.launched > 0) continue;
      if (parts.pass.sending > 0 || !parts.recorder.idle || !(await isSettled())) await parts.wake.nap(step.waitMs);
      else return;
    }
  } finally {
    parts.state.running = false;
    await settleEverything(parts);
    await parts.keeper.stop();
  }
}
