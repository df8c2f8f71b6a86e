import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

// Prisma's schema engine compiled to WebAssembly (the CLI would download a native one, which
// cannot be had offline). Used only by developer tooling, never by the app.
const PACKAGE = "@prisma/schema-engine-wasm";

type SchemaEngine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

export async function loadSchemaEngine(connectionString: string, schema: string): Promise<SchemaEngine> {
  const dir = path.resolve(import.meta.dirname, "../../node_modules", PACKAGE);
  const bindings = await import(path.join(dir, "schema_engine_bg.js"));
  const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  // The engine expects the adapter wrapped as Prisma's CLI wraps it (bound methods, Result values).
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(charAsTextPool(connectionString)));
  return bindings.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => undefined, adapter);
}

// adapter-pg cannot deserialise PostgreSQL's internal "char" type (OID 18), which the engine's
// catalogue queries return; report those columns as text (OID 25).
function charAsTextPool(connectionString: string): pg.Pool {
  const fix = (result: pg.QueryResult) => {
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  const patch = (target: { query: (...args: unknown[]) => unknown }) => {
    const query = target.query.bind(target);
    target.query = (...args: unknown[]) => {
      const result = query(...args);
      return result instanceof Promise ? result.then(fix) : result;
    };
  };
  const pool = new pg.Pool({ connectionString, max: 2 });
  patch(pool as never);
  pool.on("connect", (client) => patch(client as never));
  return pool;
}
