import { defineConfig } from "prisma/config";

// The CLI is only used to generate the client; migrations are applied in-process (src/db/apply-migrations.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/khoi.db" },
});
