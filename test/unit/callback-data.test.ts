import { describe, expect, test } from "vitest";
import { decodeCallback, encodeCallback, type CallbackData } from "../../src/bot/callback-data.js";

const samples: CallbackData[] = [];

describe("callback data", () => {
  test.each(samples)("round-trips %o within Telegram's 64 bytes", (data) => {
    const encoded = encodeCallback(data);
    expect(Buffer.byteLength(encoded)).toBeLessThanOrEqual(64);
    expect(decodeCallback(encoded)).toEqual(data);
  });

  test.each(["", "zz", "hr:cmabc1234567890abcdefghij:maybe", "hs:title"])("rejects %j", (raw) => {
    expect(decodeCallback(raw)).toBeNull();
  });
});
