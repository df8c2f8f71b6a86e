import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "Public API" };

type Schema = Record<string, unknown> & { $ref?: string; type?: string | string[]; items?: Schema; enum?: unknown[]; anyOf?: Schema[]; format?: string };

/** A schema in a few words: "string (date)", "ActorSummary[]", "day | week | month", "integer 1–100". */
function typeLabel(s: Schema | undefined): string {
  if (!s) return "any";
  if (s.$ref) return s.$ref.split("/").at(-1)!;
  if (s.anyOf) return s.anyOf.map(typeLabel).join(" or ");
  if (s.enum) return s.enum.join(" | ");
  if (s.type === "array") return `${typeLabel(s.items)}[]`;
  if (s.type === "object") return "object";
  const bounds = s.minimum !== undefined && s.maximum !== undefined ? ` ${s.minimum}–${s.maximum}` : "";
  return `${String(s.type ?? "any")}${s.format ? ` (${s.format})` : ""}${bounds}`;
}

/** The schema a 200 answer carries. */
function answerOf(responses: Record<string, unknown>): string {
  const ok = responses[200] as { content: { "application/json": { schema: Schema } } };
  return typeLabel(ok.content["application/json"].schema);
}

function Properties({ schema }: { schema: Schema }) {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
  const required = new Set((schema.required ?? []) as string[]);
  return (
    <div className="table-wrap">
      <table className="table">
        <thead><tr><th>Field</th><th>Type</th><th>Meaning</th></tr></thead>
        <tbody>
          {properties.map(([name, p]) => (
            <tr key={name}>
              <td><code>{name}</code>{required.has(name) ? "" : " (optional)"}</td>
              <td>{p.type === "object" ? <Properties schema={p} /> : typeLabel(p)}</td>
              <td>{String(p.description ?? "")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The API reference, rendered from the same OpenAPI document /api/v1/openapi.json serves. */
export default function ApiReferencePage() {
  const doc = openApiDocument();
  return (
    <>
      <h1>{doc.info.title}</h1>
      {doc.info.description.split("\n\n").map((p) => <p key={p}>{p}</p>)}
      <p>
        Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI {doc.openapi}). Example:{" "}
        <code>curl &apos;/api/v1/statements?speaker=vladimir-putin&amp;direct=true&amp;limit=5&apos;</code>
      </p>

      <h2>Endpoints</h2>
      {Object.entries(doc.paths).map(([path, { get }]) => (
        <section key={path} className="card" style={{ marginBottom: 16 }} aria-labelledby={get.operationId}>
          <h3 id={get.operationId}><code>GET {path}</code> — {get.summary}</h3>
          <p>{get.description}</p>
          {get.parameters.length > 0 && (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Parameters of {path}</caption>
                <thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Meaning</th></tr></thead>
                <tbody>
                  {get.parameters.map((p) => (
                    <tr key={p.name}>
                      <td><code>{p.name}</code>{p.required ? " (required)" : ""}</td>
                      <td>{p.in}</td>
                      <td>{typeLabel(p.schema as Schema)}{(p.schema as Schema).type === "array" ? ", repeatable" : ""}</td>
                      <td>{p.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="small">
            Answers:{" "}
            {Object.entries(get.responses).map(([status, r], i) => (
              <span key={status}>{i > 0 && " · "}<strong>{status}</strong> {(r as { description: string }).description}</span>
            ))}
            {" "}(200 gives <a href={`#${answerOf(get.responses)}`}>{answerOf(get.responses)}</a>)
          </p>
        </section>
      ))}

      <h2>Schemas</h2>
      {Object.entries(doc.components.schemas).map(([name, schema]) => (
        <section key={name} style={{ marginBottom: 16 }} aria-labelledby={name}>
          <h3 id={name}>{name}</h3>
          <Properties schema={schema as Schema} />
        </section>
      ))}
    </>
  );
}
