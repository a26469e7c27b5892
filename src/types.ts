// Public types, all derived from generated/allo.d.ts (the spec): no hand-written copy of a schema.
import type { components, operations } from "../generated/allo.js";

type Schemas = components["schemas"];
type Query<K extends keyof operations> = NonNullable<operations[K]["parameters"]["query"]>;

/** A phone number in E.164 format, such as `+33612345678`. */
export type E164Number = Schemas["E164Number"];
/** An Allo number of the account. */
export type PhoneNumber = Schemas["PhoneNumber"];
/** An SMS as sent. */
export type SentSms = Schemas["SentSms"];
/** A call, with recording, transcript and AI summary when available. */
export type Call = Schemas["Call"];
/** One line of a call's transcript. */
export type TranscriptLine = Schemas["TranscriptLine"];
/** A contact. */
export type Contact = Schemas["Contact"];
/** One call or SMS of a contact's conversation. */
export type ConversationEntry = Schemas["ConversationEntry"];
/** A webhook subscription (`allo_number` also on the answer of `webhooks.create`). */
export type Webhook = Schemas["Webhook"];
/** A topic to subscribe to: closed, so a typo fails to compile. */
export type WebhookTopic = Schemas["WebhookTopic"];
/** Direction of a call or text; open: values beyond INBOUND / OUTBOUND pass through. */
export type CallDirection = Schemas["CallDirection"];
/** How a call ended; open. */
export type CallResult = Schemas["CallResult"];
/** `metadata` of every page: `metadata.pagination.{ total_pages, current_page }`. */
export type PaginationMetadata = Schemas["PaginationMetadata"];

/** A page of calls, with the pagination nested as for contacts (the API sends it flat). */
export type CallSearchResult = Omit<Schemas["CallSearchResult"], "metadata"> & { metadata: PaginationMetadata };
/** A page of contacts. */
export type ContactSearchResult = Schemas["ContactSearchResult"];
/** A page of a contact's conversation. */
export type ConversationResult = Schemas["ConversationResult"];

/** Input of `sms.send`: US / international, from one of your Allo numbers. */
export type SendSmsInput = Schemas["SendSmsInput"];
/** Input of `sms.sendFrance`: from a pre-verified sender ID. */
export type SendSmsFranceInput = Schemas["SendSmsFranceInput"];
/** Input of `contacts.create`. */
export type CreateContactInput = Schemas["CreateContactInput"];
/** Input of `contacts.update`: `emails` and `numbers` replace the stored arrays. */
export type UpdateContactInput = Schemas["UpdateContactInput"];
/** Input of `webhooks.create`. */
export type CreateWebhookInput = Schemas["CreateWebhookInput"];
/** Input of `calls.search`. */
export type SearchCallsInput = Query<"searchCalls">;
/** Input of `contacts.search`. */
export type SearchContactsInput = Query<"searchContacts">;
/** Input of `contacts.get`. */
export type GetContactInput = Query<"getContact">;
/** Input of `contacts.conversation`. */
export type ConversationInput = Query<"getContactConversation">;
/** Input of `calls.searchAll`: every page, so no `page`. */
export type SearchAllCallsInput = Omit<SearchCallsInput, "page">;
/** Input of `contacts.searchAll`. */
export type SearchAllContactsInput = Omit<SearchContactsInput, "page">;
/** Input of `contacts.conversationAll`. */
export type ConversationAllInput = Omit<ConversationInput, "page">;
