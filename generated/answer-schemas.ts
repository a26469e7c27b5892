/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

import * as z from "zod/mini";
import { lazy, notAnObject, once } from "../src/schema-runtime.js";

const Scope$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const MeEndpoint$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "method": /* @__PURE__ */ z.string({ error: "must be a string" }), "path": /* @__PURE__ */ z.string({ error: "must be a string" }), "description": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "scope": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));

const TeamRef$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));

const RateLimits$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "read_per_second": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })), "write_per_second": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })) }, { error: notAnObject }));

const Me$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "api_key_id": /* @__PURE__ */ z.string({ error: "must be a string" }), "scopes": /* @__PURE__ */ z.array(Scope$(), { error: "must be an array" }), "endpoints": /* @__PURE__ */ z.array(MeEndpoint$(), { error: "must be an array" }), "team": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(TeamRef$())), "rate_limits": RateLimits$() }, { error: notAnObject }));

const UserRole$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const UserStatus$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const User$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" })), "email": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" })), "role": UserRole$(), "status": UserStatus$(), "image_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));

const Tag$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.string({ error: "must be a string" }), "color": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));

const PhoneNumberValue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const TeamPhoneNumberType$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const PhoneNumberCapability$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const UserRef$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "email": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));

const TeamPhoneNumber$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "number": /* @__PURE__ */ z.nullable(PhoneNumberValue$()), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "country": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "type": TeamPhoneNumberType$(), "capabilities": /* @__PURE__ */ z.array(PhoneNumberCapability$(), { error: "must be an array" }), "users": /* @__PURE__ */ z.array(UserRef$(), { error: "must be an array" }) }, { error: notAnObject }));

const ConversationCompanyRef$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));

const ConversationDealStatus$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const ConversationDeal$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ConversationDealStatus$())) }, { error: notAnObject }));

const ConversationContact$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ConversationCompanyRef$())), "deals": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ConversationDeal$(), { error: "must be an array" })) }, { error: notAnObject }));

const LocalDateTime$ = /* @__PURE__ */ once(() => /* @__PURE__ */ (/* @__PURE__ */ z.string({ error: "must be a string" })).check(/* @__PURE__ */ z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/u, { error: "must be an ISO 8601 date-time, such as 2026-04-21T10:30:00 (its zone optional)" })));

const ConversationItemType$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const CallDirection$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const ConversationCallResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const ConversationTranscriptSource$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const ConversationTranscriptEntry$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "source": /* @__PURE__ */ z.optional(ConversationTranscriptSource$()), "time": /* @__PURE__ */ z.optional(LocalDateTime$()), "text": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));

const ConversationMessageStatus$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const ConversationMessageType$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const ConversationItem$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "type": ConversationItemType$(), "direction": /* @__PURE__ */ z.optional(CallDirection$()), "allo_number": /* @__PURE__ */ z.optional(PhoneNumberValue$()), "contact_number": /* @__PURE__ */ z.optional(PhoneNumberValue$()), "contacts": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ConversationContact$(), { error: "must be an array" })), "user": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(UserRef$())), "date": /* @__PURE__ */ z.optional(LocalDateTime$()), "duration": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int({ error: "must be an integer" }))), "result": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ConversationCallResult$())), "recording_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "summary": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "tags": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" }))), "transcript": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(ConversationTranscriptEntry$(), { error: "must be an array" }))), "content": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ConversationMessageStatus$())), "message_type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ConversationMessageType$())) }, { error: notAnObject }));

const ConversationSummary$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "contact_number": PhoneNumberValue$(), "contacts": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ConversationContact$(), { error: "must be an array" })), "last_activity": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "last_item": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ConversationItem$())) }, { error: notAnObject }));

const Pagination$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "page": /* @__PURE__ */ z.int({ error: "must be an integer" }), "size": /* @__PURE__ */ z.int({ error: "must be an integer" }), "total_count": /* @__PURE__ */ z.int({ error: "must be an integer" }), "total_pages": /* @__PURE__ */ z.int({ error: "must be an integer" }), "has_more": /* @__PURE__ */ z.boolean({ error: "must be a boolean" }) }, { error: notAnObject }));

const CallSummary$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "content": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "version": /* @__PURE__ */ z.int({ error: "must be an integer" }), "updated_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "updated_by": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(UserRef$())) }, { error: notAnObject }));

const AnalyticsPeriod$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "from": /* @__PURE__ */ z.string({ error: "must be a string" }), "to": /* @__PURE__ */ z.string({ error: "must be a string" }) }, { error: notAnObject }));

const MetricValue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "value": /* @__PURE__ */ z.number({ error: "must be a number" }), "previous": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))), "change": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))) }, { error: notAnObject }));

const AnalyticsOverviewSummary$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "total_calls": /* @__PURE__ */ z.optional(MetricValue$()), "talk_time_seconds": /* @__PURE__ */ z.optional(MetricValue$()), "calls_over_1_min": /* @__PURE__ */ z.optional(MetricValue$()), "answer_rate": /* @__PURE__ */ z.optional(MetricValue$()) }, { error: notAnObject }));

const AnalyticsUserBreakdown$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "user": /* @__PURE__ */ z.optional(UserRef$()), "calls": /* @__PURE__ */ z.optional(MetricValue$()), "talk_time_seconds": /* @__PURE__ */ z.optional(MetricValue$()), "calls_over_1_min": /* @__PURE__ */ z.optional(MetricValue$()), "answer_rate": /* @__PURE__ */ z.optional(MetricValue$()) }, { error: notAnObject }));

const AnalyticsOverview$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "date": /* @__PURE__ */ z.optional(AnalyticsPeriod$()), "compare_date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(AnalyticsPeriod$())), "summary": /* @__PURE__ */ z.optional(AnalyticsOverviewSummary$()), "breakdown": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsUserBreakdown$(), { error: "must be an array" })), "last_updated": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())) }, { error: notAnObject }));

const OutboundFunnelStage$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "count": /* @__PURE__ */ z.optional(MetricValue$()), "rate": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))) }, { error: notAnObject }));

const OutboundFunnel$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "dials": /* @__PURE__ */ z.optional(OutboundFunnelStage$()), "connected": /* @__PURE__ */ z.optional(OutboundFunnelStage$()), "conversations": /* @__PURE__ */ z.optional(OutboundFunnelStage$()), "conversions": /* @__PURE__ */ z.optional(OutboundFunnelStage$()) }, { error: notAnObject }));

const AnalyticsTimeSeriesPoint$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "value": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number({ error: "must be a number" })) }, { error: notAnObject }));

const OutboundTimeSeries$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "dials": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsTimeSeriesPoint$(), { error: "must be an array" })), "connected": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsTimeSeriesPoint$(), { error: "must be an array" })), "connection_rate": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsTimeSeriesPoint$(), { error: "must be an array" })), "conversions": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsTimeSeriesPoint$(), { error: "must be an array" })) }, { error: notAnObject }));

const AnalyticsHeatmapCell$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "day": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "hour": /* @__PURE__ */ z.optional(/* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" }), /* @__PURE__ */ z.lte(23, { error: "must be <= 23" }))), "value": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number({ error: "must be a number" })) }, { error: notAnObject }));

const OutboundHeatmap$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "dials": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsHeatmapCell$(), { error: "must be an array" })), "connected": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsHeatmapCell$(), { error: "must be an array" })), "connection_rate": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(AnalyticsHeatmapCell$(), { error: "must be an array" })) }, { error: notAnObject }));

const OutboundLeaderboardEntry$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "user": /* @__PURE__ */ z.optional(UserRef$()), "connected": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })) }, { error: notAnObject }));

const OutboundTimeSpent$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "avg_ringing_time_seconds": /* @__PURE__ */ z.optional(MetricValue$()), "avg_conversation_time_seconds": /* @__PURE__ */ z.optional(MetricValue$()), "total_conversation_time_seconds": /* @__PURE__ */ z.optional(MetricValue$()) }, { error: notAnObject }));

const OutboundDrilldownItem$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "user": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(UserRef$())), "allo_number": /* @__PURE__ */ z.optional(PhoneNumberValue$()), "allo_number_label": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "contact_number": /* @__PURE__ */ z.optional(PhoneNumberValue$()), "stage": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "voicemail": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.boolean({ error: "must be a boolean" }))), "duration": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int({ error: "must be an integer" }))), "date": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));

const OutboundDrilldownPage$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(OutboundDrilldownItem$(), { error: "must be an array" })), "pagination": /* @__PURE__ */ z.optional(Pagination$()) }, { error: notAnObject }));

const OutboundAnalytics$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "date": /* @__PURE__ */ z.optional(AnalyticsPeriod$()), "compare_date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(AnalyticsPeriod$())), "funnel": /* @__PURE__ */ z.optional(OutboundFunnel$()), "time_series": /* @__PURE__ */ z.optional(OutboundTimeSeries$()), "heatmap": /* @__PURE__ */ z.optional(OutboundHeatmap$()), "leaderboard": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(OutboundLeaderboardEntry$(), { error: "must be an array" })), "time_spent": /* @__PURE__ */ z.optional(OutboundTimeSpent$()), "last_updated": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "items": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(OutboundDrilldownPage$())) }, { error: notAnObject }));

const CrmCompanyRef$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));

const CrmPerson$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "address": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(PhoneNumberValue$(), { error: "must be an array" })), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" })), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CrmCompanyRef$())), "interactions": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })), "last_activity_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));

const CrmCompany$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "industry": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "person_count": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })), "interactions": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })), "last_activity_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));

const CrmDeal$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "amount": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number({ error: "must be a number" }))), "currency": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "closed_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CrmCompanyRef$())), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));

const WebhookEventTypeValue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const WebhookEndpoint$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "url": /* @__PURE__ */ z.string({ error: "must be a string" }), "topics": /* @__PURE__ */ z.array(WebhookEventTypeValue$(), { error: "must be an array" }), "description": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "enabled": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "signing_secret": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "created_at": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())) }, { error: notAnObject }));

const WebhookEventTypeInfo$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "name": WebhookEventTypeValue$(), "description": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));

const SummaryTemplateSection$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "title": /* @__PURE__ */ z.string({ error: "must be a string" }), "instructions": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "order": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: "must be an integer" })) }, { error: notAnObject }));

const SummaryTemplate$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.string({ error: "must be a string" }), "call_context": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "icon": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "sections": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(SummaryTemplateSection$(), { error: "must be an array" }))), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));

const NumberDefaultSummaryTemplate$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "number": PhoneNumberValue$(), "default_summary_template_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));

const DialingQueueNumber$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "number_to": PhoneNumberValue$(), "position": /* @__PURE__ */ z.int({ error: "must be an integer" }), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "call_start_date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "call_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "routing_result": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "sync_status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "detected_outbound_voicemail": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.boolean({ error: "must be a boolean" }))), "not_reached_destination_reason": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "voicemail_left": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.boolean({ error: "must be a boolean" }))) }, { error: notAnObject }));

const DialingQueueVoicemailHandlingValue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const DialingQueueDoNotDisturbValue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const DialingQueueMeta$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "creator_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "assignee_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "voicemail_handling": /* @__PURE__ */ z.optional(DialingQueueVoicemailHandlingValue$()), "do_not_disturb": /* @__PURE__ */ z.optional(DialingQueueDoNotDisturbValue$()), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));

const DialingQueue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "creator_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "assignee_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "voicemail_handling": /* @__PURE__ */ z.optional(DialingQueueVoicemailHandlingValue$()), "do_not_disturb": /* @__PURE__ */ z.optional(DialingQueueDoNotDisturbValue$()), "numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(DialingQueueNumber$(), { error: "must be an array" }))), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()) }, { error: notAnObject }));

const SkippedDialingQueueNumber$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "number": /* @__PURE__ */ z.string({ error: "must be a string" }), "reason": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })) }, { error: notAnObject }));

const AppendDialingQueueNumbersResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "added": /* @__PURE__ */ z.array(DialingQueueNumber$(), { error: "must be an array" }), "skipped": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(SkippedDialingQueueNumber$(), { error: "must be an array" }))) }, { error: notAnObject }));

const RemoveDialingQueueNumbersResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "removed": /* @__PURE__ */ z.int({ error: "must be an integer" }) }, { error: notAnObject }));

const PartnerAccount$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "api_key": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "phone_numbers": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(PhoneNumberValue$(), { error: "must be an array" })), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "activated": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "partner_client_ref": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));

const PhoneNumber$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "number": PhoneNumberValue$(), "name": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" })), "country": /* @__PURE__ */ z.string({ error: "must be a string" }), "is_shared_number": /* @__PURE__ */ z.boolean({ error: "must be a boolean" }) }, { error: notAnObject }));

const SentSms$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "sender_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "to_number": PhoneNumberValue$(), "type": CallDirection$(), "content": /* @__PURE__ */ z.string({ error: "must be a string" }), "start_date": LocalDateTime$() }, { error: notAnObject }));

const CallResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const TranscriptSource$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const TranscriptLine$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "source": TranscriptSource$(), "text": /* @__PURE__ */ z.string({ error: "must be a string" }), "time": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })), "start_seconds": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number({ error: "must be a number" })), "end_seconds": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number({ error: "must be a number" })) }, { error: notAnObject }));

const Call$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "from_number": PhoneNumberValue$(), "to_number": /* @__PURE__ */ z.nullable(PhoneNumberValue$()), "length_in_minutes": /* @__PURE__ */ z.number({ error: "must be a number" }), "type": /* @__PURE__ */ z.nullable(CallDirection$()), "result": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallResult$())), "summary": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "tag": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "recording_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "start_date": LocalDateTime$(), "transcript": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(TranscriptLine$(), { error: "must be an array" }))) }, { error: notAnObject }));

const FlatPaginationMetadata$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "total_pages": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })), "current_page": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })) }, { error: notAnObject }));

const CallSearchResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "results": /* @__PURE__ */ z.array(Call$(), { error: "must be an array" }), "metadata": FlatPaginationMetadata$() }, { error: notAnObject }));

const Company$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.string({ error: "must be a string" }) }, { error: notAnObject }));

const ContactEngagement$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const ContactActivityType$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const ContactActivity$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "type": ContactActivityType$(), "made_by": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "made_at": LocalDateTime$(), "allo_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "content": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))) }, { error: notAnObject }));

const Contact$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "last_name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "job_title": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "website": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "status": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "is_archived": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "is_whitelisted": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: "must be a boolean" })), "created_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "updated_at": /* @__PURE__ */ z.optional(LocalDateTime$()), "numbers": /* @__PURE__ */ z.array(PhoneNumberValue$(), { error: "must be an array" }), "emails": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" })), "company": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.xor([Company$(), /* @__PURE__ */ z.string({ error: "must be a string" })], { error: "must match exactly one of the forms the spec documents" }))), "engagement": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ContactEngagement$())), "last_activity_date": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(LocalDateTime$())), "tags": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string({ error: "must be a string" }), { error: "must be an array" })), "integration_data": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.looseObject({  }, { error: notAnObject })), "custom_properties": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.looseObject({  }, { error: notAnObject }))), "activity": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ContactActivity$(), { error: "must be an array" })), "conversation_url": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: "must be a string" })) }, { error: notAnObject }));

const PaginationMetadata$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "pagination": /* @__PURE__ */ z.looseObject({ "total_pages": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })), "current_page": /* @__PURE__ */ (/* @__PURE__ */ z.int({ error: "must be an integer" })).check(/* @__PURE__ */ z.gte(0, { error: "must be >= 0" })) }, { error: notAnObject }) }, { error: notAnObject }));

const ContactSearchResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "results": /* @__PURE__ */ z.array(Contact$(), { error: "must be an array" }), "metadata": PaginationMetadata$() }, { error: notAnObject }));

const ContactEnvelope$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": Contact$() }, { error: notAnObject }));

const ConversationEntryType$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const SmsMessage$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "from_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "sender_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string({ error: "must be a string" }))), "to_number": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PhoneNumberValue$())), "type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CallDirection$())), "content": /* @__PURE__ */ z.string({ error: "must be a string" }), "start_date": LocalDateTime$() }, { error: notAnObject }));

const ConversationEntry$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "type": ConversationEntryType$(), "call": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(Call$())), "message": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(SmsMessage$())) }, { error: notAnObject }));

const ConversationResult$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "results": /* @__PURE__ */ z.array(ConversationEntry$(), { error: "must be an array" }), "metadata": PaginationMetadata$() }, { error: notAnObject }));

const WebhookTopicValue$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.string({ error: "must be a string" }));

const Webhook$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "allo_number": PhoneNumberValue$(), "enabled": /* @__PURE__ */ z.boolean({ error: "must be a boolean" }), "url": /* @__PURE__ */ z.string({ error: "must be a string" }), "topics": /* @__PURE__ */ z.array(WebhookTopicValue$(), { error: "must be an array" }) }, { error: notAnObject }));

const CreatedWebhook$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string({ error: "must be a string" }), "alloNumber": PhoneNumberValue$(), "enabled": /* @__PURE__ */ z.boolean({ error: "must be a boolean" }), "url": /* @__PURE__ */ z.string({ error: "must be a string" }), "topics": /* @__PURE__ */ z.array(WebhookTopicValue$(), { error: "must be an array" }) }, { error: notAnObject }));

const getMeAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": Me$() }, { error: notAnObject }));
/** The 200 answer of getMe. */
export const getMeAnswer = /* @__PURE__ */ lazy(getMeAnswer$);

const listUsersAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(User$(), { error: "must be an array" }) }, { error: notAnObject }));
/** The 200 answer of listUsers. */
export const listUsersAnswer = /* @__PURE__ */ lazy(listUsersAnswer$);

const getUserAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": User$() }, { error: notAnObject }));
/** The 200 answer of getUser. */
export const getUserAnswer = /* @__PURE__ */ lazy(getUserAnswer$);

const listTagsAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(Tag$(), { error: "must be an array" }) }, { error: notAnObject }));
/** The 200 answer of listTags. */
export const listTagsAnswer = /* @__PURE__ */ lazy(listTagsAnswer$);

const listPhoneNumbersAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(TeamPhoneNumber$(), { error: "must be an array" }) }, { error: notAnObject }));
/** The 200 answer of listPhoneNumbers. */
export const listPhoneNumbersAnswer = /* @__PURE__ */ lazy(listPhoneNumbersAnswer$);

const listConversationsAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(ConversationSummary$(), { error: "must be an array" }), "pagination": Pagination$() }, { error: notAnObject }));
/** The 200 answer of listConversations. */
export const listConversationsAnswer = /* @__PURE__ */ lazy(listConversationsAnswer$);

const searchConversationItemsAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(ConversationItem$(), { error: "must be an array" }), "pagination": Pagination$() }, { error: notAnObject }));
/** The 200 answer of searchConversationItems. */
export const searchConversationItemsAnswer = /* @__PURE__ */ lazy(searchConversationItemsAnswer$);

const batchGetConversationItemsAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(ConversationItem$(), { error: "must be an array" }) }, { error: notAnObject }));
/** The 200 answer of batchGetConversationItems. */
export const batchGetConversationItemsAnswer = /* @__PURE__ */ lazy(batchGetConversationItemsAnswer$);

const getConversationItemAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": ConversationItem$() }, { error: notAnObject }));
/** The 200 answer of getConversationItem. */
export const getConversationItemAnswer = /* @__PURE__ */ lazy(getConversationItemAnswer$);

const updateCallSummaryAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": CallSummary$() }, { error: notAnObject }));
/** The 200 answer of updateCallSummary. */
export const updateCallSummaryAnswer = /* @__PURE__ */ lazy(updateCallSummaryAnswer$);

const getAnalyticsOverviewAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": AnalyticsOverview$() }, { error: notAnObject }));
/** The 200 answer of getAnalyticsOverview. */
export const getAnalyticsOverviewAnswer = /* @__PURE__ */ lazy(getAnalyticsOverviewAnswer$);

const getOutboundAnalyticsAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": OutboundAnalytics$() }, { error: notAnObject }));
/** The 200 answer of getOutboundAnalytics. */
export const getOutboundAnalyticsAnswer = /* @__PURE__ */ lazy(getOutboundAnalyticsAnswer$);

const createPersonAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": CrmPerson$() }, { error: notAnObject }));
/** The 200 answer of createPerson. */
export const createPersonAnswer = /* @__PURE__ */ lazy(createPersonAnswer$);

const searchPeopleAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(CrmPerson$(), { error: "must be an array" }), "pagination": Pagination$() }, { error: notAnObject }));
/** The 200 answer of searchPeople. */
export const searchPeopleAnswer = /* @__PURE__ */ lazy(searchPeopleAnswer$);

const getPersonAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": CrmPerson$() }, { error: notAnObject }));
/** The 200 answer of getPerson. */
export const getPersonAnswer = /* @__PURE__ */ lazy(getPersonAnswer$);

const updatePersonAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": CrmPerson$() }, { error: notAnObject }));
/** The 200 answer of updatePerson. */
export const updatePersonAnswer = /* @__PURE__ */ lazy(updatePersonAnswer$);

const createCompanyAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": CrmCompany$() }, { error: notAnObject }));
/** The 201 answer of createCompany. */
export const createCompanyAnswer = /* @__PURE__ */ lazy(createCompanyAnswer$);

const searchCompaniesAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(CrmCompany$(), { error: "must be an array" }), "pagination": Pagination$() }, { error: notAnObject }));
/** The 200 answer of searchCompanies. */
export const searchCompaniesAnswer = /* @__PURE__ */ lazy(searchCompaniesAnswer$);

const getCompanyAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": CrmCompany$() }, { error: notAnObject }));
/** The 200 answer of getCompany. */
export const getCompanyAnswer = /* @__PURE__ */ lazy(getCompanyAnswer$);

const updateCompanyAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": CrmCompany$() }, { error: notAnObject }));
/** The 200 answer of updateCompany. */
export const updateCompanyAnswer = /* @__PURE__ */ lazy(updateCompanyAnswer$);

const createDealAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": CrmDeal$() }, { error: notAnObject }));
/** The 201 answer of createDeal. */
export const createDealAnswer = /* @__PURE__ */ lazy(createDealAnswer$);

const searchDealsAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(CrmDeal$(), { error: "must be an array" }), "pagination": Pagination$() }, { error: notAnObject }));
/** The 200 answer of searchDeals. */
export const searchDealsAnswer = /* @__PURE__ */ lazy(searchDealsAnswer$);

const getDealAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": CrmDeal$() }, { error: notAnObject }));
/** The 200 answer of getDeal. */
export const getDealAnswer = /* @__PURE__ */ lazy(getDealAnswer$);

const updateDealAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": CrmDeal$() }, { error: notAnObject }));
/** The 200 answer of updateDeal. */
export const updateDealAnswer = /* @__PURE__ */ lazy(updateDealAnswer$);

const listWebhookEndpointsAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(WebhookEndpoint$(), { error: "must be an array" }) }, { error: notAnObject }));
/** The 200 answer of listWebhookEndpoints. */
export const listWebhookEndpointsAnswer = /* @__PURE__ */ lazy(listWebhookEndpointsAnswer$);

const createWebhookEndpointAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": WebhookEndpoint$() }, { error: notAnObject }));
/** The 201 answer of createWebhookEndpoint. */
export const createWebhookEndpointAnswer = /* @__PURE__ */ lazy(createWebhookEndpointAnswer$);

const listWebhookEventTypesAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(WebhookEventTypeInfo$(), { error: "must be an array" }) }, { error: notAnObject }));
/** The 200 answer of listWebhookEventTypes. */
export const listWebhookEventTypesAnswer = /* @__PURE__ */ lazy(listWebhookEventTypesAnswer$);

const getWebhookEndpointAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": WebhookEndpoint$() }, { error: notAnObject }));
/** The 200 answer of getWebhookEndpoint. */
export const getWebhookEndpointAnswer = /* @__PURE__ */ lazy(getWebhookEndpointAnswer$);

const updateWebhookEndpointAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": WebhookEndpoint$() }, { error: notAnObject }));
/** The 200 answer of updateWebhookEndpoint. */
export const updateWebhookEndpointAnswer = /* @__PURE__ */ lazy(updateWebhookEndpointAnswer$);

const listSummaryTemplatesAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(SummaryTemplate$(), { error: "must be an array" }) }, { error: notAnObject }));
/** The 200 answer of listSummaryTemplates. */
export const listSummaryTemplatesAnswer = /* @__PURE__ */ lazy(listSummaryTemplatesAnswer$);

const createSummaryTemplateAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": SummaryTemplate$() }, { error: notAnObject }));
/** The 201 answer of createSummaryTemplate. */
export const createSummaryTemplateAnswer = /* @__PURE__ */ lazy(createSummaryTemplateAnswer$);

const getSummaryTemplateAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": SummaryTemplate$() }, { error: notAnObject }));
/** The 200 answer of getSummaryTemplate. */
export const getSummaryTemplateAnswer = /* @__PURE__ */ lazy(getSummaryTemplateAnswer$);

const updateSummaryTemplateAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": SummaryTemplate$() }, { error: notAnObject }));
/** The 200 answer of updateSummaryTemplate. */
export const updateSummaryTemplateAnswer = /* @__PURE__ */ lazy(updateSummaryTemplateAnswer$);

const setNumberDefaultSummaryTemplateAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": NumberDefaultSummaryTemplate$() }, { error: notAnObject }));
/** The 200 answer of setNumberDefaultSummaryTemplate. */
export const setNumberDefaultSummaryTemplateAnswer = /* @__PURE__ */ lazy(setNumberDefaultSummaryTemplateAnswer$);

const getDialingQueueAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(DialingQueueNumber$(), { error: "must be an array" }), "pagination": Pagination$(), "queue": /* @__PURE__ */ z.optional(DialingQueueMeta$()) }, { error: notAnObject }));
/** The 200 answer of getDialingQueue. */
export const getDialingQueueAnswer = /* @__PURE__ */ lazy(getDialingQueueAnswer$);

const resetDialingQueueAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": DialingQueue$() }, { error: notAnObject }));
/** The 200 answer of resetDialingQueue. */
export const resetDialingQueueAnswer = /* @__PURE__ */ lazy(resetDialingQueueAnswer$);

const updateDialingQueueAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": DialingQueue$() }, { error: notAnObject }));
/** The 200 answer of updateDialingQueue. */
export const updateDialingQueueAnswer = /* @__PURE__ */ lazy(updateDialingQueueAnswer$);

const appendDialingQueueNumbersAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": AppendDialingQueueNumbersResult$() }, { error: notAnObject }));
/** The 200 answer of appendDialingQueueNumbers. */
export const appendDialingQueueNumbersAnswer = /* @__PURE__ */ lazy(appendDialingQueueNumbersAnswer$);

const removeDialingQueueNumbersAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": RemoveDialingQueueNumbersResult$() }, { error: notAnObject }));
/** The 200 answer of removeDialingQueueNumbers. */
export const removeDialingQueueNumbersAnswer = /* @__PURE__ */ lazy(removeDialingQueueNumbersAnswer$);

const createPartnerAccountAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": PartnerAccount$() }, { error: notAnObject }));
/** The 201 answer of createPartnerAccount. */
export const createPartnerAccountAnswer = /* @__PURE__ */ lazy(createPartnerAccountAnswer$);

const getPartnerAccountAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": PartnerAccount$() }, { error: notAnObject }));
/** The 200 answer of getPartnerAccount. */
export const getPartnerAccountAnswer = /* @__PURE__ */ lazy(getPartnerAccountAnswer$);

const listNumbersAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(PhoneNumber$(), { error: "must be an array" }) }, { error: notAnObject }));
/** The 200 answer of listNumbers. */
export const listNumbersAnswer = /* @__PURE__ */ lazy(listNumbersAnswer$);

const sendSmsAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": SentSms$() }, { error: notAnObject }));
/** The 200 answer of sendSms. */
export const sendSmsAnswer = /* @__PURE__ */ lazy(sendSmsAnswer$);

const searchCallsAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": CallSearchResult$() }, { error: notAnObject }));
/** The 200 answer of searchCalls. */
export const searchCallsAnswer = /* @__PURE__ */ lazy(searchCallsAnswer$);

const searchContactsAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": ContactSearchResult$() }, { error: notAnObject }));
/** The 200 answer of searchContacts. */
export const searchContactsAnswer = /* @__PURE__ */ lazy(searchContactsAnswer$);

const createContactAnswer$ = /* @__PURE__ */ once(() => ContactEnvelope$());
/** The 200 answer of createContact. */
export const createContactAnswer = /* @__PURE__ */ lazy(createContactAnswer$);

const updateContactAnswer$ = /* @__PURE__ */ once(() => ContactEnvelope$());
/** The 200 answer of updateContact. */
export const updateContactAnswer = /* @__PURE__ */ lazy(updateContactAnswer$);

const getContactAnswer$ = /* @__PURE__ */ once(() => ContactEnvelope$());
/** The 200 answer of getContact. */
export const getContactAnswer = /* @__PURE__ */ lazy(getContactAnswer$);

const getContactConversationAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": ConversationResult$() }, { error: notAnObject }));
/** The 200 answer of getContactConversation. */
export const getContactConversationAnswer = /* @__PURE__ */ lazy(getContactConversationAnswer$);

const listWebhooksAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.array(Webhook$(), { error: "must be an array" }) }, { error: notAnObject }));
/** The 200 answer of listWebhooks. */
export const listWebhooksAnswer = /* @__PURE__ */ lazy(listWebhooksAnswer$);

const createWebhookAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": CreatedWebhook$() }, { error: notAnObject }));
/** The 200 answer of createWebhook. */
export const createWebhookAnswer = /* @__PURE__ */ lazy(createWebhookAnswer$);

const deleteWebhookAnswer$ = /* @__PURE__ */ once(() => /* @__PURE__ */ z.looseObject({ "data": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.union([/* @__PURE__ */ z.looseObject({  }, { error: notAnObject }), /* @__PURE__ */ z.boolean({ error: "must be a boolean" })], { error: "must be an object or a boolean" }))) }, { error: notAnObject }));
/** The 200 answer of deleteWebhook. */
export const deleteWebhookAnswer = /* @__PURE__ */ lazy(deleteWebhookAnswer$);

/** Each SDK method's answer schema, by method name; a method whose answer has no body has none. */
export const answers = {
  "me": getMeAnswer,
  "users.list": listUsersAnswer,
  "users.get": getUserAnswer,
  "tags.list": listTagsAnswer,
  "phoneNumbers.list": listPhoneNumbersAnswer,
  "conversations.list": listConversationsAnswer,
  "conversations.items.search": searchConversationItemsAnswer,
  "conversations.items.batchGet": batchGetConversationItemsAnswer,
  "conversations.items.get": getConversationItemAnswer,
  "conversations.items.updateSummary": updateCallSummaryAnswer,
  "analytics.overview": getAnalyticsOverviewAnswer,
  "analytics.outbound": getOutboundAnalyticsAnswer,
  "crm.people.create": createPersonAnswer,
  "crm.people.search": searchPeopleAnswer,
  "crm.people.get": getPersonAnswer,
  "crm.people.update": updatePersonAnswer,
  "crm.companies.create": createCompanyAnswer,
  "crm.companies.search": searchCompaniesAnswer,
  "crm.companies.get": getCompanyAnswer,
  "crm.companies.update": updateCompanyAnswer,
  "crm.deals.create": createDealAnswer,
  "crm.deals.search": searchDealsAnswer,
  "crm.deals.get": getDealAnswer,
  "crm.deals.update": updateDealAnswer,
  "webhookEndpoints.list": listWebhookEndpointsAnswer,
  "webhookEndpoints.create": createWebhookEndpointAnswer,
  "webhookEndpoints.eventTypes": listWebhookEventTypesAnswer,
  "webhookEndpoints.get": getWebhookEndpointAnswer,
  "webhookEndpoints.update": updateWebhookEndpointAnswer,
  "summaryTemplates.list": listSummaryTemplatesAnswer,
  "summaryTemplates.create": createSummaryTemplateAnswer,
  "summaryTemplates.get": getSummaryTemplateAnswer,
  "summaryTemplates.update": updateSummaryTemplateAnswer,
  "summaryTemplates.setNumberDefault": setNumberDefaultSummaryTemplateAnswer,
  "dialingQueue.get": getDialingQueueAnswer,
  "dialingQueue.reset": resetDialingQueueAnswer,
  "dialingQueue.update": updateDialingQueueAnswer,
  "dialingQueue.appendNumbers": appendDialingQueueNumbersAnswer,
  "dialingQueue.removeNumbers": removeDialingQueueNumbersAnswer,
  "partner.accounts.create": createPartnerAccountAnswer,
  "partner.accounts.get": getPartnerAccountAnswer,
  "numbers.list": listNumbersAnswer,
  "sms.send": sendSmsAnswer,
  "sms.sendFrance": sendSmsAnswer,
  "calls.search": searchCallsAnswer,
  "contacts.search": searchContactsAnswer,
  "contacts.create": createContactAnswer,
  "contacts.update": updateContactAnswer,
  "contacts.get": getContactAnswer,
  "contacts.conversation": getContactConversationAnswer,
  "webhooks.list": listWebhooksAnswer,
  "webhooks.create": createWebhookAnswer,
  "webhooks.delete": deleteWebhookAnswer,
} as const;
