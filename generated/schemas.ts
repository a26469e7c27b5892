/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

import * as z from "zod/mini";

/** The message for a value that is not an object; other issues of an object (unknown keys) keep theirs. */
function notAnObject(issue: { code: string }): string | undefined {
  return issue.code === "invalid_type" ? "must be an object" : undefined;
}

/** Length in code points, as JSON Schema counts characters. */
function codePoints(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/** A phone number in E.164 format, such as `+33612345678`. */
export const E164Number = /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^\+[1-9]\d{1,14}$/u, { error: "must be an E.164 number, such as +33612345678" }));

/** An id of a contact or webhook, other than `.` and `..`, which a URL resolves to the parent path even when encoded, so the request would reach another route. */
export const ResourceId = /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }), /* @__PURE__ */ z.regex(/^(?!\.\.?$)/u, { error: "must not be . or .." }));

/** A phone number as the API reports it: usually E.164, but not always (`anonymous` for a hidden caller). */
export const PhoneNumberValue = /* @__PURE__ */ z.string({ error: "must be a string" });

/** An ISO 8601 date-time. The API often omits the zone offset (`2024-01-15T10:30:00`), so this is kept as a string rather than parsed. */
export const LocalDateTime = /* @__PURE__ */ z.string({ error: "must be a string" });

/** The text of an SMS, 1 to 1000 characters. */
export const Message = /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }), /* @__PURE__ */ z.refine((v: string) => codePoints(v) <= 1000, { error: "must be at most 1000 characters" }));

/** A pre-verified alphanumeric sender for France, 3 to 11 characters. */
export const SenderId = /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^[A-Za-z0-9]{3,11}$/u, { error: "must be 3 to 11 letters or digits" }));

/** Direction of a call or text. Open enum. */
export const CallDirection = /* @__PURE__ */ z.string();

/** How a call ended. Open enum; the live API returns values beyond these. */
export const CallResult = /* @__PURE__ */ z.string();

/** Who spoke a transcript line. Open enum. */
export const TranscriptSource = /* @__PURE__ */ z.string();

/** Kind of a conversation entry. Open enum. */
export const ConversationEntryType = /* @__PURE__ */ z.string();

/** A topic a webhook can subscribe to. Closed in requests. */
export const WebhookTopic = /* @__PURE__ */ z.enum(["CALL_RECEIVED","SMS_RECEIVED","SMS_SENT","CONTACT_CREATED","CONTACT_UPDATED"], { error: "must be one of CALL_RECEIVED, SMS_RECEIVED, SMS_SENT, CONTACT_CREATED, CONTACT_UPDATED" });

/** A topic as the API reports it. Open enum. */
export const WebhookTopicValue = /* @__PURE__ */ z.string();

/** A machine-readable error code. Open enum. */
export const ErrorCode = /* @__PURE__ */ z.string();

/** ErrorDetail */
export const ErrorDetail = /* @__PURE__ */ z.looseObject({ "field": /* @__PURE__ */ z.string({ error: "must be a string" }), "message": /* @__PURE__ */ z.string({ error: "must be a string" }) }, { error: notAnObject });

/** The body of every error answer. */
export const ErrorBody = /* @__PURE__ */ z.looseObject({ "code": ErrorCode, "details": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(ErrorDetail, { error: "must be an array" }))) }, { error: notAnObject });

/** An Allo number connected to the account. */
export const PhoneNumber = /* @__PURE__ */ z.looseObject({ "number": PhoneNumberValue, "name": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" })), "country": /* @__PURE__ */ z.string({ error: "must be a string" }), "is_shared_number": /* @__PURE__ */ z.boolean({ error: "must be a boolean" }) }, { error: notAnObject });

/** An SMS to a US or international number, sent from one of your Allo numbers. */
export const SendSmsInput = /* @__PURE__ */ z.strictObject({ "from": E164Number, "to": E164Number, "message": Message }, { error: notAnObject });

/** An SMS to a French number, sent from a pre-verified sender ID. */
export const SendSmsFranceInput = /* @__PURE__ */ z.strictObject({ "sender_id": SenderId, "to": E164Number, "message": Message }, { error: notAnObject });

/** An SMS as sent. `from_number` is null when sent from a sender ID, `sender_id` otherwise. */
export const SentSms = /* @__PURE__ */ z.looseObject({ "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue)), "sender_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "to_number": PhoneNumberValue, "type": CallDirection, "content": /* @__PURE__ */ z.string({ error: "must be a string" }), "start_date": LocalDateTime }, { error: notAnObject });

/** TranscriptLine */
export const TranscriptLine = /* @__PURE__ */ z.looseObject({ "source": TranscriptSource, "text": /* @__PURE__ */ z.string({ error: "must be a string" }), "time": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "start_seconds": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number({ error: "must be a number" })), "end_seconds": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number({ error: "must be a number" })) }, { error: notAnObject });

/** A call, with its recording, transcript and AI summary when available. */
export const Call = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "from_number": PhoneNumberValue, "to_number": /* @__PURE__ */ z.nullable(PhoneNumberValue), "length_in_minutes": /* @__PURE__ */ z.number({ error: "must be a number" }), "type": /* @__PURE__ */ z.nullable(CallDirection), "result": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallResult)), "summary": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "tag": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "recording_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "start_date": LocalDateTime, "transcript": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(TranscriptLine, { error: "must be an array" }))) }, { error: notAnObject });

/** PaginationMetadata */
export const PaginationMetadata = /* @__PURE__ */ z.looseObject({ "pagination": /* @__PURE__ */ z.looseObject({ "total_pages": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })), "current_page": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })) }, { error: notAnObject }) }, { error: notAnObject });

/** Pagination as `GET /calls` sends it, without the `pagination` level. */
export const FlatPaginationMetadata = /* @__PURE__ */ z.looseObject({ "total_pages": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })), "current_page": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })) }, { error: notAnObject });

/** CallSearchResult */
export const CallSearchResult = /* @__PURE__ */ z.looseObject({ "results": /* @__PURE__ */ z.array(Call, { error: "must be an array" }), "metadata": FlatPaginationMetadata }, { error: notAnObject });

/** Company */
export const Company = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.string({ error: "must be a string" }) }, { error: notAnObject });

/** A contact of the account. */
export const Contact = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "is_archived": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "is_whitelisted": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "created_at": /* @__PURE__ */ z.optional(LocalDateTime), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime), "numbers": /* @__PURE__ */ z.array(PhoneNumberValue, { error: "must be an array" }), "emails": /* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" }), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.xor([Company, /* @__PURE__ */ z.string({ error: "must be a string" })]))), "engagement": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_activity_date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime)), "tags": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" })) }, { error: notAnObject });

/** ContactEnvelope */
export const ContactEnvelope = /* @__PURE__ */ z.looseObject({ "data": Contact }, { error: notAnObject });

/** ContactSearchResult */
export const ContactSearchResult = /* @__PURE__ */ z.looseObject({ "results": /* @__PURE__ */ z.array(Contact, { error: "must be an array" }), "metadata": PaginationMetadata }, { error: notAnObject });

/** CreateContactInput */
export const CreateContactInput = /* @__PURE__ */ z.strictObject({ "numbers": /* @__PURE__ */ (/* @__PURE__ */ z.array(E164Number, { error: "must be an array" })).check(/* @__PURE__ */ z.minLength(1, { error: "must have at least 1 item" })), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.email({ error: "must be a valid email" }), { error: "must be an array" })) }, { error: notAnObject });

/** The fields to change. `emails` and `numbers` replace the stored arrays. */
export const UpdateContactInput = /* @__PURE__ */ (/* @__PURE__ */ z.strictObject({ "numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.array(E164Number, { error: "must be an array" })).check(/* @__PURE__ */ z.minLength(1, { error: "must have at least 1 item" }))), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.email({ error: "must be a valid email" }), { error: "must be an array" })) }, { error: notAnObject })).check(/* @__PURE__ */ z.refine((v: object) => Object.keys(v).length >= 1, { error: "must have at least 1 field" }));

/** SmsMessage */
export const SmsMessage = /* @__PURE__ */ z.looseObject({ "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue)), "to_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue)), "type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallDirection)), "content": /* @__PURE__ */ z.string({ error: "must be a string" }), "start_date": LocalDateTime }, { error: notAnObject });

/** One call or one SMS of a conversation; the other field is null. */
export const ConversationEntry = /* @__PURE__ */ z.looseObject({ "type": ConversationEntryType, "call": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(Call)), "message": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(SmsMessage)) }, { error: notAnObject });

/** ConversationResult */
export const ConversationResult = /* @__PURE__ */ z.looseObject({ "results": /* @__PURE__ */ z.array(ConversationEntry, { error: "must be an array" }), "metadata": PaginationMetadata }, { error: notAnObject });

/** Webhook */
export const Webhook = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "allo_number": PhoneNumberValue, "enabled": /* @__PURE__ */ z.boolean({ error: "must be a boolean" }), "url": /* @__PURE__ */ z.string({ error: "must be a string" }), "topics": /* @__PURE__ */ z.array(WebhookTopicValue, { error: "must be an array" }) }, { error: notAnObject });

/** A subscription as `POST /webhooks` returns it, with `alloNumber` in camelCase. */
export const CreatedWebhook = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "alloNumber": PhoneNumberValue, "enabled": /* @__PURE__ */ z.boolean({ error: "must be a boolean" }), "url": /* @__PURE__ */ z.string({ error: "must be a string" }), "topics": /* @__PURE__ */ z.array(WebhookTopicValue, { error: "must be an array" }) }, { error: notAnObject });

/** CreateWebhookInput */
export const CreateWebhookInput = /* @__PURE__ */ z.strictObject({ "allo_number": E164Number, "url": /* @__PURE__ */ (/* @__PURE__ */ z.url({ error: "must be a valid uri" })).check(/* @__PURE__ */ z.regex(/^https:\/\//u, { error: "must be an https:// URL" })), "topics": /* @__PURE__ */ (/* @__PURE__ */ z.array(WebhookTopic, { error: "must be an array" })).check(/* @__PURE__ */ z.minLength(1, { error: "must have at least 1 item" }), /* @__PURE__ */ z.refine((v: unknown[]) => new Set(v.map((x) => JSON.stringify(x))).size === v.length, { error: "must not repeat an item" })), "enabled": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })) }, { error: notAnObject });

/** CallTranscription */
export const CallTranscription = /* @__PURE__ */ z.looseObject({ "source": /* @__PURE__ */ z.optional(TranscriptSource), "time": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "text": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })) }, { error: notAnObject });

/** A call that has ended. */
export const CallReceivedPayload = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallDirection)), "start_date": /* @__PURE__ */ z.optional(LocalDateTime), "recording_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue)), "from_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "to": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue)), "to_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "length_in_minutes": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))), "length": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "tag": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "summary": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "one_sentence_summary": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "transcriptions": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(CallTranscription, { error: "must be an array" }))) }, { error: notAnObject });

/** A text received or sent. */
export const SmsPayload = /* @__PURE__ */ z.looseObject({ "direction": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallDirection)), "type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "content": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "sent_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime)), "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue)), "to_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue)), "from_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "to_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject });

/** A contact as carried by contact events. */
export const ContactPayload = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(PhoneNumberValue, { error: "must be an array" })), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" })), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.xor([Company, /* @__PURE__ */ z.string({ error: "must be a string" })]))), "created_at": /* @__PURE__ */ z.optional(LocalDateTime), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime) }, { error: notAnObject });

/** A test delivery carries no fixed fields. */
export const PingPayload = /* @__PURE__ */ z.looseObject({  }, { error: notAnObject });

/** Request body of sendSms. */
export const sendSmsBody = /* @__PURE__ */ z.xor([SendSmsInput, SendSmsFranceInput]);

/** query parameters of searchCalls. */
export const searchCallsQuery = /* @__PURE__ */ z.strictObject({ "allo_number": E164Number, "contact_number": /* @__PURE__ */ z.optional(E164Number), "page": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" }))), "size": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(1, { error: "must be >= 1" }), /* @__PURE__ */ z.lte(100, { error: "must be <= 100" }))) }, { error: notAnObject });

/** query parameters of searchContacts. */
export const searchContactsQuery = /* @__PURE__ */ z.strictObject({ "page": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" }))), "size": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(1, { error: "must be >= 1" }), /* @__PURE__ */ z.lte(100, { error: "must be <= 100" }))) }, { error: notAnObject });

/** Request body of createContact. */
export const createContactBody = CreateContactInput;

/** Request body of updateContact. */
export const updateContactBody = UpdateContactInput;

/** path parameters of updateContact. */
export const updateContactPath = /* @__PURE__ */ z.strictObject({ "contact_id": ResourceId }, { error: notAnObject });

/** query parameters of getContact. */
export const getContactQuery = /* @__PURE__ */ z.strictObject({ "extend": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(["engagement","activity"], { error: "must be one of engagement, activity" }), { error: "must be an array" })).check(/* @__PURE__ */ z.refine((v: unknown[]) => new Set(v.map((x) => JSON.stringify(x))).size === v.length, { error: "must not repeat an item" }))) }, { error: notAnObject });

/** path parameters of getContact. */
export const getContactPath = /* @__PURE__ */ z.strictObject({ "contact_id": ResourceId }, { error: notAnObject });

/** query parameters of getContactConversation. */
export const getContactConversationQuery = /* @__PURE__ */ z.strictObject({ "allo_number": /* @__PURE__ */ z.optional(E164Number), "page": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" }))), "size": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(1, { error: "must be >= 1" }), /* @__PURE__ */ z.lte(100, { error: "must be <= 100" }))) }, { error: notAnObject });

/** path parameters of getContactConversation. */
export const getContactConversationPath = /* @__PURE__ */ z.strictObject({ "contact_id": ResourceId }, { error: notAnObject });

/** Request body of createWebhook. */
export const createWebhookBody = CreateWebhookInput;

/** path parameters of deleteWebhook. */
export const deleteWebhookPath = /* @__PURE__ */ z.strictObject({ "webhook_id": ResourceId }, { error: notAnObject });

/** Request body of onCallReceived. */
export const onCallReceivedBody = /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("CALL_RECEIVED"), "data": CallReceivedPayload }, { error: notAnObject });

/** Request body of onSmsReceived. */
export const onSmsReceivedBody = /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("SMS_RECEIVED"), "data": SmsPayload }, { error: notAnObject });

/** Request body of onSmsSent. */
export const onSmsSentBody = /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("SMS_SENT"), "data": SmsPayload }, { error: notAnObject });

/** Request body of onContactCreated. */
export const onContactCreatedBody = /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("CONTACT_CREATED"), "data": ContactPayload }, { error: notAnObject });

/** Request body of onContactUpdated. */
export const onContactUpdatedBody = /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("CONTACT_UPDATED"), "data": ContactPayload }, { error: notAnObject });

/** Request body of onPing. */
export const onPingBody = /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("PING"), "data": /* @__PURE__ */ z.optional(PingPayload) }, { error: notAnObject });
