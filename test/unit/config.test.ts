import { describe, expect, test } from "vitest";
import { formatConfigProblems, parseConfig } from "../../src/config/load-config.js";

const token = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123";

describe("configuration", () => {
  test("only BOT_TOKEN is needed; everything else has a default", () => {
    const result = parseConfig({ BOT_TOKEN: token });
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({
        BOT_TOKEN: token,
        DATABASE_URL: "file:./data/khoi.db",
        TELEGRAM_API_ROOT: "https://api.telegram.org",
        BOT_MODE: "polling",
        APP_TIMEZONE: "Asia/Ho_Chi_Minh",
        DEFAULT_LOCALE: "vi",
        LOG_LEVEL: "info",
      }),
    });
  });

  test("a missing token is named", () => {
    const result = parseConfig({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(["BOT_TOKEN is required"]);
  });

  test("each bad variable is named once, in one message", () => {
    const result = parseConfig({
      BOT_TOKEN: "nope",
      BOT_MODE: "carrier-pigeon",
      APP_TIMEZONE: "Mars/Olympus",
      DEFAULT_LOCALE: "fr",
      TELEGRAM_API_ROOT: "not a url",
      DATABASE_URL: "mysql://x",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const names = result.problems.map((p) => p.split(" ")[0]);
    expect(names.sort()).toEqual([
      "APP_TIMEZONE",
      "BOT_MODE",
      "BOT_TOKEN",
      "DATABASE_URL",
      "DEFAULT_LOCALE",
      "TELEGRAM_API_ROOT",
    ]);
    const message = formatConfigProblems(result.problems);
    expect(message.split("\n")[0]).toBe("Invalid configuration (see .env.example):");
    expect(message).not.toContain("    at ");
  });

  test("webhook mode requires PORT, WEBHOOK_URL and WEBHOOK_SECRET", () => {
    const result = parseConfig({ BOT_TOKEN: token, BOT_MODE: "webhook" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        "PORT is required when BOT_MODE=webhook",
        "WEBHOOK_URL is required when BOT_MODE=webhook",
        "WEBHOOK_SECRET is required when BOT_MODE=webhook",
      ]);
    }
    const ok = parseConfig({
      BOT_TOKEN: token,
      BOT_MODE: "webhook",
      PORT: "8443",
      WEBHOOK_URL: "https://bot.example.vn/telegram",
      WEBHOOK_SECRET: "s3cret-s3cret-s3cret",
    });
    expect(ok.ok && ok.config.PORT).toBe(8443);
  });

  test("blank values fall back to defaults", () => {
    const result = parseConfig({ BOT_TOKEN: token, LOG_LEVEL: "", DATABASE_URL: "  " });
    expect(result.ok && result.config.LOG_LEVEL).toBe("info");
    expect(result.ok && result.config.DATABASE_URL).toBe("file:./data/khoi.db");
  });

  test("DATABASE_URL takes a SQLite file or a PostgreSQL server, and nothing else", () => {
    for (const url of ["file:/var/lib/khoi/khoi.db", "postgresql://khoi:secret@db:5432/khoi", "postgres://db/khoi"]) {
      const result = parseConfig({ BOT_TOKEN: token, DATABASE_URL: url });
      expect(result.ok && result.config.DATABASE_URL).toBe(url);
    }
    const refused = parseConfig({ BOT_TOKEN: token, DATABASE_URL: "mysql://db/khoi" });
    expect(!refused.ok && refused.problems.join("\n")).toMatch(/^DATABASE_URL .*postgresql:\/\//m);
  });
});
