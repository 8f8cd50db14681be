import type { Composer } from "telegraf";
import { z } from "zod";
import type { BotContext } from "./bot-context.js";
import { registryPerComposer } from "./registry-per-composer.js";

// Telegram's limit for callback_data, in bytes.
export const maxCallbackBytes = 64;

// Codes in use, so two features cannot claim the same one (checked when the modules load).
const taken = new Set<string>();

type Fields = Record<string, z.ZodType<string>>;
type Values<F extends Fields> = { [K in keyof F]: z.infer<F[K]> };

export type CallbackCodec<F extends Fields> = {
  code: string;
  pack: (values: Values<F>) => string;
  unpack: (raw: string) => Values<F> | null;
};

// One button kind of a feature: "<code>:<field>:<field>", fields in declaration order, parsed again with zod on
// every press (the data comes from the client and may be forged or old).
export function createCallbackData<F extends Fields>(code: string, fields: F): CallbackCodec<F> {
  if (!/^[a-z][a-z0-9]{0,3}$/.test(code)) throw new Error(`bad callback code ${code}`);
  if (taken.has(code)) throw new Error(`callback code ${code} is used twice`);
  taken.add(code);
  const names = Object.keys(fields);
  const schema = z.object(fields);
  return {
    code,
    pack(values) {
      const raw = [code, ...names.map((name) => String(values[name]))].join(":");
      if (Buffer.byteLength(raw) > maxCallbackBytes) throw new Error(`callback data over 64 bytes: ${raw}`);
      return raw;
    },
    unpack(raw) {
      const [head, ...parts] = raw.split(":");
      if (head !== code || parts.length !== names.length) return null;
      const parsed = schema.safeParse(Object.fromEntries(names.map((name, i) => [name, parts[i]])));
      return parsed.success ? (parsed.data as Values<F>) : null;
    },
  };
}

// Ids the bot puts into buttons (cuid).
export const idField = z.string().regex(/^[a-z0-9]{10,40}$/);

export async function answerStale(ctx: BotContext): Promise<void> {
  ctx.log.info(
    { raw: ctx.callbackQuery && "data" in ctx.callbackQuery ? ctx.callbackQuery.data : undefined },
    "stale or malformed button",
  );
  await ctx.answerCbQuery(ctx.t("errors.stale_button"), { show_alert: true });
}

type ButtonHandler = (ctx: BotContext, raw: string) => Promise<unknown>;
// Each composer's buttons, by code: one middleware per composer finds the pressed one, where a middleware per button
// had every update walk past some 120 of them (a /help went through 439 middlewares, bench/update-throughput.ts).
const buttonsOf = registryPerComposer<ButtonHandler>((composer, registered) =>
  composer.use((ctx, next) => {
    if (!ctx.callbackQuery) return next();
    const raw = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : "";
    const pressed = registered.get(raw.split(":", 1)[0]!);
    return pressed ? pressed(ctx, raw) : next();
  }),
);

// Registers a button handler: the press is decoded and validated before the handler sees it, and a press of this
// code that does not decode (malformed, or from an old version) is answered as stale by its own feature. Codes are
// unique, so the order in which a composer's buttons were registered does not matter.
export function onButton<F extends Fields>(
  composer: Composer<BotContext>,
  codec: CallbackCodec<F>,
  handler: (ctx: BotContext, data: Values<F>) => Promise<unknown>,
): void {
  buttonsOf(composer).set(codec.code, async (ctx, raw) => {
    const data = codec.unpack(raw);
    if (!data) return answerStale(ctx);
    await handler(ctx, data);
  });
}

export function registeredCallbackCodes(): string[] {
  return [...taken];
}
