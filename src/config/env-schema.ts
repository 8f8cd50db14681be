import { z } from "zod";
import { defaultTimeZone } from "../domain/reports/zoned-time.js";

const LocaleSchema = z.enum(["vi", "en"]);

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

export const EnvBaseSchema = z.object({
  BOT_TOKEN: z
    .string({ error: "is required" })
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "must look like 123456:ABC-DEF… (the token from @BotFather)"),
  BOT_USERNAME: z
    .string()
    .regex(/^[A-Za-z0-9_]{5,32}$/, "must be a Telegram bot username without @")
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:.+|postgres(ql)?:\/\/.+)/i,
      "must be a SQLite URL such as file:./data/khoi.db or a PostgreSQL URL such as postgresql://khoi@db:5432/khoi",
    )
    .default("file:./data/khoi.db"),
  TELEGRAM_API_ROOT: z.url({ error: "must be an http(s) URL" }).default("https://api.telegram.org"),
  BOT_MODE: z.enum(["polling", "webhook"], { error: "must be polling or webhook" }).default("polling"),
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535).optional(),
  WEBHOOK_URL: z
    .url({
      protocol: /^https$/,
      error: "must be an https URL without a query string, such as https://bot.example.vn/telegram",
    })
    .refine((url) => !url.includes("?"), "must not contain a query string")
    .optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A-Z, a-z, 0-9, _ or -")
    .optional(),
  APP_TIMEZONE: z
    .string()
    .refine(isTimeZone, "must be an IANA time zone such as Asia/Ho_Chi_Minh")
    .default(defaultTimeZone),
  DEFAULT_LOCALE: LocaleSchema.default("vi"),
  // Names this process among several bot replicas (logs, /healthz, outbox claims, job leases); default hostname:pid.
  REPLICA_ID: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, "must be 1–64 characters of A-Z, a-z, 0-9, _, ., : or -")
    .optional(),
  // Telegram's global limit for the bot, shared by all replicas: 30/s for ordinary bots (more with paid broadcasts).
  OUTBOX_GLOBAL_PER_SECOND: z.coerce.number({ error: "must be a number" }).int().min(1).max(1000).default(30),
  // How long a replica's claim on the rows it is sending holds without being renewed: how long the sends of a
  // killed replica wait before another replica takes them over.
  OUTBOX_CLAIM_LEASE_MS: z.coerce.number({ error: "must be a number" }).int().min(1000).max(600_000).default(60_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.string().default("development"),
});

export const EnvSchema = EnvBaseSchema.superRefine(
  (env, ctx) => {
    if (env.BOT_MODE !== "webhook") return;
    for (const key of ["PORT", "WEBHOOK_URL", "WEBHOOK_SECRET"] as const) {
      if (env[key] === undefined)
        ctx.addIssue({ code: "custom", path: [key], message: "is required when BOT_MODE=webhook" });
    }
  },
  { when: () => true },
); // zod 4 skips refinements once a field failed; run anyway so every bad variable is named

// The CLI works without a token when it has nothing to ask Telegram.
export const CliEnvSchema = EnvBaseSchema.pick({
  BOT_USERNAME: true,
  DATABASE_URL: true,
  TELEGRAM_API_ROOT: true,
  APP_TIMEZONE: true,
  DEFAULT_LOCALE: true,
  LOG_LEVEL: true,
}).extend({ BOT_TOKEN: EnvBaseSchema.shape.BOT_TOKEN.optional() });

export type CliConfig = z.infer<typeof CliEnvSchema>;
export type AppConfig = z.infer<typeof EnvSchema>;
export type Locale = z.infer<typeof LocaleSchema>;
export const supportedLocales: readonly Locale[] = LocaleSchema.options;
