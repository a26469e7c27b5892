// The two places where the API's answer differs from the shape the SDK documents (the existing JS SDK's docs), and
// the only places where the client reshapes an answer. Every other field passes through untouched.
import type { components } from "../generated/allo.js";
import type { CallSearchResult, Webhook } from "./types.js";

type Wire = components["schemas"];

/** POST /webhooks answers `alloNumber` (camelCase) where every other answer says `allo_number`. */
export function webhookFromCreate(wire: Wire["CreatedWebhook"] | Webhook): Webhook {
  if (!wire || typeof wire !== "object" || !("alloNumber" in wire)) return wire as Webhook;
  const { alloNumber, ...rest } = wire;
  return { ...rest, allo_number: "allo_number" in rest ? (rest as Webhook).allo_number : alloNumber } as Webhook;
}

/**
 * GET /calls answers flat `metadata: { total_pages, current_page }`; GET /contacts nests it under
 * `pagination`, as the seeds document for both. Callers get the nested shape; other metadata
 * fields stay where they are. An answer already nested is left alone.
 */
export function callsPageFromWire(wire: Wire["CallSearchResult"] | CallSearchResult): CallSearchResult {
  const metadata = (wire?.metadata ?? {}) as Record<string, unknown>;
  if (metadata.pagination && typeof metadata.pagination === "object") return wire as CallSearchResult;
  const { total_pages, current_page, ...rest } = metadata;
  return { ...wire, metadata: { ...rest, pagination: { total_pages, current_page } } } as CallSearchResult;
}
