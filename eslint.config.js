// Layer rules: the domain knows nothing of Telegram or documents, the bot knows nothing of Prisma, and only the
// scheduler imports node-cron. Size limits keep files and functions small enough to read in one go.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const restrict = (patterns) => ["error", { patterns }];

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "src/generated/", ".tmp/", "coverage/", "bench/fixtures/"] },
  js.configs.recommended,
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: { process: "readonly", console: "readonly" } } },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-empty": ["error", { allowEmptyCatch: true }],
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      "max-lines": ["error", { max: 250, skipBlankLines: true, skipComments: true }],
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }],
      "@typescript-eslint/no-restricted-imports": restrict([
        { group: ["node-cron"], message: "Only src/scheduler/scheduler.ts schedules with node-cron." },
      ]),
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict([
        { group: ["telegraf", "telegraf/*"], message: "The domain speaks no Telegram." },
        { group: ["**/bot/**", "**/bot"], message: "The domain does not import the bot layer." },
        { group: ["**/documents/**"], message: "The domain does not build documents." },
        { group: ["node-cron"], message: "Only src/scheduler/scheduler.ts schedules with node-cron." },
      ]),
    },
  },
  {
    files: ["src/bot/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict([
        { group: ["**/generated/prisma/**", "@prisma/*"], message: "The bot layer uses domain types, not Prisma." },
        {
          group: ["**/db/**"],
          allowTypeImports: true,
          message: "The bot layer reaches the database only through domain services.",
        },
        { group: ["node-cron"], message: "Only src/scheduler/scheduler.ts schedules with node-cron." },
      ]),
    },
  },
  {
    files: ["src/delivery/**/*.ts", "src/scheduler/**/*.ts", "src/exports/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict([
        { group: ["**/bot/**"], message: "Only the composition root joins the bot and the jobs." },
      ]),
    },
  },
  {
    files: ["src/scheduler/scheduler.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
);
