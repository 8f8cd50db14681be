// Loads Prisma's schema engine as WebAssembly so migrations run in-process, offline, with no native
// engine binary. Instantiated by hand because Node 20 cannot import .wasm modules without a flag.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { createAdapterFactory } from "./create-adapter-factory.js";

const require = createRequire(import.meta.url);
let loaded: Promise<typeof engineBindings> | undefined;

function loadBindings(): Promise<typeof engineBindings> {
  loaded ??= (async () => {
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineBindings;
  })();
  return loaded;
}

export type OpenSchemaEngineOptions = {
  // file:… or postgresql://…: the database migrated, or only the engine's dialect for a diff of two schemas.
  databaseUrl: string;
  schemaPath: string;
  onLog?: (line: string) => void;
};

export type OpenedSchemaEngine = { engine: SchemaEngine; close: () => Promise<void> };

// The engine never closes the connections it opens; an open one would keep SQLite locked for the
// application's own client (and a PostgreSQL pool alive), so they are tracked here and disposed on close.
export async function openSchemaEngine(options: OpenSchemaEngineOptions): Promise<OpenedSchemaEngine> {
  const bindings = await loadBindings();
  const schema = await readFile(options.schemaPath, "utf8");
  const factory = await createAdapterFactory(options.databaseUrl);
  const opened: SqlDriverAdapter[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await (bindings.SchemaEngine as unknown as typeof SchemaEngine).new(
    { datamodels: [[options.schemaPath, schema]] },
    (line: string) => options.onLog?.(line),
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}
