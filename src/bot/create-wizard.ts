import type { Composer } from "telegraf";
import type { z } from "zod";
import { endConversation } from "../domain/conversations/end-conversation.js";
import { getConversation, type ActiveConversation } from "../domain/conversations/get-conversation.js";
import { startConversation } from "../domain/conversations/start-conversation.js";
import { updateConversation } from "../domain/conversations/update-conversation.js";
import type { BotContext } from "./bot-context.js";
import type { BotDeps } from "./bot-deps.js";

export type WizardState<D> = { step: string; data: D };

// The person's open wizard is read once per update, whichever feature asks.
const lookups = new WeakMap<BotContext, Promise<ActiveConversation | null>>();

export function activeConversation(ctx: BotContext, deps: BotDeps): Promise<ActiveConversation | null> {
  const person = ctx.actor?.person;
  if (!person) return Promise.resolve(null);
  let lookup = lookups.get(ctx);
  if (!lookup) {
    lookup = getConversation(deps.db, { personId: person.id, now: deps.clock() });
    lookups.set(ctx, lookup);
  }
  return lookup;
}

// The update's context load read the open wizard with the actor (loadActorAndConversation): no second query.
export function primeConversation(ctx: BotContext, conversation: ActiveConversation | null): void {
  lookups.set(ctx, Promise.resolve(conversation));
}

function isCommand(ctx: BotContext): boolean {
  return !!ctx.message && "text" in ctx.message && ctx.message.text.startsWith("/");
}

// One multi-step dialogue of a feature, its state kept in the database (a restart resumes at the same step) and
// typed by its zod schema. Commands never reach a wizard, so /help or /cancel always work in the middle of one.
export function createWizard<S extends z.ZodType<Record<string, unknown>>>(kind: string, schema: S) {
  type Data = z.infer<S>;
  const personId = (ctx: BotContext) => ctx.actor.person!.id;
  const forget = (ctx: BotContext) => lookups.delete(ctx);
  return {
    kind,
    async start(ctx: BotContext, deps: BotDeps, step: string, data: Data): Promise<void> {
      forget(ctx);
      await startConversation(deps.db, { personId: personId(ctx), kind, step, data, now: deps.clock() });
    },
    async save(ctx: BotContext, deps: BotDeps, step: string, data: Data): Promise<void> {
      forget(ctx);
      await updateConversation(deps.db, { personId: personId(ctx), step, data, now: deps.clock() });
    },
    async end(ctx: BotContext, deps: BotDeps): Promise<void> {
      forget(ctx);
      await endConversation(deps.db, { personId: personId(ctx) });
    },
    // This wizard's state when it is open (at one of `steps`, if given); null for a button of a finished wizard.
    async load(ctx: BotContext, deps: BotDeps, steps?: string[]): Promise<WizardState<Data> | null> {
      const open = await activeConversation(ctx, deps);
      if (!open || open.kind !== kind || (steps && !steps.includes(open.step))) return null;
      const parsed = schema.safeParse(open.data);
      return parsed.success ? { step: open.step, data: parsed.data } : null;
    },
    // Messages in a private chat while this wizard is open go to `handler`; anything else passes on.
    onMessage(
      composer: Composer<BotContext>,
      deps: BotDeps,
      handler: (ctx: BotContext, state: WizardState<Data>) => Promise<unknown>,
    ) {
      // A plain middleware, not composer.on("message"): telegraf's filter adds two promise-chained layers, and every
      // update walks past each wizard's (bench/update-throughput.ts).
      composer.use(async (ctx, next) => {
        if (!ctx.message || ctx.chat?.type !== "private" || isCommand(ctx)) return next();
        const state = await this.load(ctx, deps);
        return state ? handler(ctx, state) : next();
      });
    },
  };
}

export type Wizard<D extends Record<string, unknown>> = ReturnType<typeof createWizard<z.ZodType<D>>>;
