import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { appApplicationName } from "./create-adapter-factory.js";

// PostgreSQL's one-byte "char" (relkind, contype… in pg_catalog) has no column type in the adapter, so the schema
// engine cannot describe a database through it (a diff from the migrations fails with "Column type 'char' could
// not be deserialized"). Its text form is the character itself: read it as text.
const pgChar = 18;
const pgText = 25;
function readCharAsText<T>(result: T): T {
  for (const field of (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields ?? [])
    if (field.dataTypeID === pgChar) field.dataTypeID = pgText;
  return result;
}
class CatalogReadingClient extends pg.Client {}
const plainQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
// The pool calls query with a callback, a transaction's client without one.
CatalogReadingClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const callback = args.at(-1);
  if (typeof callback === "function")
    args[args.length - 1] = (error: unknown, result: unknown) => callback(error, readCharAsText(result));
  const result = plainQuery.apply(this, args);
  return result instanceof Promise ? result.then(readCharAsText) : result;
} as typeof pg.Client.prototype.query;

// The URL is split into its fields: node-postgres lets a connection string win over `database`, which the shadow
// database (where the schema engine replays migrations for a diff) overrides. The adapter's own shadow database
// is dropped while its pool still holds a connection, which PostgreSQL refuses; this one closes the pool first.
export function createPostgresFactory(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  const config = {
    application_name: appApplicationName,
    ...parseIntoClientConfig(databaseUrl),
    Client: CatalogReadingClient,
  };
  const factory = new PrismaPg(config);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: async (): Promise<SqlDriverAdapter> => {
      const admin = new pg.Client({ ...parseIntoClientConfig(databaseUrl), application_name: "khoi-migrate" });
      await admin.connect();
      const database = `khoi_shadow_${randomUUID().replaceAll("-", "")}`;
      await admin.query(`CREATE DATABASE "${database}"`);
      const adapter = await new PrismaPg({ ...config, database }).connect();
      const dispose = adapter.dispose.bind(adapter);
      let disposed: Promise<void> | undefined;
      // Disposed by the engine and again by openSchemaEngine's close: once is enough.
      adapter.dispose = () =>
        (disposed ??= (async () => {
          await dispose();
          await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
          await admin.end();
        })());
      return adapter;
    },
  };
}
