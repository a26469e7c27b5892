// The only answers the SDK's methods give in another shape than the API sends them, each because
// the existing JS SDK's docs promise that shape (see docs/migrating.md). Every other answer is the
// spec's, untouched, and the CLI and the MCP server, which print the API's JSON, get none of these.
// This is the one place such a change is declared: its type in `Reshaped`, its work in `reshapers`.
import type { components } from "../../generated/allo.js";
import type { CallSearchResult, Webhook } from "../types.js";

type Wire = components["schemas"];

/** The SDK methods whose answer differs from the spec's, and what they resolve to instead. */
export interface Reshaped {
  "calls.search": CallSearchResult;
  "webhooks.create": Webhook;
  "webhooks.delete": void;
}

/** From what the API answered (its `data`) to what the method resolves to. */
export const reshapers: { readonly [N in keyof Reshaped]: (data: unknown) => Reshaped[N] } = {
  "calls.search": (data) => callsPageFromWire(data as Wire["CallSearchResult"]),
  "webhooks.create": (data) => webhookFromCreate(data as Wire["CreatedWebhook"]),
  // Any 2xx means deleted; whatever body came with it says nothing more.
  "webhooks.delete": () => undefined,
};

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
