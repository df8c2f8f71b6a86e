import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

// Prisma's schema engine compiled to WebAssembly (the CLI would download a native one, which
// cannot be had offline). Used only by developer tooling and tests, never by the app.
const PACKAGE = "@prisma/schema-engine-wasm";
const CHAR_OID = 18;
const TEXT_OID = 25;

type SchemaEngine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

type Field = { dataTypeID: number };
type Queryable = {
  performIO(query: object): Promise<{ fields: Field[] }>;
  queryRaw(query: object): Promise<{ columnTypes: number[] }>;
};

export async function loadSchemaEngine(connectionString: string, schema: string): Promise<SchemaEngine> {
  const dir = path.resolve(import.meta.dirname, "../../node_modules", PACKAGE);
  // The wasm build reports panics through this global.
  const registry = { message: "", set_message(message: string) { this.message = message; } };
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof registry }).PRISMA_WASM_PANIC_REGISTRY = registry;
  const bindings = await import(path.join(dir, "schema_engine_bg.js"));
  const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();

  const pg = new PrismaPg({ connectionString });
  const factory = {
    provider: pg.provider,
    adapterName: pg.adapterName,
    connect: async () => reportCharColumns(await pg.connect()),
    connectToShadowDb: async () => reportCharColumns(await pg.connectToShadowDb()),
  };
  // The engine expects the adapter wrapped as Prisma's CLI wraps it (bound methods, Result values).
  const adapter = bindMigrationAwareSqlAdapterFactory(factory as never);
  try {
    return await bindings.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => undefined, adapter);
  } catch (err) {
    throw registry.message ? new Error(`Schema engine panicked: ${registry.message}`) : err;
  }
}

// adapter-pg refuses PostgreSQL's internal "char" type (OID 18), which the engine's catalogue
// queries return: read such columns as text, then tell the engine they are characters.
function reportCharColumns<T>(adapter: T): T {
  const queryable = adapter as unknown as Queryable;
  const charColumns = new WeakMap<object, number[]>();
  const performIO = queryable.performIO.bind(queryable);
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const indexes: number[] = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        indexes.push(i);
      }
    });
    charColumns.set(query, indexes);
    return result;
  };
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return adapter;
}
