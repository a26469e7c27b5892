// The operations a proxy can forward, named as the SDK methods that call them. Each names its
// operationId in the spec (test/proxy/operations.test.ts checks method and path against it) and the
// generated validators of its path, query and body.
import * as schemas from "../../generated/schemas.js";
import type { Validator } from "../validate.js";

interface OperationSpec {
  operationId: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The spec's path template, such as `/contact/{contact_id}`. */
  path: string;
  params?: Validator;
  query?: Validator;
  body?: Validator;
}

/**
 * An operation a proxy may forward, named as the SDK method that calls it. The `searchAll` and
 * `conversationAll` iterators call `contacts.search`, `calls.search` and `contacts.conversation`.
 * Spelled out (rather than `keyof typeof OPERATIONS`) so the published types do not carry the
 * validators' types; the Record below fails to compile if the two ever differ.
 */
export type AlloOperation =
  | "numbers.list"
  | "sms.send"
  | "sms.sendFrance"
  | "calls.search"
  | "contacts.search"
  | "contacts.create"
  | "contacts.update"
  | "contacts.get"
  | "contacts.conversation"
  | "webhooks.list"
  | "webhooks.create"
  | "webhooks.delete";

export const OPERATIONS: Readonly<Record<AlloOperation, OperationSpec>> = {
  "numbers.list": { operationId: "listNumbers", method: "GET", path: "/numbers" },
  "sms.send": { operationId: "sendSms", method: "POST", path: "/sms", body: schemas.SendSmsInput },
  "sms.sendFrance": { operationId: "sendSms", method: "POST", path: "/sms", body: schemas.SendSmsFranceInput },
  "calls.search": { operationId: "searchCalls", method: "GET", path: "/calls", query: schemas.searchCallsQuery },
  "contacts.search": { operationId: "searchContacts", method: "GET", path: "/contacts", query: schemas.searchContactsQuery },
  "contacts.create": { operationId: "createContact", method: "POST", path: "/contacts", body: schemas.CreateContactInput },
  "contacts.update": {
    operationId: "updateContact",
    method: "PUT",
    path: "/contacts/{contact_id}",
    params: schemas.updateContactPath,
    body: schemas.UpdateContactInput,
  },
  "contacts.get": {
    operationId: "getContact",
    method: "GET",
    path: "/contact/{contact_id}",
    params: schemas.getContactPath,
    query: schemas.getContactQuery,
  },
  "contacts.conversation": {
    operationId: "getContactConversation",
    method: "GET",
    path: "/contact/{contact_id}/conversation",
    params: schemas.getContactConversationPath,
    query: schemas.getContactConversationQuery,
  },
  "webhooks.list": { operationId: "listWebhooks", method: "GET", path: "/webhooks" },
  "webhooks.create": { operationId: "createWebhook", method: "POST", path: "/webhooks", body: schemas.CreateWebhookInput },
  "webhooks.delete": { operationId: "deleteWebhook", method: "DELETE", path: "/webhooks/{webhook_id}", params: schemas.deleteWebhookPath },
};

/** A request matched to the operations its method and path can be. */
export interface Route {
  /** One operation, or two for `POST /sms` (the body tells `sms.send` from `sms.sendFrance`). */
  candidates: AlloOperation[];
  /** The path parameters, decoded. */
  params: Record<string, string>;
}

const NAMES = Object.keys(OPERATIONS) as AlloOperation[];

/** The operations `method` and `path` (relative to Allo's base URL, still percent-encoded) can be; null for an unknown route. */
export function route(method: string, path: string): Route | null {
  const segments = path.split("/");
  for (const name of NAMES) {
    const op: OperationSpec = OPERATIONS[name];
    if (op.method !== method) continue;
    const params = match(op.path.split("/"), segments);
    if (params) return { candidates: NAMES.filter((n) => OPERATIONS[n].method === method && OPERATIONS[n].path === op.path), params };
  }
  return null;
}

/** The path of an operation with its parameters filled in, encoded. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
}

function match(template: string[], segments: string[]): Record<string, string> | null {
  if (template.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of template.entries()) {
    const segment = segments[i]!;
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name === undefined) {
      if (part !== segment) return null;
    } else {
      if (segment === "") return null;
      params[name] = decode(segment);
    }
  }
  return params;
}

// A malformed escape (`%E0%A4%A`) is kept as sent: the id's validator then refuses or accepts it.
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
