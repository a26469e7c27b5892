/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

import * as z from "zod/mini";
import { codePoints, isEmail, isUri, lazy, notAnObject, once } from "../src/schema-runtime.js";

const Scope$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** A permission an API key carries. Open enum. */
export const Scope = /* @__PURE__ */ lazy(Scope$);

const MeEndpoint$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "method": /* @__PURE__ */ z.string({ error: "must be a string" }), "path": /* @__PURE__ */ z.string({ error: "must be a string" }), "description": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "scope": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** One endpoint the key can call. */
export const MeEndpoint = /* @__PURE__ */ lazy(MeEndpoint$);

const TeamRef$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A team. */
export const TeamRef = /* @__PURE__ */ lazy(TeamRef$);

const RateLimits$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "read_per_second": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })), "write_per_second": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })) }, { error: notAnObject }));
/** The key's limits per second. */
export const RateLimits = /* @__PURE__ */ lazy(RateLimits$);

const Me$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "api_key_id": /* @__PURE__ */ z.string({ error: "must be a string" }), "scopes": /* @__PURE__ */ z.array(Scope$(), { error: "must be an array" }), "endpoints": /* @__PURE__ */ z.array(MeEndpoint$(), { error: "must be an array" }), "team": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(TeamRef$())), "rate_limits": RateLimits$() }, { error: notAnObject }));
/** The API key, its scopes, the endpoints those scopes open, its team and its limits. */
export const Me = /* @__PURE__ */ lazy(Me$);

const ErrorTypeV2$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** The category of a v2 error. Open enum. */
export const ErrorTypeV2 = /* @__PURE__ */ lazy(ErrorTypeV2$);

const ErrorCodeV2$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** A machine-readable v2 error code. Open enum; the known codes are listed. */
export const ErrorCodeV2 = /* @__PURE__ */ lazy(ErrorCodeV2$);

const FieldErrorV2$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "field": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "message": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })) }, { error: notAnObject }));
/** One refused field of a validation failure. */
export const FieldErrorV2 = /* @__PURE__ */ lazy(FieldErrorV2$);

const ErrorV2$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "type": ErrorTypeV2$(), "code": ErrorCodeV2$(), "message": /* @__PURE__ */ z.string({ error: "must be a string" }), "retryable": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "request_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "doc_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "param": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "suggestion": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "errors": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(FieldErrorV2$(), { error: "must be an array" }))), "retry_after_seconds": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int({ error: "must be an integer" }))) }, { error: notAnObject }));
/** What went wrong. `code` is the stable contract (it changes only with a new API version); `message` explains it with the value that failed; `suggestion` says what to do next. */
export const ErrorV2 = /* @__PURE__ */ lazy(ErrorV2$);

const ErrorBodyV2$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "error": ErrorV2$() }, { error: notAnObject }));
/** The body of every v2 error answer. */
export const ErrorBodyV2 = /* @__PURE__ */ lazy(ErrorBodyV2$);

const UserRole$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** What the member may do in the team. Open enum. */
export const UserRole = /* @__PURE__ */ lazy(UserRole$);

const UserStatus$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** Whether the member can use Allo (`ACTIVE`) or was blocked (`BLOCKED`). Open enum. */
export const UserStatus = /* @__PURE__ */ lazy(UserStatus$);

const User$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" })), "email": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" })), "role": UserRole$(), "status": UserStatus$(), "image_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A member of the team. Allo's `/me` describes users "with roles and assigned numbers", but the user carries no numbers: the numbers list (`GET /v2/api/numbers`) says who may use each number. */
export const User = /* @__PURE__ */ lazy(User$);

const ResourceId$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }), /* @__PURE__ */ z.regex(/^(?!\.\.?$)[^\/\\%?#\s\x00-\x1F\x7F]+$/u, { error: "must not be . or .., nor contain /, \\, %, ?, #, a space or a control character" })));
/** An id that goes into a URL path (a contact, a webhook, a person...). It may not be `.` or `..`, nor contain `/`, `\`, `%`, `?`, `#`, a space or a control character (U+0000 to U+001F, U+007F): a URL would resolve or split the first, even encoded, and the request would reach another route; a server may end the id at a NUL (`..%00` read as `..`) or a log line at a line break. */
export const ResourceId = /* @__PURE__ */ lazy(ResourceId$);

const Tag$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.string({ error: "must be a string" }), "color": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A tag of the team. Adding and removing tags take the tag's key (a lowercase, slugified identifier); Allo's tag has no `key` field, and its examples show `name` holding that key (`qualified`, `follow_up`), so pass `name`. */
export const Tag = /* @__PURE__ */ lazy(Tag$);

const CallId$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^cll[-_][A-Za-z0-9_-]+$/u, { error: "must be a call id (cll-...)" })));
/** A call (`cll-...`; `cll_...` also passes). */
export const CallId = /* @__PURE__ */ lazy(CallId$);

const AddTagsInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "tags": /* @__PURE__ */ (/* @__PURE__ */ z.array(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })), { error: "must be an array" })).check(/* @__PURE__ */ z.minLength(1, { error: "must have at least 1 item" })) }, { error: notAnObject }));
/** The tags to add to a call. */
export const AddTagsInput = /* @__PURE__ */ lazy(AddTagsInput$);

const PhoneNumberValue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** A phone number as the API reports it: usually E.164, but not always (`anonymous` for a hidden caller). */
export const PhoneNumberValue = /* @__PURE__ */ lazy(PhoneNumberValue$);

const TeamPhoneNumberType$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** A phone number (`NUMBER`) or an alphanumeric sender ID (`SENDER_ID`). Open enum. */
export const TeamPhoneNumberType = /* @__PURE__ */ lazy(TeamPhoneNumberType$);

const PhoneNumberCapability$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** Something a number supports. Open enum. */
export const PhoneNumberCapability = /* @__PURE__ */ lazy(PhoneNumberCapability$);

const UserRef$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "email": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A team member, as other objects refer to one. */
export const UserRef = /* @__PURE__ */ lazy(UserRef$);

const TeamPhoneNumber$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "number": /* @__PURE__ */ z.nullable(PhoneNumberValue$()), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "country": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "type": TeamPhoneNumberType$(), "capabilities": /* @__PURE__ */ z.array(PhoneNumberCapability$(), { error: "must be an array" }), "users": /* @__PURE__ */ z.array(UserRef$(), { error: "must be an array" }) }, { error: notAnObject }));
/** A phone number or an alphanumeric sender ID of the team, what it can do and who may use it. Allo's introduction mentions a "sender ID status", but no such field is published. */
export const TeamPhoneNumber = /* @__PURE__ */ lazy(TeamPhoneNumber$);

const E164Number$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^\+[1-9]\d{1,14}$/u, { error: "must be an E.164 number, such as +33612345678" })));
/** A phone number in E.164 format, such as `+33612345678`. */
export const E164Number = /* @__PURE__ */ lazy(E164Number$);

const ConversationCompanyRef$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** The company of a matched contact. */
export const ConversationCompanyRef = /* @__PURE__ */ lazy(ConversationCompanyRef$);

const ConversationDealStatus$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** Where a deal stands. Open enum: Allo's schema lists `OPEN`, `WON`, `LOST`, while its example answers `open`; compare without regard to case. */
export const ConversationDealStatus = /* @__PURE__ */ lazy(ConversationDealStatus$);

const ConversationDeal$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ConversationDealStatus$())) }, { error: notAnObject }));
/** A deal of a matched contact. */
export const ConversationDeal = /* @__PURE__ */ lazy(ConversationDeal$);

const ConversationContact$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ConversationCompanyRef$())), "deals": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ConversationDeal$(), { error: "must be an array" })) }, { error: notAnObject }));
/** An address-book contact matched by a conversation's number, with its company and deals. Its id is `cnt-...`; Allo does not say whether it can be passed to the CRM people operations. */
export const ConversationContact = /* @__PURE__ */ lazy(ConversationContact$);

const LocalDateTime$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/u, { error: "must be an ISO 8601 date-time, such as 2026-04-21T10:30:00 (its zone optional)" })));
/** An ISO 8601 date-time, as Allo writes it: with or without its zone (`2024-01-15T10:30:00`, `2026-04-21T14:30:00Z`, `2026-04-21T16:30:00+02:00`), with or without fractions of a second (`2025-03-15T14:30:45.123456Z`). Kept as a string rather than parsed, since a date-time without a zone does not say which moment it is. */
export const LocalDateTime = /* @__PURE__ */ lazy(LocalDateTime$);

const ConversationItemType$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** A call or a text. Open enum (Allo's pagination guide spells them `call`, `sms`). */
export const ConversationItemType = /* @__PURE__ */ lazy(ConversationItemType$);

const CallDirection$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** Direction of a call or text. Open enum. */
export const CallDirection = /* @__PURE__ */ lazy(CallDirection$);

const ConversationCallResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** How a call ended. Open enum. */
export const ConversationCallResult = /* @__PURE__ */ lazy(ConversationCallResult$);

const ConversationTranscriptSource$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** Who spoke: the team member (`USER`) or the external party (`EXTERNAL`). Open enum: v1 also had `AGENT` (the AI assistant), and Allo does not say how v2 labels AI-receptionist lines. */
export const ConversationTranscriptSource = /* @__PURE__ */ lazy(ConversationTranscriptSource$);

const ConversationTranscriptEntry$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "source": /* @__PURE__ */ z.optional(ConversationTranscriptSource$()), "time": /* @__PURE__ */ z.optional(LocalDateTime$()), "text": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** One line of a call transcript. */
export const ConversationTranscriptEntry = /* @__PURE__ */ lazy(ConversationTranscriptEntry$);

const ConversationMessageStatus$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** Where a text stands in its delivery. Open enum. */
export const ConversationMessageStatus = /* @__PURE__ */ lazy(ConversationMessageStatus$);

const ConversationMessageType$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** The channel of a text. Open enum. */
export const ConversationMessageType = /* @__PURE__ */ lazy(ConversationMessageType$);

const ConversationItem$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "type": ConversationItemType$(), "direction": /* @__PURE__ */ z.optional(CallDirection$()), "allo_number": /* @__PURE__ */ z.optional(PhoneNumberValue$()), "contact_number": /* @__PURE__ */ z.optional(PhoneNumberValue$()), "contacts": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ConversationContact$(), { error: "must be an array" })), "user": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(UserRef$())), "date": /* @__PURE__ */ z.optional(LocalDateTime$()), "duration": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int({ error: "must be an integer" }))), "result": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ConversationCallResult$())), "recording_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "summary": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "tags": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" }))), "transcript": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(ConversationTranscriptEntry$(), { error: "must be an array" }))), "content": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ConversationMessageStatus$())), "message_type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ConversationMessageType$())) }, { error: notAnObject }));
/** One call or one text (SMS, MMS or WhatsApp) with an external number. Call fields (`duration`, `result`, `recording_url`, `summary`, `tags`, `transcript`) are null on texts; text fields (`content`, `status`) are null on calls. Allo's pages show some enum values in other casings (`"type": "call"`, a `status` or `message_type` on a call): every enum here is open. */
export const ConversationItem = /* @__PURE__ */ lazy(ConversationItem$);

const ConversationSummary$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "contact_number": PhoneNumberValue$(), "contacts": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ConversationContact$(), { error: "must be an array" })), "last_activity": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "last_item": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ConversationItem$())) }, { error: notAnObject }));
/** Everything exchanged with one external number, summed up: the contacts that number matches and the latest call or text. The full history is in the conversation items. */
export const ConversationSummary = /* @__PURE__ */ lazy(ConversationSummary$);

const Pagination$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "page": /* @__PURE__ */ z.int({ error: "must be an integer" }), "size": /* @__PURE__ */ z.int({ error: "must be an integer" }), "total_count": /* @__PURE__ */ z.int({ error: "must be an integer" }), "total_pages": /* @__PURE__ */ z.int({ error: "must be an integer" }), "has_more": /* @__PURE__ */ z.boolean({ error: "must be a boolean" }) }, { error: notAnObject }));
/** Where a v2 page sits among the others. Read pages until `has_more` is false. */
export const Pagination = /* @__PURE__ */ lazy(Pagination$);

const ConversationActionInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "action": /* @__PURE__ */ z.enum(["READ","UNREAD","ARCHIVE","UNARCHIVE"], { error: "must be one of READ, UNREAD, ARCHIVE, UNARCHIVE" }), "allo_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^\+[1-9]\d{1,14}$/u, { error: "must be an E.164 number, such as +14155550100" }))) }, { error: notAnObject }));
/** What to do with the conversation. */
export const ConversationActionInput = /* @__PURE__ */ lazy(ConversationActionInput$);

const V2Page$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(1, { error: "must be >= 1" })));
/** A page number in a search body, 1-indexed. */
export const V2Page = /* @__PURE__ */ lazy(V2Page$);

const V2Size$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(1, { error: "must be >= 1" }), /* @__PURE__ */ z.lte(100, { error: "must be <= 100" })));
/** Items per page in a search body, 1 to 100. */
export const V2Size = /* @__PURE__ */ lazy(V2Size$);

const DateRange$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "from": z.iso.date({ error: "must be a valid date (YYYY-MM-DD)" }), "to": z.iso.date({ error: "must be a valid date (YYYY-MM-DD)" }) }, { error: notAnObject }));
/** A range of days, both ends included, as `YYYY-MM-DD`. */
export const DateRange = /* @__PURE__ */ lazy(DateRange$);

const SearchConversationItemsInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "allo_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^\+[1-9]\d{1,14}$/u, { error: "must be an E.164 number, such as +14155550100" }))), "contact_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^\+[1-9]\d{1,14}$/u, { error: "must be an E.164 number, such as +14155551234" }))), "user_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "direction": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["INBOUND","OUTBOUND"], { error: "must be one of INBOUND, OUTBOUND" })), "type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["CALL","SMS","ALL","call","sms"], { error: "must be one of CALL, SMS, ALL, call, sms" })), "result": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["ANSWERED","VOICEMAIL","TRANSFERRED"], { error: "must be one of ANSWERED, VOICEMAIL, TRANSFERRED" })), "tags": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })), { error: "must be an array" })), "unread": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "unresponded": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "search": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "sort": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["DATE_DESC","DATE_ASC","RELEVANCE"], { error: "must be one of DATE_DESC, DATE_ASC, RELEVANCE" })), "extend": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["transcript"], { error: "must be one of transcript" })), "page": /* @__PURE__ */ z.optional(V2Page$()), "size": /* @__PURE__ */ z.optional(V2Size$()), "date": /* @__PURE__ */ z.optional(DateRange$()) }, { error: notAnObject }));
/** Filters for calls and texts across all conversations; every field is optional and the filters combine (AND). An empty body lists every item, newest first. */
export const SearchConversationItemsInput = /* @__PURE__ */ lazy(SearchConversationItemsInput$);

const ItemId$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^(cll|msg)[-_][A-Za-z0-9_-]+$/u, { error: "must be a call id (cll-...) or a message id (msg-...)" })));
/** A conversation item: a call (`cll-...`) or a message (`msg-...`). Allo's pages spell the separator `-` and, in places, `_`: both pass. */
export const ItemId = /* @__PURE__ */ lazy(ItemId$);

const BatchGetConversationItemsInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "ids": /* @__PURE__ */ (/* @__PURE__ */ z.array(ItemId$(), { error: "must be an array" })).check(/* @__PURE__ */ z.minLength(1, { error: "must have at least 1 item" }), /* @__PURE__ */ z.maxLength(100, { error: "must have at most 100 items" })) }, { error: notAnObject }));
/** The items to fetch. */
export const BatchGetConversationItemsInput = /* @__PURE__ */ lazy(BatchGetConversationItemsInput$);

const UpdateCallSummaryInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "content": /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) <= 100000, { error: "must be at most 100000 characters" })), "template_key": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(["MARKDOWN_CLASSIC","MARKDOWN_SHORT_CALL"], { error: "must be one of MARKDOWN_CLASSIC, MARKDOWN_SHORT_CALL" }))) }, { error: notAnObject }));
/** The new summary of a call. */
export const UpdateCallSummaryInput = /* @__PURE__ */ lazy(UpdateCallSummaryInput$);

const CallSummary$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "content": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "version": /* @__PURE__ */ z.int({ error: "must be an integer" }), "updated_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "updated_by": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(UserRef$())) }, { error: notAnObject }));
/** A call's AI summary after an edit. */
export const CallSummary = /* @__PURE__ */ lazy(CallSummary$);

const AnalyticsOverviewInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "date": DateRange$(), "compare_date": /* @__PURE__ */ z.optional(DateRange$()), "user_ids": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })), { error: "must be an array" })), "allo_numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(E164Number$(), { error: "must be an array" })) }, { error: notAnObject }));
/** The period to measure and, optionally, a period to compare it with and a filter on people or on lines. `date` (required) is the measured period; `compare_date` (optional, no default) is the period each metric is compared with (`previous`, `change`). Both are whole days, both ends included. `user_ids` and `allo_numbers` are mutually exclusive: send one of them, or neither (the whole team); Allo refuses a body carrying both. */
export const AnalyticsOverviewInput = /* @__PURE__ */ lazy(AnalyticsOverviewInput$);

const AnalyticsPeriod$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "from": /* @__PURE__ */ z.string({ error: "must be a string" }), "to": /* @__PURE__ */ z.string({ error: "must be a string" }) }, { error: notAnObject }));
/** A period as the answer echoes it, both ends included (`YYYY-MM-DD`). */
export const AnalyticsPeriod = /* @__PURE__ */ lazy(AnalyticsPeriod$);

const MetricValue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "value": /* @__PURE__ */ z.number({ error: "must be a number" }), "previous": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))), "change": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))) }, { error: notAnObject }));
/** One metric over the requested period, with its value over the comparison period and the relative change between the two. `previous` and `change` are null (or absent) when no `compare_date` was sent or the comparison period has no data. */
export const MetricValue = /* @__PURE__ */ lazy(MetricValue$);

const AnalyticsOverviewSummary$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "total_calls": /* @__PURE__ */ z.optional(MetricValue$()), "talk_time_seconds": /* @__PURE__ */ z.optional(MetricValue$()), "calls_over_1_min": /* @__PURE__ */ z.optional(MetricValue$()), "answer_rate": /* @__PURE__ */ z.optional(MetricValue$()) }, { error: notAnObject }));
/** The team's totals. Allo publishes `calls_over_1_min`; public code reading the live API reads `calls_over1_min` instead, so the field may arrive under that spelling: read both. */
export const AnalyticsOverviewSummary = /* @__PURE__ */ lazy(AnalyticsOverviewSummary$);

const AnalyticsUserBreakdown$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "user": /* @__PURE__ */ z.optional(UserRef$()), "calls": /* @__PURE__ */ z.optional(MetricValue$()), "talk_time_seconds": /* @__PURE__ */ z.optional(MetricValue$()), "calls_over_1_min": /* @__PURE__ */ z.optional(MetricValue$()), "answer_rate": /* @__PURE__ */ z.optional(MetricValue$()) }, { error: notAnObject }));
/** One team member's metrics. As in the summary, `calls_over_1_min` may arrive spelled `calls_over1_min`. Rows may omit `previous`. */
export const AnalyticsUserBreakdown = /* @__PURE__ */ lazy(AnalyticsUserBreakdown$);

const AnalyticsOverview$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "date": /* @__PURE__ */ z.optional(AnalyticsPeriod$()), "compare_date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(AnalyticsPeriod$())), "summary": /* @__PURE__ */ z.optional(AnalyticsOverviewSummary$()), "breakdown": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsUserBreakdown$(), { error: "must be an array" })), "last_updated": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())) }, { error: notAnObject }));
/** Team-wide call metrics (inbound and outbound calls) over the period, each compared with the comparison period, and the same metrics per team member. */
export const AnalyticsOverview = /* @__PURE__ */ lazy(AnalyticsOverview$);

const OutboundAnalyticsInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "date": DateRange$(), "compare_date": /* @__PURE__ */ z.optional(DateRange$()), "user_ids": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })), { error: "must be an array" })), "allo_numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(E164Number$(), { error: "must be an array" })), "tags": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })), { error: "must be an array" })), "granularity": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["DAY","WEEK","MONTH"], { error: "must be one of DAY, WEEK, MONTH" })), "extend": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["items"], { error: "must be one of items" })), "stage": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["DIAL","CONNECTED","CONVERSATION","CONVERSION"], { error: "must be one of DIAL, CONNECTED, CONVERSATION, CONVERSION" })), "page": /* @__PURE__ */ z.optional(V2Page$()), "size": /* @__PURE__ */ z.optional(V2Size$()) }, { error: notAnObject }));
/** The period and filters of the team metrics, plus what defines a conversion, the time-series step and, optionally, the drilldown list of calls behind one funnel stage. `date` (required) is the measured period; `compare_date` (optional, no default) the period each metric is compared with. `user_ids` and `allo_numbers` are mutually exclusive: send one of them, or neither. `page` and `size` page the drilldown only (default 1 and 20, `size` at most 100). */
export const OutboundAnalyticsInput = /* @__PURE__ */ lazy(OutboundAnalyticsInput$);

const OutboundFunnelStage$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "count": /* @__PURE__ */ z.optional(MetricValue$()), "rate": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))) }, { error: notAnObject }));
/** One funnel stage. */
export const OutboundFunnelStage = /* @__PURE__ */ lazy(OutboundFunnelStage$);

const OutboundFunnel$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "dials": /* @__PURE__ */ z.optional(OutboundFunnelStage$()), "connected": /* @__PURE__ */ z.optional(OutboundFunnelStage$()), "conversations": /* @__PURE__ */ z.optional(OutboundFunnelStage$()), "conversions": /* @__PURE__ */ z.optional(OutboundFunnelStage$()) }, { error: notAnObject }));
/** The dial funnel, each stage a subset of the one before. */
export const OutboundFunnel = /* @__PURE__ */ lazy(OutboundFunnel$);

const AnalyticsTimeSeriesPoint$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "value": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number({ error: "must be a number" })) }, { error: notAnObject }));
/** One step of a time series. */
export const AnalyticsTimeSeriesPoint = /* @__PURE__ */ lazy(AnalyticsTimeSeriesPoint$);

const OutboundTimeSeries$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "dials": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsTimeSeriesPoint$(), { error: "must be an array" })), "connected": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsTimeSeriesPoint$(), { error: "must be an array" })), "connection_rate": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsTimeSeriesPoint$(), { error: "must be an array" })), "conversions": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsTimeSeriesPoint$(), { error: "must be an array" })) }, { error: notAnObject }));
/** The funnel over time, one point per `granularity` step. */
export const OutboundTimeSeries = /* @__PURE__ */ lazy(OutboundTimeSeries$);

const AnalyticsHeatmapCell$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "day": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "hour": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" }), /* @__PURE__ */ z.lte(23, { error: "must be <= 23" }))), "value": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number({ error: "must be a number" })) }, { error: notAnObject }));
/** One day-and-hour cell of a heatmap. */
export const AnalyticsHeatmapCell = /* @__PURE__ */ lazy(AnalyticsHeatmapCell$);

const OutboundHeatmap$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "dials": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsHeatmapCell$(), { error: "must be an array" })), "connected": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsHeatmapCell$(), { error: "must be an array" })), "connection_rate": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsHeatmapCell$(), { error: "must be an array" })) }, { error: notAnObject }));
/** The funnel by day of the week and hour of the day. */
export const OutboundHeatmap = /* @__PURE__ */ lazy(OutboundHeatmap$);

const OutboundLeaderboardEntry$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "user": /* @__PURE__ */ z.optional(UserRef$()), "connected": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })) }, { error: notAnObject }));
/** One team member's rank entry. */
export const OutboundLeaderboardEntry = /* @__PURE__ */ lazy(OutboundLeaderboardEntry$);

const OutboundTimeSpent$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "avg_ringing_time_seconds": /* @__PURE__ */ z.optional(MetricValue$()), "avg_conversation_time_seconds": /* @__PURE__ */ z.optional(MetricValue$()), "total_conversation_time_seconds": /* @__PURE__ */ z.optional(MetricValue$()) }, { error: notAnObject }));
/** Time spent on outbound calls, in seconds. */
export const OutboundTimeSpent = /* @__PURE__ */ lazy(OutboundTimeSpent$);

const OutboundDrilldownItem$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "user": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(UserRef$())), "allo_number": /* @__PURE__ */ z.optional(PhoneNumberValue$()), "allo_number_label": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "contact_number": /* @__PURE__ */ z.optional(PhoneNumberValue$()), "stage": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "voicemail": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.boolean({ error: "must be a boolean" }))), "duration": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int({ error: "must be an integer" }))), "date": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));
/** One outbound call of the drilldown. */
export const OutboundDrilldownItem = /* @__PURE__ */ lazy(OutboundDrilldownItem$);

const OutboundDrilldownPage$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(OutboundDrilldownItem$(), { error: "must be an array" })), "pagination": /* @__PURE__ */ z.optional(Pagination$()) }, { error: notAnObject }));
/** One page of the calls behind the requested funnel stage. Fetch their full details (summary, tags, recording) with `POST /v2/api/conversations/items/batch`. */
export const OutboundDrilldownPage = /* @__PURE__ */ lazy(OutboundDrilldownPage$);

const OutboundAnalytics$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "date": /* @__PURE__ */ z.optional(AnalyticsPeriod$()), "compare_date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(AnalyticsPeriod$())), "funnel": /* @__PURE__ */ z.optional(OutboundFunnel$()), "time_series": /* @__PURE__ */ z.optional(OutboundTimeSeries$()), "heatmap": /* @__PURE__ */ z.optional(OutboundHeatmap$()), "leaderboard": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(OutboundLeaderboardEntry$(), { error: "must be an array" })), "time_spent": /* @__PURE__ */ z.optional(OutboundTimeSpent$()), "last_updated": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "items": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(OutboundDrilldownPage$())) }, { error: notAnObject }));
/** Outbound calling over the period: the dial funnel, its time series, a day-by-hour heatmap, a leaderboard, time spent and, when `extend: items` was sent, the calls behind one stage. */
export const OutboundAnalytics = /* @__PURE__ */ lazy(OutboundAnalytics$);

const CreateCrmPersonInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "address": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.array(E164Number$(), { error: "must be an array" })).check(/* @__PURE__ */ z.minLength(1, { error: "must have at least 1 item" }))), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isEmail, { error: "must be a valid email" })), { error: "must be an array" }))), "company_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })))), "allow_duplicate_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })) }, { error: notAnObject })).check(/* @__PURE__ */ z.refine((v: object) => Object.keys(v).length >= 1, { error: "must have at least 1 field" })));
/** A new person. Allo's two sources state different rules and both forms are accepted here: the reference page makes every field optional but wants `name` or `last_name`; Allo's OpenAPI document wants `numbers` with at least one number. Send a name and at least one number to satisfy both. At least one field is needed. */
export const CreateCrmPersonInput = /* @__PURE__ */ lazy(CreateCrmPersonInput$);

const CrmCompanyRef$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A company, as a person or a deal refers to it. */
export const CrmCompanyRef = /* @__PURE__ */ lazy(CrmCompanyRef$);

const CrmPerson$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "address": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(PhoneNumberValue$(), { error: "must be an array" })), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" })), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CrmCompanyRef$())), "interactions": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })), "last_activity_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));
/** A person of the Allo CRM. */
export const CrmPerson = /* @__PURE__ */ lazy(CrmPerson$);

const CrmPeopleFilters$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "phone_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "email": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "deal_status": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))) }, { error: notAnObject }));
/** Named filters of a people search, all optional and combined with AND. */
export const CrmPeopleFilters = /* @__PURE__ */ lazy(CrmPeopleFilters$);

const CrmSearchSort$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.enum(["DATE_DESC","DATE_ASC","NAME_ASC","NAME_DESC","CREATED_DESC","CREATED_ASC"], { error: "must be one of DATE_DESC, DATE_ASC, NAME_ASC, NAME_DESC, CREATED_DESC, CREATED_ASC" }));
/** The order of CRM search results. `DATE_*` sort by the record's recent date (Allo does not say which; most likely its last activity), `CREATED_*` by creation date, `NAME_*` alphabetically. Default `DATE_DESC`. */
export const CrmSearchSort = /* @__PURE__ */ lazy(CrmSearchSort$);

const SearchCrmPeopleInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "filters": /* @__PURE__ */ z.optional(CrmPeopleFilters$()), "search": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "sort": /* @__PURE__ */ z.optional(CrmSearchSort$()), "page": /* @__PURE__ */ z.optional(V2Page$()), "size": /* @__PURE__ */ z.optional(V2Size$()) }, { error: notAnObject }));
/** Filters, free-text search, order and page of a people search. Every field is optional; an empty body (or `{}`) lists everyone, newest first. */
export const SearchCrmPeopleInput = /* @__PURE__ */ lazy(SearchCrmPeopleInput$);

const UpdateCrmPersonInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "address": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(E164Number$(), { error: "must be an array" }))), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isEmail, { error: "must be a valid email" })), { error: "must be an array" }))), "company_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** The fields to change; every field is optional and a field left out keeps its value. `numbers` and `emails`, when sent, replace the whole list. Allo's schema marks every field nullable but does not say whether `null` clears a field or leaves it unchanged. */
export const UpdateCrmPersonInput = /* @__PURE__ */ lazy(UpdateCrmPersonInput$);

const CreateCrmCompanyInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "industry": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A new company; `name` is required. */
export const CreateCrmCompanyInput = /* @__PURE__ */ lazy(CreateCrmCompanyInput$);

const CrmCompany$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "industry": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "person_count": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })), "interactions": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })), "last_activity_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));
/** A company of the Allo CRM. */
export const CrmCompany = /* @__PURE__ */ lazy(CrmCompany$);

const CrmCompaniesFilters$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "industry": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))) }, { error: notAnObject }));
/** Named filters of a company search, all optional and combined with AND. */
export const CrmCompaniesFilters = /* @__PURE__ */ lazy(CrmCompaniesFilters$);

const SearchCrmCompaniesInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "filters": /* @__PURE__ */ z.optional(CrmCompaniesFilters$()), "sort": /* @__PURE__ */ z.optional(CrmSearchSort$()), "page": /* @__PURE__ */ z.optional(V2Page$()), "size": /* @__PURE__ */ z.optional(V2Size$()) }, { error: notAnObject }));
/** Filters, order and page of a company search. Every field is optional. Allo's schema has no free-text `search` here, unlike people and deals. */
export const SearchCrmCompaniesInput = /* @__PURE__ */ lazy(SearchCrmCompaniesInput$);

const UpdateCrmCompanyInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "industry": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** The fields to change; every field is optional and a field left out keeps its value. Allo's schema marks every field nullable but does not say what `null` does. */
export const UpdateCrmCompanyInput = /* @__PURE__ */ lazy(UpdateCrmCompanyInput$);

const CreateCrmDealInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "amount": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))), "currency": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 3, { error: "must be at least 3 characters" }), /* @__PURE__ */ z.refine((v: string) => codePoints(v) <= 3, { error: "must be at most 3 characters" })))), "closed_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "company_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })))) }, { error: notAnObject }));
/** A new deal; `name` is required. */
export const CreateCrmDealInput = /* @__PURE__ */ lazy(CreateCrmDealInput$);

const CrmDeal$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "amount": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))), "currency": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "closed_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CrmCompanyRef$())), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));
/** A deal of the Allo CRM, created here or synced from a CRM integration. Its `status` is free text (`negotiation`, `won`), unlike the `OPEN`/`WON`/`LOST` of the deals embedded in conversation contacts. */
export const CrmDeal = /* @__PURE__ */ lazy(CrmDeal$);

const CrmDealsFilters$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "stage": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))) }, { error: notAnObject }));
/** Named filters of a deal search, all optional and combined with AND. */
export const CrmDealsFilters = /* @__PURE__ */ lazy(CrmDealsFilters$);

const SearchCrmDealsInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "filters": /* @__PURE__ */ z.optional(CrmDealsFilters$()), "search": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "sort": /* @__PURE__ */ z.optional(CrmSearchSort$()), "page": /* @__PURE__ */ z.optional(V2Page$()), "size": /* @__PURE__ */ z.optional(V2Size$()) }, { error: notAnObject }));
/** Filters, free-text search, order and page of a deal search. Every field is optional. */
export const SearchCrmDealsInput = /* @__PURE__ */ lazy(SearchCrmDealsInput$);

const UpdateCrmDealInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })))), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "amount": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))), "currency": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 3, { error: "must be at least 3 characters" }), /* @__PURE__ */ z.refine((v: string) => codePoints(v) <= 3, { error: "must be at most 3 characters" })))), "closed_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "company_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** The fields to change; every field is optional and a field left out keeps its value. Allo's schema marks every field nullable but does not say what `null` does. */
export const UpdateCrmDealInput = /* @__PURE__ */ lazy(UpdateCrmDealInput$);

const WebhookEventTypeValue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** A v2 webhook topic as the API reports it. Open enum; topics Allo adds later pass through. */
export const WebhookEventTypeValue = /* @__PURE__ */ lazy(WebhookEventTypeValue$);

const WebhookEndpoint$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "url": /* @__PURE__ */ z.string({ error: "must be a string" }), "topics": /* @__PURE__ */ z.array(WebhookEventTypeValue$(), { error: "must be an array" }), "description": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "enabled": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "signing_secret": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "created_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())) }, { error: notAnObject }));
/** A v2 webhook endpoint: one HTTPS URL that receives the subscribed topics for every number of the workspace, each delivery signed with the endpoint's `signing_secret`. */
export const WebhookEndpoint = /* @__PURE__ */ lazy(WebhookEndpoint$);

const WebhookEventType$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.enum(["call.received","call.triggered","call.answered","call.completed","tag.added","tag.removed","sms.received","sms.sent","contact.created","contact.updated","summary.updated"], { error: "must be one of call.received, call.triggered, call.answered, call.completed, tag.added, tag.removed, sms.received, sms.sent, contact.created, contact.updated, summary.updated" }));
/** A topic a v2 webhook endpoint can subscribe to, named `entity.action`. Closed in requests: only these eleven are accepted. `call.answered` and `summary.updated` are in Allo's topic enum but missing from its topic pages. */
export const WebhookEventType = /* @__PURE__ */ lazy(WebhookEventType$);

const CreateWebhookEndpointInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "url": /* @__PURE__ */ (/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isUri, { error: "must be a valid uri" }))).check(/* @__PURE__ */ z.regex(/^https:\/\//u, { error: "must be an https:// URL" })), "topics": /* @__PURE__ */ (/* @__PURE__ */ z.array(WebhookEventType$(), { error: "must be an array" })).check(/* @__PURE__ */ z.minLength(1, { error: "must have at least 1 item" }), /* @__PURE__ */ z.refine((v: unknown[]) => new Set(v.map((x) => JSON.stringify(x))).size === v.length, { error: "must not repeat an item" })), "description": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })) }, { error: notAnObject }));
/** A new webhook endpoint. */
export const CreateWebhookEndpointInput = /* @__PURE__ */ lazy(CreateWebhookEndpointInput$);

const WebhookEventTypeInfo$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "name": WebhookEventTypeValue$(), "description": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A topic of the catalogue, with a short description. */
export const WebhookEventTypeInfo = /* @__PURE__ */ lazy(WebhookEventTypeInfo$);

const UpdateWebhookEndpointInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.strictObject({ "url": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isUri, { error: "must be a valid uri" }))).check(/* @__PURE__ */ z.regex(/^https:\/\//u, { error: "must be an https:// URL" }))), "topics": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.array(WebhookEventType$(), { error: "must be an array" })).check(/* @__PURE__ */ z.minLength(1, { error: "must have at least 1 item" }), /* @__PURE__ */ z.refine((v: unknown[]) => new Set(v.map((x) => JSON.stringify(x))).size === v.length, { error: "must not repeat an item" }))), "description": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "enabled": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })) }, { error: notAnObject })).check(/* @__PURE__ */ z.refine((v: object) => Object.keys(v).length >= 1, { error: "must have at least 1 field" })));
/** The fields to change, at least one. Fields you leave out keep their value. */
export const UpdateWebhookEndpointInput = /* @__PURE__ */ lazy(UpdateWebhookEndpointInput$);

const SummaryTemplateSection$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "title": /* @__PURE__ */ z.string({ error: "must be a string" }), "instructions": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "order": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })) }, { error: notAnObject }));
/** One section of a summary template. */
export const SummaryTemplateSection = /* @__PURE__ */ lazy(SummaryTemplateSection$);

const SummaryTemplate$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.string({ error: "must be a string" }), "call_context": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "icon": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "sections": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(SummaryTemplateSection$(), { error: "must be an array" }))), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));
/** A template that shapes the AI summary of the team's calls: some background on the calls and the sections the summary is made of. */
export const SummaryTemplate = /* @__PURE__ */ lazy(SummaryTemplate$);

const SummaryTemplateSectionInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "title": /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })), "instructions": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "order": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })) }, { error: notAnObject }));
/** One section of a template, as you send it. */
export const SummaryTemplateSectionInput = /* @__PURE__ */ lazy(SummaryTemplateSectionInput$);

const SummaryTemplateInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })), "call_context": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) <= 4000, { error: "must be at most 4000 characters" })))), "icon": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "sections": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.array(SummaryTemplateSectionInput$(), { error: "must be an array" })).check(/* @__PURE__ */ z.maxLength(10, { error: "must have at most 10 items" }))) }, { error: notAnObject }));
/** A template's full content. Only `name` is required. On update, every field you leave out is cleared (the template is replaced, not merged). */
export const SummaryTemplateInput = /* @__PURE__ */ lazy(SummaryTemplateInput$);

const SetNumberDefaultSummaryTemplateInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "summary_template_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })))) }, { error: notAnObject }));
/** The template to use by default for a number's calls, or null to clear it. */
export const SetNumberDefaultSummaryTemplateInput = /* @__PURE__ */ lazy(SetNumberDefaultSummaryTemplateInput$);

const NumberDefaultSummaryTemplate$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "number": PhoneNumberValue$(), "default_summary_template_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A number and the template that now summarizes its new calls. */
export const NumberDefaultSummaryTemplate = /* @__PURE__ */ lazy(NumberDefaultSummaryTemplate$);

const DialingQueueNumber$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "number_to": PhoneNumberValue$(), "position": /* @__PURE__ */ z.int({ error: "must be an integer" }), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "call_start_date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "call_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "routing_result": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "sync_status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "detected_outbound_voicemail": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.boolean({ error: "must be a boolean" }))), "not_reached_destination_reason": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "voicemail_left": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.boolean({ error: "must be a boolean" }))) }, { error: notAnObject }));
/** One entry of a Power Dialer queue. The same number may appear at several positions. */
export const DialingQueueNumber = /* @__PURE__ */ lazy(DialingQueueNumber$);

const DialingQueueVoicemailHandlingValue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** What the Power Dialer does when a call reaches voicemail (`SKIP`: next number; `NO_SKIP`: stay on the call). Open enum. */
export const DialingQueueVoicemailHandlingValue = /* @__PURE__ */ lazy(DialingQueueVoicemailHandlingValue$);

const DialingQueueDoNotDisturbValue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** `ENABLED` when incoming calls are silenced while the queue runs. Open enum. */
export const DialingQueueDoNotDisturbValue = /* @__PURE__ */ lazy(DialingQueueDoNotDisturbValue$);

const DialingQueueMeta$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "creator_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "assignee_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "voicemail_handling": /* @__PURE__ */ z.optional(DialingQueueVoicemailHandlingValue$()), "do_not_disturb": /* @__PURE__ */ z.optional(DialingQueueDoNotDisturbValue$()), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));
/** A Power Dialer queue's id, name and settings, without its numbers. */
export const DialingQueueMeta = /* @__PURE__ */ lazy(DialingQueueMeta$);

const ResetDialingQueueInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) <= 255, { error: "must be at most 255 characters" })))), "user_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })))), "email": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isEmail, { error: "must be a valid email" })))) }, { error: notAnObject }));
/** The new queue's name and whose queue it is; everything is optional (an empty body, or none, resets your own queue without a name). */
export const ResetDialingQueueInput = /* @__PURE__ */ lazy(ResetDialingQueueInput$);

const DialingQueue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "creator_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "assignee_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "voicemail_handling": /* @__PURE__ */ z.optional(DialingQueueVoicemailHandlingValue$()), "do_not_disturb": /* @__PURE__ */ z.optional(DialingQueueDoNotDisturbValue$()), "numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(DialingQueueNumber$(), { error: "must be an array" }))), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));
/** A Power Dialer queue with its settings and its numbers. */
export const DialingQueue = /* @__PURE__ */ lazy(DialingQueue$);

const DialingQueueVoicemailHandling$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.enum(["SKIP","NO_SKIP"], { error: "must be one of SKIP, NO_SKIP" }));
/** What the Power Dialer does when a call reaches voicemail: `SKIP` moves on to the next number, `NO_SKIP` keeps the user on the call. Closed in requests. */
export const DialingQueueVoicemailHandling = /* @__PURE__ */ lazy(DialingQueueVoicemailHandling$);

const DialingQueueDoNotDisturb$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.enum(["ENABLED","DISABLED"], { error: "must be one of ENABLED, DISABLED" }));
/** `ENABLED` silences incoming calls while the queue runs. Closed in requests. */
export const DialingQueueDoNotDisturb = /* @__PURE__ */ lazy(DialingQueueDoNotDisturb$);

const UpdateDialingQueueInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }), /* @__PURE__ */ z.refine((v: string) => codePoints(v) <= 255, { error: "must be at most 255 characters" })))), "voicemail_handling": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(DialingQueueVoicemailHandling$())), "do_not_disturb": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(DialingQueueDoNotDisturb$())), "user_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })))), "user_pid": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })))), "email": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isEmail, { error: "must be a valid email" })))) }, { error: notAnObject }));
/** The settings to change (the queue is created if there is none). Fields you leave out keep their value. `user_pid` is an older spelling of `user_id`, still accepted here. */
export const UpdateDialingQueueInput = /* @__PURE__ */ lazy(UpdateDialingQueueInput$);

const DialingQueueNumberInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "number": /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" }))), "addresses": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" }))) }, { error: notAnObject }));
/** A number to append, with optional details for the contact Allo creates or matches. */
export const DialingQueueNumberInput = /* @__PURE__ */ lazy(DialingQueueNumberInput$);

const AppendDialingQueueNumbersInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "numbers": /* @__PURE__ */ (/* @__PURE__ */ z.array(DialingQueueNumberInput$(), { error: "must be an array" })).check(/* @__PURE__ */ z.minLength(1, { error: "must have at least 1 item" }), /* @__PURE__ */ z.maxLength(1000, { error: "must have at most 1000 items" })), "user_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })))), "email": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isEmail, { error: "must be a valid email" })))) }, { error: notAnObject }));
/** The numbers to add at the end of the queue, and whose queue it is. */
export const AppendDialingQueueNumbersInput = /* @__PURE__ */ lazy(AppendDialingQueueNumbersInput$);

const SkippedDialingQueueNumber$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "number": /* @__PURE__ */ z.string({ error: "must be a string" }), "reason": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })) }, { error: notAnObject }));
/** A number that was not appended. */
export const SkippedDialingQueueNumber = /* @__PURE__ */ lazy(SkippedDialingQueueNumber$);

const AppendDialingQueueNumbersResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "added": /* @__PURE__ */ z.array(DialingQueueNumber$(), { error: "must be an array" }), "skipped": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(SkippedDialingQueueNumber$(), { error: "must be an array" }))) }, { error: notAnObject }));
/** What was appended and what was left out. */
export const AppendDialingQueueNumbersResult = /* @__PURE__ */ lazy(AppendDialingQueueNumbersResult$);

const RemoveDialingQueueNumbersResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "removed": /* @__PURE__ */ z.int({ error: "must be an integer" }) }, { error: notAnObject }));
/** How many entries were removed. */
export const RemoveDialingQueueNumbersResult = /* @__PURE__ */ lazy(RemoveDialingQueueNumbersResult$);

const PartnerPersonalMobile$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^\+[1-9]\d{1,14}$/u, { error: "must be an E.164 number, such as +33612345678" })));
/** The customer's existing mobile number, in E.164 (required): the Allo number provisioned for the account is attached to it as a second line. */
export const PartnerPersonalMobile = /* @__PURE__ */ lazy(PartnerPersonalMobile$);

const PartnerNumberPreference$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "country": /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 2, { error: "must be at least 2 characters" })), "prefix": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^\+[0-9]+$/u, { error: "must be + followed by digits, such as +337" })))) }, { error: notAnObject }));
/** Where the account's phone number should come from. */
export const PartnerNumberPreference = /* @__PURE__ */ lazy(PartnerNumberPreference$);

const CreatePartnerAccountInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "email": /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isEmail, { error: "must be a valid email" })), "name": /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" })), "personal_mobile": PartnerPersonalMobile$(), "partner_client_ref": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "number_preference": PartnerNumberPreference$() }, { error: notAnObject }));
/** The customer to provision an account for. */
export const CreatePartnerAccountInput = /* @__PURE__ */ lazy(CreatePartnerAccountInput$);

const PartnerAccount$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "api_key": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "phone_numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(PhoneNumberValue$(), { error: "must be an array" })), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "activated": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "partner_client_ref": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** An Allo account provisioned for one of your customers, with its numbers and its state. `api_key` is a secret of the customer's account, present only in the create answer. */
export const PartnerAccount = /* @__PURE__ */ lazy(PartnerAccount$);

const PhoneNumber$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "number": PhoneNumberValue$(), "name": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" })), "country": /* @__PURE__ */ z.string({ error: "must be a string" }), "is_shared_number": /* @__PURE__ */ z.boolean({ error: "must be a boolean" }) }, { error: notAnObject }));
/** An Allo number connected to the account. */
export const PhoneNumber = /* @__PURE__ */ lazy(PhoneNumber$);

const ErrorCode$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** A machine-readable error code. Open enum. */
export const ErrorCode = /* @__PURE__ */ lazy(ErrorCode$);

const ErrorDetail$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "field": /* @__PURE__ */ z.string({ error: "must be a string" }), "message": /* @__PURE__ */ z.string({ error: "must be a string" }) }, { error: notAnObject }));
/** ErrorDetail */
export const ErrorDetail = /* @__PURE__ */ lazy(ErrorDetail$);

const ErrorBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "code": ErrorCode$(), "details": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(ErrorDetail$(), { error: "must be an array" }))) }, { error: notAnObject }));
/** The body of every error answer. */
export const ErrorBody = /* @__PURE__ */ lazy(ErrorBody$);

const Message$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }), /* @__PURE__ */ z.refine((v: string) => codePoints(v) <= 1000, { error: "must be at most 1000 characters" })));
/** The text of an SMS, 1 to 1000 characters. */
export const Message = /* @__PURE__ */ lazy(Message$);

const SendSmsInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "from": E164Number$(), "to": E164Number$(), "message": Message$() }, { error: notAnObject }));
/** An SMS to a US or international number, sent from one of your Allo numbers: `{ from, to, message }`, where `from` is one of your Allo numbers and `to` is in the same country. Billed per segment. */
export const SendSmsInput = /* @__PURE__ */ lazy(SendSmsInput$);

const SenderId$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^[A-Za-z0-9]{3,11}$/u, { error: "must be 3 to 11 letters or digits" })));
/** A pre-verified alphanumeric sender for France, 3 to 11 characters. */
export const SenderId = /* @__PURE__ */ lazy(SenderId$);

const SendSmsFranceInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "sender_id": SenderId$(), "to": E164Number$(), "message": Message$() }, { error: notAnObject }));
/** An SMS to a French number, sent from a sender ID: `{ sender_id, to, message }`, where `sender_id` is an alphanumeric sender (3 to 11 characters) verified beforehand by Allo support. Billed per segment. */
export const SendSmsFranceInput = /* @__PURE__ */ lazy(SendSmsFranceInput$);

const SentSms$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "sender_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "to_number": PhoneNumberValue$(), "type": CallDirection$(), "content": /* @__PURE__ */ z.string({ error: "must be a string" }), "start_date": LocalDateTime$() }, { error: notAnObject }));
/** An SMS as sent. `from_number` is null when sent from a sender ID, `sender_id` otherwise. */
export const SentSms = /* @__PURE__ */ lazy(SentSms$);

const CallResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** How a call ended. Open enum; the live API returns values beyond these. */
export const CallResult = /* @__PURE__ */ lazy(CallResult$);

const TranscriptSource$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** Who spoke a transcript line. Open enum. */
export const TranscriptSource = /* @__PURE__ */ lazy(TranscriptSource$);

const TranscriptLine$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "source": TranscriptSource$(), "text": /* @__PURE__ */ z.string({ error: "must be a string" }), "time": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "start_seconds": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number({ error: "must be a number" })), "end_seconds": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number({ error: "must be a number" })) }, { error: notAnObject }));
/** TranscriptLine */
export const TranscriptLine = /* @__PURE__ */ lazy(TranscriptLine$);

const Call$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "from_number": PhoneNumberValue$(), "to_number": /* @__PURE__ */ z.nullable(PhoneNumberValue$()), "length_in_minutes": /* @__PURE__ */ z.number({ error: "must be a number" }), "type": /* @__PURE__ */ z.nullable(CallDirection$()), "result": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallResult$())), "summary": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "tag": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "recording_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "start_date": LocalDateTime$(), "transcript": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(TranscriptLine$(), { error: "must be an array" }))) }, { error: notAnObject }));
/** A call, with its recording, transcript and AI summary when available. */
export const Call = /* @__PURE__ */ lazy(Call$);

const FlatPaginationMetadata$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "total_pages": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })), "current_page": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })) }, { error: notAnObject }));
/** Pagination as `GET /calls` sends it, without the `pagination` level. */
export const FlatPaginationMetadata = /* @__PURE__ */ lazy(FlatPaginationMetadata$);

const CallSearchResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "results": /* @__PURE__ */ z.array(Call$(), { error: "must be an array" }), "metadata": FlatPaginationMetadata$() }, { error: notAnObject }));
/** CallSearchResult */
export const CallSearchResult = /* @__PURE__ */ lazy(CallSearchResult$);

const Company$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.string({ error: "must be a string" }) }, { error: notAnObject }));
/** Company */
export const Company = /* @__PURE__ */ lazy(Company$);

const ContactEngagement$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** How engaged a contact is lately. Open enum. */
export const ContactEngagement = /* @__PURE__ */ lazy(ContactEngagement$);

const ContactActivityType$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** What a contact's activity entry was. Open enum. */
export const ContactActivityType = /* @__PURE__ */ lazy(ContactActivityType$);

const ContactActivity$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "type": ContactActivityType$(), "made_by": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "made_at": LocalDateTime$(), "allo_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "content": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** One call or text of a contact, as `extend=activity` lists them. */
export const ContactActivity = /* @__PURE__ */ lazy(ContactActivity$);

const Contact$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "is_archived": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "is_whitelisted": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "numbers": /* @__PURE__ */ z.array(PhoneNumberValue$(), { error: "must be an array" }), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" })), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.xor([Company$(), /* @__PURE__ */ z.string({ error: "must be a string" })], { error: "must match exactly one of the forms the spec documents" }))), "engagement": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ContactEngagement$())), "last_activity_date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "tags": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" })), "integration_data": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.looseObject({  }, { error: notAnObject })), "custom_properties": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.looseObject({  }, { error: notAnObject }))), "activity": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ContactActivity$(), { error: "must be an array" })), "conversation_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })) }, { error: notAnObject }));
/** A contact of the account. */
export const Contact = /* @__PURE__ */ lazy(Contact$);

const PaginationMetadata$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "pagination": /* @__PURE__ */ z.looseObject({ "total_pages": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })), "current_page": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })) }, { error: notAnObject }) }, { error: notAnObject }));
/** PaginationMetadata */
export const PaginationMetadata = /* @__PURE__ */ lazy(PaginationMetadata$);

const ContactSearchResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "results": /* @__PURE__ */ z.array(Contact$(), { error: "must be an array" }), "metadata": PaginationMetadata$() }, { error: notAnObject }));
/** ContactSearchResult */
export const ContactSearchResult = /* @__PURE__ */ lazy(ContactSearchResult$);

const CreateContactInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "numbers": /* @__PURE__ */ (/* @__PURE__ */ z.array(E164Number$(), { error: "must be an array" })).check(/* @__PURE__ */ z.minLength(1, { error: "must have at least 1 item" })), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isEmail, { error: "must be a valid email" })), { error: "must be an array" })) }, { error: notAnObject }));
/** CreateContactInput */
export const CreateContactInput = /* @__PURE__ */ lazy(CreateContactInput$);

const ContactEnvelope$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": Contact$() }, { error: notAnObject }));
/** ContactEnvelope */
export const ContactEnvelope = /* @__PURE__ */ lazy(ContactEnvelope$);

const UpdateContactInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.strictObject({ "numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.array(E164Number$(), { error: "must be an array" })).check(/* @__PURE__ */ z.minLength(1, { error: "must have at least 1 item" }))), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isEmail, { error: "must be a valid email" })), { error: "must be an array" })) }, { error: notAnObject })).check(/* @__PURE__ */ z.refine((v: object) => Object.keys(v).length >= 1, { error: "must have at least 1 field" })));
/** The fields to change. `emails` and `numbers` replace the stored arrays. */
export const UpdateContactInput = /* @__PURE__ */ lazy(UpdateContactInput$);

const ConversationEntryType$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** Kind of a conversation entry. Open enum. */
export const ConversationEntryType = /* @__PURE__ */ lazy(ConversationEntryType$);

const SmsMessage$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "sender_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "to_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallDirection$())), "content": /* @__PURE__ */ z.string({ error: "must be a string" }), "start_date": LocalDateTime$() }, { error: notAnObject }));
/** SmsMessage */
export const SmsMessage = /* @__PURE__ */ lazy(SmsMessage$);

const ConversationEntry$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "type": ConversationEntryType$(), "call": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(Call$())), "message": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(SmsMessage$())) }, { error: notAnObject }));
/** One call or one SMS of a conversation; the other field is null. */
export const ConversationEntry = /* @__PURE__ */ lazy(ConversationEntry$);

const ConversationResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "results": /* @__PURE__ */ z.array(ConversationEntry$(), { error: "must be an array" }), "metadata": PaginationMetadata$() }, { error: notAnObject }));
/** ConversationResult */
export const ConversationResult = /* @__PURE__ */ lazy(ConversationResult$);

const WebhookTopicValue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** A topic as the API reports it. Open enum. */
export const WebhookTopicValue = /* @__PURE__ */ lazy(WebhookTopicValue$);

const Webhook$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "allo_number": PhoneNumberValue$(), "enabled": /* @__PURE__ */ z.boolean({ error: "must be a boolean" }), "url": /* @__PURE__ */ z.string({ error: "must be a string" }), "topics": /* @__PURE__ */ z.array(WebhookTopicValue$(), { error: "must be an array" }) }, { error: notAnObject }));
/** Webhook */
export const Webhook = /* @__PURE__ */ lazy(Webhook$);

const WebhookTopic$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.enum(["CALL_RECEIVED","SMS_RECEIVED","SMS_SENT","CONTACT_CREATED","CONTACT_UPDATED"], { error: "must be one of CALL_RECEIVED, SMS_RECEIVED, SMS_SENT, CONTACT_CREATED, CONTACT_UPDATED" }));
/** A topic a webhook can subscribe to. Closed in requests. */
export const WebhookTopic = /* @__PURE__ */ lazy(WebhookTopic$);

const CreateWebhookInput$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "allo_number": E164Number$(), "url": /* @__PURE__ */ (/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isUri, { error: "must be a valid uri" }))).check(/* @__PURE__ */ z.regex(/^https:\/\//u, { error: "must be an https:// URL" })), "topics": /* @__PURE__ */ (/* @__PURE__ */ z.array(WebhookTopic$(), { error: "must be an array" })).check(/* @__PURE__ */ z.minLength(1, { error: "must have at least 1 item" }), /* @__PURE__ */ z.refine((v: unknown[]) => new Set(v.map((x) => JSON.stringify(x))).size === v.length, { error: "must not repeat an item" })), "enabled": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })) }, { error: notAnObject }));
/** CreateWebhookInput */
export const CreateWebhookInput = /* @__PURE__ */ lazy(CreateWebhookInput$);

const CreatedWebhook$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "alloNumber": PhoneNumberValue$(), "enabled": /* @__PURE__ */ z.boolean({ error: "must be a boolean" }), "url": /* @__PURE__ */ z.string({ error: "must be a string" }), "topics": /* @__PURE__ */ z.array(WebhookTopicValue$(), { error: "must be an array" }) }, { error: notAnObject }));
/** A subscription as `POST /webhooks` returns it, with `alloNumber` in camelCase. */
export const CreatedWebhook = /* @__PURE__ */ lazy(CreatedWebhook$);

const WebhookEnvelopeVersion$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** The payload version. Allo documents `"2.0"` for every v2 delivery; it is kept as a string so that a later version still parses (check it if your code depends on the shapes below). */
export const WebhookEnvelopeVersion = /* @__PURE__ */ lazy(WebhookEnvelopeVersion$);

const WebhookEnvelopeTimestamp$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** An ISO 8601 date-time, such as `2025-03-15T14:30:45.123456Z`. Allo's pages disagree on what it marks: the webhooks overview says when the delivery was sent, the best-practices page says when the event happened and recommends it for ordering. Treat it as approximate; where `data` carries its own time (`started_at`, `start_date`, `sent_at`, `updated_at`), prefer that. */
export const WebhookEnvelopeTimestamp = /* @__PURE__ */ lazy(WebhookEnvelopeTimestamp$);

const WebhookPerson$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "email": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" }))), "numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(PhoneNumberValue$(), { error: "must be an array" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** The contact that matches the caller, as `call.received` embeds it. Besides the fields below, each contact property your team has defined in Allo (`linkedin_url`, `lead_source`, ...) comes as a key of its own at this level, and only when it has a value: the object is open, and any key not listed here is one of those custom properties. The id (`con_...` in Allo's example) is not shaped like a CRM person id (`per-...`); Allo does not say whether one can be used as the other. `emails` and `numbers` are documented as arrays; null is tolerated. */
export const WebhookPerson = /* @__PURE__ */ lazy(WebhookPerson$);

const WebhookCompany$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** The company linked to a matched contact, as webhook deliveries embed it. */
export const WebhookCompany = /* @__PURE__ */ lazy(WebhookCompany$);

const WebhookDeal$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "value": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))), "currency": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "close_date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())) }, { error: notAnObject }));
/** A deal linked to a matched contact, as webhook deliveries embed it. Allo's field table for deals is cut off in the published copy: the fields below are those of its example, all but `id` nullable. */
export const WebhookDeal = /* @__PURE__ */ lazy(WebhookDeal$);

const CallReceivedEventData$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "from_number": PhoneNumberValue$(), "to_number": PhoneNumberValue$(), "started_at": LocalDateTime$(), "user_email": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "person": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(WebhookPerson$())), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(WebhookCompany$())), "deals": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(WebhookDeal$(), { error: "must be an array" }))) }, { error: notAnObject }));
/** An inbound call that has started ringing on one of your Allo numbers, with the context of the caller when a contact matches. Fields as Allo publishes them. */
export const CallReceivedEventData = /* @__PURE__ */ lazy(CallReceivedEventData$);

const CallTriggeredEventData$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "to_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "to": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "started_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "user_email": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** An outbound call that has just been placed from one of your Allo numbers. **Allo has not published the fields of this payload.** The fields declared here are a guess by analogy, every one optional and nullable: `from_number`, `to_number`, `started_at` and `user_email` are the names of `call.received` (the published event for a call that starts), `to` is the name `call.completed` uses for the called number, and `id` is the call id `call.completed` carries. The object is open: whatever else Allo sends is kept. */
export const CallTriggeredEventData = /* @__PURE__ */ lazy(CallTriggeredEventData$);

const CallAnsweredEventData$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallDirection$())), "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "to_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "to": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "started_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "user_email": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A call that has just been answered. **Allo has not published the fields of this payload** (nor described the event: it is subscribable, but absent from every page's topic list). The fields declared here are a guess, every one optional and nullable: `id`, `type` and `to` as `call.completed` names them, `from_number`, `to_number`, `started_at` and `user_email` as `call.received` names them. Public code handling this topic also looks for `direction` and `answered_at`; the object is open, so those and anything else Allo sends are kept. */
export const CallAnsweredEventData = /* @__PURE__ */ lazy(CallAnsweredEventData$);

const WebhookCallResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));
/** How a call ended. Allo's `call.completed` example shows `ANSWERED`; the other values are those v2 conversation items and v1 calls report. Open enum: expect others. */
export const WebhookCallResult = /* @__PURE__ */ lazy(WebhookCallResult$);

const CallCompletedEventData$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "to": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallDirection$())), "result": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(WebhookCallResult$())), "summary": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "length_in_minutes": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))), "start_date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "recording_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "user_email": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A call that has ended, with what Allo knows of it. Allo's published material stops after the first fields of its example: `id`, `from_number`, `to`, `type`, `result` and `summary` come from that example (the first required, the others nullable). `length_in_minutes`, `start_date`, `recording_url` and `user_email` are not on Allo's pages: they are the fields public code reads from this event (usage evidence), so they are optional and nullable. Allo describes the event as carrying the recording, transcript and summary: the object is open and keeps every other field (a transcript, names, tags...). */
export const CallCompletedEventData = /* @__PURE__ */ lazy(CallCompletedEventData$);

const CallTagEventData$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "tag": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A tag added to or removed from a call (`tag.added`, `tag.removed`). **Allo has not published the fields of this payload.** The two declared here, both optional and nullable, are what the event obviously involves: the call (`id`, as `call.completed` names its call id) and the tag (`tag`, the name v1 call deliveries use for a call's tag; a tag key such as `qualified`, as the tag operations take). The object is open: whatever else Allo sends is kept. */
export const CallTagEventData = /* @__PURE__ */ lazy(CallTagEventData$);

const SmsEventData$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "direction": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallDirection$())), "type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "content": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "sent_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "to_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "from_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "to_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A text received or sent by one of your Allo numbers (`sms.received`, `sms.sent`). **Allo has not published the fields of this payload.** The fields declared here, every one optional and nullable, are those of the v1 `SMS_RECEIVED` / `SMS_SENT` deliveries, plus `id`, the message id (`msg_...`) a v2 message obviously has. The object is open: whatever else Allo sends is kept. */
export const SmsEventData = /* @__PURE__ */ lazy(SmsEventData$);

const ContactEventData$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "email": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" }))), "numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(PhoneNumberValue$(), { error: "must be an array" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.xor([WebhookCompany$(), /* @__PURE__ */ z.string({ error: "must be a string" })], { error: "must match exactly one of the forms the spec documents" }))), "created_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "updated_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())) }, { error: notAnObject }));
/** A contact created or changed (`contact.created`, `contact.updated`). **Allo has not published the fields of this payload.** The fields declared here, every one optional and nullable, are those of the v1 `CONTACT_CREATED` / `CONTACT_UPDATED` deliveries, plus `email`, which the contact embedded in `call.received` (`WebhookPerson`) carries. If contact events follow that embedded contact, custom contact properties arrive as extra top-level keys: the object is open and keeps them. */
export const ContactEventData = /* @__PURE__ */ lazy(ContactEventData$);

const SummaryUpdatedEventData$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "content": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "summary": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "version": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int({ error: "must be an integer" }))), "updated_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "updated_by": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }))) }, { error: notAnObject }));
/** A call whose AI summary changed. **Allo has not published the fields of this payload, nor described the event.** The fields declared here, every one optional and nullable, are those of the call summary that `PATCH /v2/api/conversations/items/{id}/summary` returns (`id`, `content`, `version`, `updated_at`, `updated_by`), plus `summary`, the name `call.completed` gives the summary text. The object is open: whatever else Allo sends is kept. */
export const SummaryUpdatedEventData = /* @__PURE__ */ lazy(SummaryUpdatedEventData$);

const CallTranscription$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "source": /* @__PURE__ */ z.optional(TranscriptSource$()), "time": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "text": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })) }, { error: notAnObject }));
/** CallTranscription */
export const CallTranscription = /* @__PURE__ */ lazy(CallTranscription$);

const CallReceivedPayload$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallDirection$())), "start_date": /* @__PURE__ */ z.optional(LocalDateTime$()), "recording_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "from_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "to": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "to_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "length_in_minutes": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))), "length": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "tag": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "summary": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "one_sentence_summary": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "transcriptions": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(CallTranscription$(), { error: "must be an array" }))) }, { error: notAnObject }));
/** A call that has ended. */
export const CallReceivedPayload = /* @__PURE__ */ lazy(CallReceivedPayload$);

const SmsPayload$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "direction": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallDirection$())), "type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "content": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "sent_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "to_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "from_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "to_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));
/** A text received or sent. */
export const SmsPayload = /* @__PURE__ */ lazy(SmsPayload$);

const ContactPayload$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(PhoneNumberValue$(), { error: "must be an array" })), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" })), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.xor([Company$(), /* @__PURE__ */ z.string({ error: "must be a string" })], { error: "must match exactly one of the forms the spec documents" }))), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));
/** A contact as carried by contact events. */
export const ContactPayload = /* @__PURE__ */ lazy(ContactPayload$);

const PingPayload$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({  }, { error: notAnObject }));
/** A test delivery carries no fixed fields. */
export const PingPayload = /* @__PURE__ */ lazy(PingPayload$);

const listUsersQuery$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "role": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["ADMIN","MANAGER","MEMBER"], { error: "must be one of ADMIN, MANAGER, MEMBER" })), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["ACTIVE","BLOCKED"], { error: "must be one of ACTIVE, BLOCKED" })) }, { error: notAnObject }));
/** query parameters of listUsers. */
export const listUsersQuery = /* @__PURE__ */ lazy(listUsersQuery$);

const getUserPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of getUser. */
export const getUserPath = /* @__PURE__ */ lazy(getUserPath$);

const addTagsBody$ = /* @__PURE__ */ once(() => AddTagsInput$());
/** Request body of addTags. */
export const addTagsBody = /* @__PURE__ */ lazy(addTagsBody$);

const addTagsPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": CallId$() }, { error: notAnObject }));
/** path parameters of addTags. */
export const addTagsPath = /* @__PURE__ */ lazy(addTagsPath$);

const removeTagPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": CallId$(), "tag": ResourceId$() }, { error: notAnObject }));
/** path parameters of removeTag. */
export const removeTagPath = /* @__PURE__ */ lazy(removeTagPath$);

const listConversationsQuery$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "allo_number": E164Number$(), "last_activity_since": /* @__PURE__ */ z.optional(z.iso.datetime({ offset: true, error: "must be a valid date-time with its zone, such as 2026-04-20T10:00:00Z" })), "unread": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "page": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(1, { error: "must be >= 1" }))), "size": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(1, { error: "must be >= 1" }), /* @__PURE__ */ z.lte(100, { error: "must be <= 100" }))), "extend": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(["transcript"], { error: "must be one of transcript" }), { error: "must be an array" })).check(/* @__PURE__ */ z.refine((v: unknown[]) => new Set(v.map((x) => JSON.stringify(x))).size === v.length, { error: "must not repeat an item" }))) }, { error: notAnObject }));
/** query parameters of listConversations. */
export const listConversationsQuery = /* @__PURE__ */ lazy(listConversationsQuery$);

const executeConversationActionBody$ = /* @__PURE__ */ once(() => ConversationActionInput$());
/** Request body of executeConversationAction. */
export const executeConversationActionBody = /* @__PURE__ */ lazy(executeConversationActionBody$);

const executeConversationActionPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "contact_number": E164Number$() }, { error: notAnObject }));
/** path parameters of executeConversationAction. */
export const executeConversationActionPath = /* @__PURE__ */ lazy(executeConversationActionPath$);

const searchConversationItemsBody$ = /* @__PURE__ */ once(() => SearchConversationItemsInput$());
/** Request body of searchConversationItems. */
export const searchConversationItemsBody = /* @__PURE__ */ lazy(searchConversationItemsBody$);

const batchGetConversationItemsBody$ = /* @__PURE__ */ once(() => BatchGetConversationItemsInput$());
/** Request body of batchGetConversationItems. */
export const batchGetConversationItemsBody = /* @__PURE__ */ lazy(batchGetConversationItemsBody$);

const batchGetConversationItemsQuery$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "extend": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(["transcript"], { error: "must be one of transcript" }), { error: "must be an array" })).check(/* @__PURE__ */ z.refine((v: unknown[]) => new Set(v.map((x) => JSON.stringify(x))).size === v.length, { error: "must not repeat an item" }))) }, { error: notAnObject }));
/** query parameters of batchGetConversationItems. */
export const batchGetConversationItemsQuery = /* @__PURE__ */ lazy(batchGetConversationItemsQuery$);

const getConversationItemQuery$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "extend": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(["transcript"], { error: "must be one of transcript" }), { error: "must be an array" })).check(/* @__PURE__ */ z.refine((v: unknown[]) => new Set(v.map((x) => JSON.stringify(x))).size === v.length, { error: "must not repeat an item" }))) }, { error: notAnObject }));
/** query parameters of getConversationItem. */
export const getConversationItemQuery = /* @__PURE__ */ lazy(getConversationItemQuery$);

const getConversationItemPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ItemId$() }, { error: notAnObject }));
/** path parameters of getConversationItem. */
export const getConversationItemPath = /* @__PURE__ */ lazy(getConversationItemPath$);

const updateCallSummaryBody$ = /* @__PURE__ */ once(() => UpdateCallSummaryInput$());
/** Request body of updateCallSummary. */
export const updateCallSummaryBody = /* @__PURE__ */ lazy(updateCallSummaryBody$);

const updateCallSummaryPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": CallId$() }, { error: notAnObject }));
/** path parameters of updateCallSummary. */
export const updateCallSummaryPath = /* @__PURE__ */ lazy(updateCallSummaryPath$);

const getAnalyticsOverviewBody$ = /* @__PURE__ */ once(() => AnalyticsOverviewInput$());
/** Request body of getAnalyticsOverview. */
export const getAnalyticsOverviewBody = /* @__PURE__ */ lazy(getAnalyticsOverviewBody$);

const getOutboundAnalyticsBody$ = /* @__PURE__ */ once(() => OutboundAnalyticsInput$());
/** Request body of getOutboundAnalytics. */
export const getOutboundAnalyticsBody = /* @__PURE__ */ lazy(getOutboundAnalyticsBody$);

const createPersonBody$ = /* @__PURE__ */ once(() => CreateCrmPersonInput$());
/** Request body of createPerson. */
export const createPersonBody = /* @__PURE__ */ lazy(createPersonBody$);

const searchPeopleBody$ = /* @__PURE__ */ once(() => SearchCrmPeopleInput$());
/** Request body of searchPeople. */
export const searchPeopleBody = /* @__PURE__ */ lazy(searchPeopleBody$);

const getPersonPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of getPerson. */
export const getPersonPath = /* @__PURE__ */ lazy(getPersonPath$);

const updatePersonBody$ = /* @__PURE__ */ once(() => UpdateCrmPersonInput$());
/** Request body of updatePerson. */
export const updatePersonBody = /* @__PURE__ */ lazy(updatePersonBody$);

const updatePersonPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of updatePerson. */
export const updatePersonPath = /* @__PURE__ */ lazy(updatePersonPath$);

const createCompanyBody$ = /* @__PURE__ */ once(() => CreateCrmCompanyInput$());
/** Request body of createCompany. */
export const createCompanyBody = /* @__PURE__ */ lazy(createCompanyBody$);

const searchCompaniesBody$ = /* @__PURE__ */ once(() => SearchCrmCompaniesInput$());
/** Request body of searchCompanies. */
export const searchCompaniesBody = /* @__PURE__ */ lazy(searchCompaniesBody$);

const getCompanyPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of getCompany. */
export const getCompanyPath = /* @__PURE__ */ lazy(getCompanyPath$);

const updateCompanyBody$ = /* @__PURE__ */ once(() => UpdateCrmCompanyInput$());
/** Request body of updateCompany. */
export const updateCompanyBody = /* @__PURE__ */ lazy(updateCompanyBody$);

const updateCompanyPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of updateCompany. */
export const updateCompanyPath = /* @__PURE__ */ lazy(updateCompanyPath$);

const createDealBody$ = /* @__PURE__ */ once(() => CreateCrmDealInput$());
/** Request body of createDeal. */
export const createDealBody = /* @__PURE__ */ lazy(createDealBody$);

const searchDealsBody$ = /* @__PURE__ */ once(() => SearchCrmDealsInput$());
/** Request body of searchDeals. */
export const searchDealsBody = /* @__PURE__ */ lazy(searchDealsBody$);

const getDealPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of getDeal. */
export const getDealPath = /* @__PURE__ */ lazy(getDealPath$);

const deleteDealPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of deleteDeal. */
export const deleteDealPath = /* @__PURE__ */ lazy(deleteDealPath$);

const updateDealBody$ = /* @__PURE__ */ once(() => UpdateCrmDealInput$());
/** Request body of updateDeal. */
export const updateDealBody = /* @__PURE__ */ lazy(updateDealBody$);

const updateDealPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of updateDeal. */
export const updateDealPath = /* @__PURE__ */ lazy(updateDealPath$);

const createWebhookEndpointBody$ = /* @__PURE__ */ once(() => CreateWebhookEndpointInput$());
/** Request body of createWebhookEndpoint. */
export const createWebhookEndpointBody = /* @__PURE__ */ lazy(createWebhookEndpointBody$);

const getWebhookEndpointPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "webhook_id": ResourceId$() }, { error: notAnObject }));
/** path parameters of getWebhookEndpoint. */
export const getWebhookEndpointPath = /* @__PURE__ */ lazy(getWebhookEndpointPath$);

const updateWebhookEndpointBody$ = /* @__PURE__ */ once(() => UpdateWebhookEndpointInput$());
/** Request body of updateWebhookEndpoint. */
export const updateWebhookEndpointBody = /* @__PURE__ */ lazy(updateWebhookEndpointBody$);

const updateWebhookEndpointPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "webhook_id": ResourceId$() }, { error: notAnObject }));
/** path parameters of updateWebhookEndpoint. */
export const updateWebhookEndpointPath = /* @__PURE__ */ lazy(updateWebhookEndpointPath$);

const deleteWebhookEndpointPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "webhook_id": ResourceId$() }, { error: notAnObject }));
/** path parameters of deleteWebhookEndpoint. */
export const deleteWebhookEndpointPath = /* @__PURE__ */ lazy(deleteWebhookEndpointPath$);

const createSummaryTemplateBody$ = /* @__PURE__ */ once(() => SummaryTemplateInput$());
/** Request body of createSummaryTemplate. */
export const createSummaryTemplateBody = /* @__PURE__ */ lazy(createSummaryTemplateBody$);

const getSummaryTemplatePath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of getSummaryTemplate. */
export const getSummaryTemplatePath = /* @__PURE__ */ lazy(getSummaryTemplatePath$);

const updateSummaryTemplateBody$ = /* @__PURE__ */ once(() => SummaryTemplateInput$());
/** Request body of updateSummaryTemplate. */
export const updateSummaryTemplateBody = /* @__PURE__ */ lazy(updateSummaryTemplateBody$);

const updateSummaryTemplatePath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of updateSummaryTemplate. */
export const updateSummaryTemplatePath = /* @__PURE__ */ lazy(updateSummaryTemplatePath$);

const deleteSummaryTemplatePath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of deleteSummaryTemplate. */
export const deleteSummaryTemplatePath = /* @__PURE__ */ lazy(deleteSummaryTemplatePath$);

const setNumberDefaultSummaryTemplateBody$ = /* @__PURE__ */ once(() => SetNumberDefaultSummaryTemplateInput$());
/** Request body of setNumberDefaultSummaryTemplate. */
export const setNumberDefaultSummaryTemplateBody = /* @__PURE__ */ lazy(setNumberDefaultSummaryTemplateBody$);

const setNumberDefaultSummaryTemplatePath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "number": E164Number$() }, { error: notAnObject }));
/** path parameters of setNumberDefaultSummaryTemplate. */
export const setNumberDefaultSummaryTemplatePath = /* @__PURE__ */ lazy(setNumberDefaultSummaryTemplatePath$);

const getDialingQueueQuery$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "user_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "email": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isEmail, { error: "must be a valid email" }))), "page": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(1, { error: "must be >= 1" }))), "size": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(1, { error: "must be >= 1" }), /* @__PURE__ */ z.lte(100, { error: "must be <= 100" }))) }, { error: notAnObject }));
/** query parameters of getDialingQueue. */
export const getDialingQueueQuery = /* @__PURE__ */ lazy(getDialingQueueQuery$);

const resetDialingQueueBody$ = /* @__PURE__ */ once(() => ResetDialingQueueInput$());
/** Request body of resetDialingQueue. */
export const resetDialingQueueBody = /* @__PURE__ */ lazy(resetDialingQueueBody$);

const updateDialingQueueBody$ = /* @__PURE__ */ once(() => UpdateDialingQueueInput$());
/** Request body of updateDialingQueue. */
export const updateDialingQueueBody = /* @__PURE__ */ lazy(updateDialingQueueBody$);

const appendDialingQueueNumbersBody$ = /* @__PURE__ */ once(() => AppendDialingQueueNumbersInput$());
/** Request body of appendDialingQueueNumbers. */
export const appendDialingQueueNumbersBody = /* @__PURE__ */ lazy(appendDialingQueueNumbersBody$);

const removeDialingQueueNumbersQuery$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "number": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "position": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" }))), "unassigned": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "user_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine((v: string) => codePoints(v) >= 1, { error: "must be at least 1 character" }))), "email": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.refine(isEmail, { error: "must be a valid email" }))) }, { error: notAnObject }));
/** query parameters of removeDialingQueueNumbers. */
export const removeDialingQueueNumbersQuery = /* @__PURE__ */ lazy(removeDialingQueueNumbersQuery$);

const createPartnerAccountBody$ = /* @__PURE__ */ once(() => CreatePartnerAccountInput$());
/** Request body of createPartnerAccount. */
export const createPartnerAccountBody = /* @__PURE__ */ lazy(createPartnerAccountBody$);

const getPartnerAccountPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of getPartnerAccount. */
export const getPartnerAccountPath = /* @__PURE__ */ lazy(getPartnerAccountPath$);

const deletePartnerAccountPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "id": ResourceId$() }, { error: notAnObject }));
/** path parameters of deletePartnerAccount. */
export const deletePartnerAccountPath = /* @__PURE__ */ lazy(deletePartnerAccountPath$);

const sendSmsBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.xor([SendSmsInput$(), SendSmsFranceInput$()], { error: "must match exactly one of the forms the spec documents" }));
/** Request body of sendSms. */
export const sendSmsBody = /* @__PURE__ */ lazy(sendSmsBody$);

const searchCallsQuery$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "allo_number": E164Number$(), "contact_number": /* @__PURE__ */ z.optional(E164Number$()), "page": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" }))), "size": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(1, { error: "must be >= 1" }), /* @__PURE__ */ z.lte(100, { error: "must be <= 100" }))) }, { error: notAnObject }));
/** query parameters of searchCalls. */
export const searchCallsQuery = /* @__PURE__ */ lazy(searchCallsQuery$);

const searchContactsQuery$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "page": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" }))), "size": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(1, { error: "must be >= 1" }), /* @__PURE__ */ z.lte(100, { error: "must be <= 100" }))) }, { error: notAnObject }));
/** query parameters of searchContacts. */
export const searchContactsQuery = /* @__PURE__ */ lazy(searchContactsQuery$);

const createContactBody$ = /* @__PURE__ */ once(() => CreateContactInput$());
/** Request body of createContact. */
export const createContactBody = /* @__PURE__ */ lazy(createContactBody$);

const updateContactBody$ = /* @__PURE__ */ once(() => UpdateContactInput$());
/** Request body of updateContact. */
export const updateContactBody = /* @__PURE__ */ lazy(updateContactBody$);

const updateContactPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "contact_id": ResourceId$() }, { error: notAnObject }));
/** path parameters of updateContact. */
export const updateContactPath = /* @__PURE__ */ lazy(updateContactPath$);

const getContactQuery$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "extend": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(["engagement","activity"], { error: "must be one of engagement, activity" }), { error: "must be an array" })).check(/* @__PURE__ */ z.refine((v: unknown[]) => new Set(v.map((x) => JSON.stringify(x))).size === v.length, { error: "must not repeat an item" }))) }, { error: notAnObject }));
/** query parameters of getContact. */
export const getContactQuery = /* @__PURE__ */ lazy(getContactQuery$);

const getContactPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "contact_id": ResourceId$() }, { error: notAnObject }));
/** path parameters of getContact. */
export const getContactPath = /* @__PURE__ */ lazy(getContactPath$);

const getContactConversationQuery$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "allo_number": /* @__PURE__ */ z.optional(E164Number$()), "page": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" }))), "size": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(1, { error: "must be >= 1" }), /* @__PURE__ */ z.lte(100, { error: "must be <= 100" }))) }, { error: notAnObject }));
/** query parameters of getContactConversation. */
export const getContactConversationQuery = /* @__PURE__ */ lazy(getContactConversationQuery$);

const getContactConversationPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "contact_id": ResourceId$() }, { error: notAnObject }));
/** path parameters of getContactConversation. */
export const getContactConversationPath = /* @__PURE__ */ lazy(getContactConversationPath$);

const createWebhookBody$ = /* @__PURE__ */ once(() => CreateWebhookInput$());
/** Request body of createWebhook. */
export const createWebhookBody = /* @__PURE__ */ lazy(createWebhookBody$);

const deleteWebhookPath$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.strictObject({ "webhook_id": ResourceId$() }, { error: notAnObject }));
/** path parameters of deleteWebhook. */
export const deleteWebhookPath = /* @__PURE__ */ lazy(deleteWebhookPath$);

const callReceivedBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("call.received", { error: "must be \"call.received\"" }), "version": WebhookEnvelopeVersion$(), "timestamp": WebhookEnvelopeTimestamp$(), "data": CallReceivedEventData$() }, { error: notAnObject }));
/** Request body of callReceived. */
export const callReceivedBody = /* @__PURE__ */ lazy(callReceivedBody$);

const callTriggeredBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("call.triggered", { error: "must be \"call.triggered\"" }), "version": WebhookEnvelopeVersion$(), "timestamp": WebhookEnvelopeTimestamp$(), "data": CallTriggeredEventData$() }, { error: notAnObject }));
/** Request body of callTriggered. */
export const callTriggeredBody = /* @__PURE__ */ lazy(callTriggeredBody$);

const callAnsweredBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("call.answered", { error: "must be \"call.answered\"" }), "version": WebhookEnvelopeVersion$(), "timestamp": WebhookEnvelopeTimestamp$(), "data": CallAnsweredEventData$() }, { error: notAnObject }));
/** Request body of callAnswered. */
export const callAnsweredBody = /* @__PURE__ */ lazy(callAnsweredBody$);

const callCompletedBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("call.completed", { error: "must be \"call.completed\"" }), "version": WebhookEnvelopeVersion$(), "timestamp": WebhookEnvelopeTimestamp$(), "data": CallCompletedEventData$() }, { error: notAnObject }));
/** Request body of callCompleted. */
export const callCompletedBody = /* @__PURE__ */ lazy(callCompletedBody$);

const tagAddedBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("tag.added", { error: "must be \"tag.added\"" }), "version": WebhookEnvelopeVersion$(), "timestamp": WebhookEnvelopeTimestamp$(), "data": CallTagEventData$() }, { error: notAnObject }));
/** Request body of tagAdded. */
export const tagAddedBody = /* @__PURE__ */ lazy(tagAddedBody$);

const tagRemovedBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("tag.removed", { error: "must be \"tag.removed\"" }), "version": WebhookEnvelopeVersion$(), "timestamp": WebhookEnvelopeTimestamp$(), "data": CallTagEventData$() }, { error: notAnObject }));
/** Request body of tagRemoved. */
export const tagRemovedBody = /* @__PURE__ */ lazy(tagRemovedBody$);

const smsReceivedBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("sms.received", { error: "must be \"sms.received\"" }), "version": WebhookEnvelopeVersion$(), "timestamp": WebhookEnvelopeTimestamp$(), "data": SmsEventData$() }, { error: notAnObject }));
/** Request body of smsReceived. */
export const smsReceivedBody = /* @__PURE__ */ lazy(smsReceivedBody$);

const smsSentBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("sms.sent", { error: "must be \"sms.sent\"" }), "version": WebhookEnvelopeVersion$(), "timestamp": WebhookEnvelopeTimestamp$(), "data": SmsEventData$() }, { error: notAnObject }));
/** Request body of smsSent. */
export const smsSentBody = /* @__PURE__ */ lazy(smsSentBody$);

const contactCreatedBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("contact.created", { error: "must be \"contact.created\"" }), "version": WebhookEnvelopeVersion$(), "timestamp": WebhookEnvelopeTimestamp$(), "data": ContactEventData$() }, { error: notAnObject }));
/** Request body of contactCreated. */
export const contactCreatedBody = /* @__PURE__ */ lazy(contactCreatedBody$);

const contactUpdatedBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("contact.updated", { error: "must be \"contact.updated\"" }), "version": WebhookEnvelopeVersion$(), "timestamp": WebhookEnvelopeTimestamp$(), "data": ContactEventData$() }, { error: notAnObject }));
/** Request body of contactUpdated. */
export const contactUpdatedBody = /* @__PURE__ */ lazy(contactUpdatedBody$);

const summaryUpdatedBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("summary.updated", { error: "must be \"summary.updated\"" }), "version": WebhookEnvelopeVersion$(), "timestamp": WebhookEnvelopeTimestamp$(), "data": SummaryUpdatedEventData$() }, { error: notAnObject }));
/** Request body of summaryUpdated. */
export const summaryUpdatedBody = /* @__PURE__ */ lazy(summaryUpdatedBody$);

const onCallReceivedBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("CALL_RECEIVED", { error: "must be \"CALL_RECEIVED\"" }), "data": CallReceivedPayload$() }, { error: notAnObject }));
/** Request body of onCallReceived. */
export const onCallReceivedBody = /* @__PURE__ */ lazy(onCallReceivedBody$);

const onSmsReceivedBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("SMS_RECEIVED", { error: "must be \"SMS_RECEIVED\"" }), "data": SmsPayload$() }, { error: notAnObject }));
/** Request body of onSmsReceived. */
export const onSmsReceivedBody = /* @__PURE__ */ lazy(onSmsReceivedBody$);

const onSmsSentBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("SMS_SENT", { error: "must be \"SMS_SENT\"" }), "data": SmsPayload$() }, { error: notAnObject }));
/** Request body of onSmsSent. */
export const onSmsSentBody = /* @__PURE__ */ lazy(onSmsSentBody$);

const onContactCreatedBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("CONTACT_CREATED", { error: "must be \"CONTACT_CREATED\"" }), "data": ContactPayload$() }, { error: notAnObject }));
/** Request body of onContactCreated. */
export const onContactCreatedBody = /* @__PURE__ */ lazy(onContactCreatedBody$);

const onContactUpdatedBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("CONTACT_UPDATED", { error: "must be \"CONTACT_UPDATED\"" }), "data": ContactPayload$() }, { error: notAnObject }));
/** Request body of onContactUpdated. */
export const onContactUpdatedBody = /* @__PURE__ */ lazy(onContactUpdatedBody$);

const onPingBody$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "topic": /* @__PURE__ */ z.literal("PING", { error: "must be \"PING\"" }), "data": /* @__PURE__ */ z.optional(PingPayload$()) }, { error: notAnObject }));
/** Request body of onPing. */
export const onPingBody = /* @__PURE__ */ lazy(onPingBody$);
