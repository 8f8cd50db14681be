import { afterEach, expect } from "vitest";
import { takeTextProblems } from "./check-sent-text.js";

afterEach(() => {
  expect(takeTextProblems(), "texts the bot sent").toEqual([]);
});
