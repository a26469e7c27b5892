// Typechecked against the published types in a fresh install (test/package/package.test.ts).
import {
  AlloApiError,
  AlloClient,
  AlloValidationError,
  type Call,
  type Contact,
  type ConversationItem,
  type RequestOptions,
  type WebhookTopic,
} from "allo-client";
import { startAlloMock, type AlloMock } from "allo-client/mock";
import { WebhookReceiver, verifyToken, type CallReceivedPayload } from "allo-client/webhooks";
import { createAlloProxy, type AlloOperation } from "allo-client/proxy";
import { alloKeys, type useContacts, type AlloQueryResult } from "allo-client/react";

export async function sync(apiKey: string): Promise<Contact[]> {
  const allo = new AlloClient({ apiKey, timeout: 10_000 });
  const out: Contact[] = [];
  for await (const contact of allo.contacts.searchAll({ size: 100 })) out.push(contact);
  return out;
}

export async function lastCall(allo: AlloClient, options?: RequestOptions): Promise<Call | undefined> {
  const page = await allo.calls.search({ allo_number: "+13055550180", size: 1 }, options);
  return page.results[0];
}

export function describeError(error: unknown): string {
  if (error instanceof AlloApiError) return `${error.status} ${error.code} ${error.retryAfter ?? ""}`;
  if (error instanceof AlloValidationError) return `${error.field}: ${error.reason}`;
  return String(error);
}

export async function withMock(): Promise<AlloMock> {
  return startAlloMock({ port: 0 });
}

const topics: WebhookTopic[] = ["CALL_RECEIVED", "SMS_SENT"];
export const hooks = topics;

// @ts-expect-error: request topics are closed
export const wrong: WebhookTopic = "CALL_ENDED";

export const receiver = new WebhookReceiver({ allowedAlloNumbers: ["+13055550180"], maxBodyBytes: 65_536 }).onCallReceived(
  (payload: CallReceivedPayload) => {
    const minutes: number | null | undefined = payload.length_in_minutes;
    void minutes;
  },
);
export const route = receiver.fetchHandler();
export const tokenOk: boolean = verifyToken("a", "b");

const allowed: AlloOperation[] = ["numbers.list", "contacts.search"];
export const proxy: (request: Request) => Promise<Response> = createAlloProxy({
  apiKey: "k",
  allow: allowed,
  basePath: "/api/allo",
  authorize: "public",
});
// @ts-expect-error: not an operation
export const badProxy = createAlloProxy({ apiKey: "k", allow: ["sms.sendd"], authorize: "public" });
// @ts-expect-error: authorize is required (a function, or "public" written out)
export const openProxy = createAlloProxy({ apiKey: "k", allow: ["sms.send"] });

// v2, typed from the published types.
export async function refunds(allo: AlloClient): Promise<ConversationItem[]> {
  const out: ConversationItem[] = [];
  for await (const item of allo.conversations.items.searchAll({ search: "refund", type: "CALL" })) out.push(item);
  const { response } = await allo.me().withResponse();
  void response.requestId;
  return out;
}
// @ts-expect-error: the action is a closed enum
export const badAction = (allo: AlloClient) => allo.conversations.act("+14155551234", "DELETE");
export const contactKeys = alloKeys.contacts({ size: 20 });
// The hook's data is the client's answer type.
export type ContactsQuery = ReturnType<typeof useContacts>;
export type ContactFromHook = NonNullable<ContactsQuery["data"]>["results"][number];
export const sameContact: (c: ContactFromHook) => Contact = (c) => c;
export type Q = AlloQueryResult<Contact>;
