/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

export interface paths {
    "/v2/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the API key
         * @description What the API key is: its scopes, the endpoints it can call, its team and its rate limits.
         *     Call it first.
         *
         *     The endpoints are those the key's scopes allow: it says what an integration can do before it
         *     calls anything else.
         *
         *     **Required scope:** none: any valid key may call it.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List team members
         * @description Every member of the key's team with their role and status; only the active ones unless
         *     `status` says otherwise.
         *
         *     In one answer: this list is not paginated. Filter by `role` to find the admins or managers.
         *
         *     **Required scope:** `USERS_READ`
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a team member
         * @description One member of the key's team, by id.
         *
         *     **Required scope:** `USERS_READ`
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags
         * @description Every tag configured on the team; a tag's `name` is the key that adding and removing tags
         *     take.
         *
         *     In one answer (not paginated). Allo's tags have no separate key field and its examples use
         *     `name` as the key.
         *
         *     **Required scope:** `TAGS_READ`
         */
        get: operations["listTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/conversations/items/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add tags to a call
         * @description Applies one or more of the team's tags to a call. Pass tag keys (lowercase, slugified, as
         *     listed by `GET /v2/api/tags`), not display names. Tags apply to calls only (an SMS item has
         *     no tags).
         *
         *     A tag already on the call is answered `409 TAG_ALREADY_EXISTS` and nothing changes: the tag
         *     stays applied, so a caller that only wants the call tagged can treat it as done. Allo does
         *     not say whether the other tags of the same request are still added in that case.
         *
         *     Accepts an `Idempotency-Key`: a retry with the same key returns the stored answer.
         *
         *     **Required scope:** `TAGS_WRITE`
         */
        post: operations["addTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/conversations/items/{id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a tag from a call
         * @description Takes one tag off a call, by the tag's key. A tag that is not on the call is answered
         *     `404 TAG_NOT_FOUND`; a caller that only wants the tag gone can treat it as done.
         *
         *     Accepts an `Idempotency-Key`: a retry with the same key returns the stored answer.
         *
         *     **Required scope:** `TAGS_WRITE`
         */
        delete: operations["removeTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List phone numbers and sender IDs
         * @description Every phone number and sender ID of the team, with what each supports (voice, SMS, MMS) and
         *     who may use it: where to find the `allo_number` other operations need.
         *
         *     In one answer (not paginated). A sender ID is alphanumeric and has no `number`.
         *
         *     **Required scope:** `PHONE_NUMBERS_READ`
         */
        get: operations["listPhoneNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description One page of conversations on an Allo number: one entry per external number, with the
         *     contacts it matches and its latest call or text, the most recently active first.
         *
         *     Page with `page` and `size` until `pagination.has_more` is false.
         *     For an incremental sync, keep the newest `last_activity` you have seen and pass it as
         *     `last_activity_since` next time. The full history of a conversation is in the items
         *     (`POST /v2/api/conversations/items/search` with `contact_number`).
         *
         *     `allo_number` is required (a missing one is `400 MISSING_ALLO_NUMBER`);
         *     `GET /v2/api/numbers` lists the team's numbers.
         *
         *     **Required scope:** `CONVERSATIONS_READ`
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/conversations/{contact_number}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark a conversation read, unread, archived or unarchived
         * @description Marks the conversation with an external number read or unread, archives it (which also
         *     marks all its items read) or unarchives it. Without `allo_number` the action applies on
         *     every line of the team. Every action is idempotent: repeating one that is already in
         *     effect changes nothing and answers 200. The operation also accepts an `Idempotency-Key`.
         *
         *     **Required scope:** `CONVERSATIONS_WRITE` (Allo's pages disagree: a key refused with it may
         *     need `CONVERSATIONS_READ`)
         */
        put: operations["executeConversationAction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/conversations/items/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search calls and texts
         * @description One page of calls and texts across all conversations, filtered by number, member, direction,
         *     type, result, tags, read state and days, and searched by keywords.
         *
         *     To count matches only, send `size: 1` and read `pagination.total_count`. Every field of the
         *     body is optional and so is the body: without one, every item comes back, newest first.
         *     `page` and `size` go in the body; read pages until `pagination.has_more` is false.
         *
         *     `search` takes keywords, not a question: the words must all match (AND), each as a prefix,
         *     in call transcripts, call summaries and text content. `sort: RELEVANCE` ranks by match quality.
         *
         *     `date` (days, both included, `from` not after `to`: otherwise `400 INVALID_DATE_RANGE`) is
         *     the date filter.
         *
         *     Being a POST, a search counts against the write limit (5 per second).
         *
         *     **Required scope:** `CONVERSATIONS_READ`
         */
        post: operations["searchConversationItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/conversations/items/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get up to 100 calls and texts by id
         * @description Full details (summary, tags, recording, ...) of up to 100 calls and texts in one request,
         *     for ids found elsewhere (an analytics drill-down, a webhook, a list).
         *
         *     Ids that match nothing are left out of the answer rather than failing it; more than 100 ids
         *     is `400 BATCH_TOO_LARGE`. The answer is not paginated.
         *
         *     **Required scope:** `CONVERSATIONS_READ`
         */
        post: operations["batchGetConversationItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/conversations/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a call or a text
         * @description One call (`cll-...`) or text (`msg-...`) with everything Allo has on it: matched contacts,
         *     summary, tags, recording; add `extend=transcript` for the call's full transcript.
         *
         *     An id with another prefix is `400 INVALID_ITEM_ID`.
         *
         *     **Required scope:** `CONVERSATIONS_READ`
         */
        get: operations["getConversationItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/conversations/items/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Replace a call's summary
         * @description Replaces the markdown of a call's AI summary with `content` (the whole new text, at most
         *     100,000 characters) and answers the summary with its new `version`. Only calls have
         *     summaries: a text id (`msg-...`) is `400 INVALID_ITEM_ID`. When the call has more than one
         *     completed summary, `template_key` says which one to replace
         *     (`400 SUMMARY_TEMPLATE_KEY_REQUIRED` without it); a key the call has no completed summary
         *     for is `404 SUMMARY_TEMPLATE_NOT_FOUND`. Allo does not say how `template_key` relates to the
         *     team's summary templates.
         *
         *     Allo does not document an `Idempotency-Key` for this operation. Sending the same content
         *     again leaves the same text (its `version` may still go up).
         *
         *     **Required scope:** `CONVERSATIONS_WRITE`
         */
        patch: operations["updateCallSummary"];
        trace?: never;
    };
    "/v2/api/analytics/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Team metrics
         * @description Team-wide call metrics over a period of days: total calls, talk time, calls longer than a
         *     minute and answer rate, for the team and per member, each with its change over an optional
         *     comparison period.
         *
         *     Inbound and outbound calls count together. The metrics are pre-computed (`last_updated` says when); one total per period, no
         *     `granularity` and no time series.
         *
         *     Filter by team members (`user_ids`) or by lines (`allo_numbers`), not both: Allo refuses a
         *     body that carries the two.
         *
         *     **Required scope:** `CONVERSATIONS_READ` (presumed: Allo does not publish it)
         */
        post: operations["getAnalyticsOverview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/analytics/outbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Outbound metrics
         * @description Outbound calling over a period of days: the dial funnel (dials, connected, conversations,
         *     conversions), the same stages over time, a day-by-hour heatmap, a leaderboard per member and
         *     the time spent ringing and talking.
         *
         *     Each stage carries its share of dials; the time series has one point per `granularity` step.
         *     Every count carries its value over the optional comparison period and the relative change.
         *
         *     A conversion is a call carrying one of the tag keys sent in `tags`. Allo does not define
         *     the `conversations` stage further (one team reads it as calls longer than a minute).
         *
         *     `extend: "items"` with a `stage` adds `data.items`: one page (`page`, `size`) of the calls
         *     behind that stage; fetch their details with `POST /v2/api/conversations/items/batch`.
         *
         *     Filter by team members (`user_ids`) or by lines (`allo_numbers`), not both: Allo refuses a
         *     body that carries the two.
         *
         *     **Required scope:** `CONVERSATIONS_READ` (presumed: Allo does not publish it)
         */
        post: operations["getOutboundAnalytics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/crm/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a person
         * @description Adds a person to the CRM, optionally linked to an existing company (`company_id`; an
         *     unknown company is refused). Allo answers 200 with the new person (not 201, unlike
         *     companies and deals).
         *
         *     Send a name (`name` or `last_name`) and at least one E.164 number in `numbers`: Allo's pages
         *     disagree on which of the two is required, and both together satisfy either.
         *
         *     A number that already belongs to another person of the team is refused with
         *     `409 NUMBER_ALREADY_ASSIGNED`, whose error names the existing people; set
         *     `allow_duplicate_number: true` to create the person anyway.
         *
         *     **Required scope:** `CRM_WRITE`
         */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/crm/people/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search people
         * @description One page of the CRM's people, narrowed by named filters (combined with AND) and a free-text
         *     `search` across names, emails, phone numbers and company names.
         *
         *     Results come in one of six orders (default `DATE_DESC`). `page` and `size` go in the body
         *     (1-indexed, 20 per page by default, 100 at most); read pages until `pagination.has_more` is
         *     false. Every field is optional and the body may be left out.
         *
         *     **Required scope:** `CRM_READ`
         */
        post: operations["searchPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/crm/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a person
         * @description One person of the CRM by id (`per-...`).
         *
         *     Ids of the contacts embedded in conversations (`cnt-...`) are a different shape; Allo does
         *     not say whether they are accepted here.
         *
         *     **Required scope:** `CRM_READ` (presumed: Allo does not publish it)
         */
        get: operations["getPerson"];
        /**
         * Update a person
         * @description Changes the fields sent and keeps the others (a partial update, although the method is
         *     PUT). `numbers` and `emails`, when sent, replace the whole list. `company_id` links another
         *     company; an empty string (`""`) removes the current one. `allow_duplicate_number` is not
         *     accepted here.
         *
         *     **Required scope:** `CRM_WRITE`
         */
        put: operations["updatePerson"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/crm/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a company
         * @description Adds a company to the CRM; only `name` is required. Allo answers 201 with the new company.
         *     Link people to it with their `company_id`.
         *
         *     **Required scope:** `CRM_WRITE` (presumed: Allo does not publish it)
         */
        post: operations["createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/crm/companies/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search companies
         * @description One page of the CRM's companies, narrowed by named filters on name, website and industry
         *     (each "contains", combined with AND). Unlike people and deals, there is no free-text
         *     `search` here.
         *
         *     Results come in one of six orders (default `DATE_DESC`). `page` and `size` go in the body
         *     (1-indexed, 20 per page by default, 100 at most); read pages until `pagination.has_more` is
         *     false. Every field is optional and the body may be left out.
         *
         *     **Required scope:** `CRM_READ` (presumed: Allo does not publish it)
         */
        post: operations["searchCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/crm/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a company
         * @description One company of the CRM by id (`com-...`), with its count of people and interactions.
         *
         *     **Required scope:** `CRM_READ` (presumed: Allo does not publish it)
         */
        get: operations["getCompany"];
        /**
         * Update a company
         * @description Changes the fields sent and keeps the others (a partial update, although the method is
         *     PUT).
         *
         *     **Required scope:** `CRM_WRITE` (presumed: Allo does not publish it)
         */
        put: operations["updateCompany"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/crm/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a deal
         * @description Adds a deal to the CRM; only `name` is required. `status` is free text (`negotiation`,
         *     `won`), not an enum. Allo answers 201 with the new deal.
         *
         *     **Required scope:** `CRM_WRITE` (presumed: Allo does not publish it)
         */
        post: operations["createDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/crm/deals/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search deals
         * @description One page of the CRM's deals, narrowed by a status filter (`filters.stage`, exact match) and
         *     a free-text `search` across deal names and company names.
         *
         *     Results come in one of six orders (default `DATE_DESC`). `page` and `size` go in the body
         *     (1-indexed, 20 per page by default, 100 at most); read pages until `pagination.has_more` is
         *     false. Every field is optional and the body may be left out.
         *
         *     **Required scope:** `CRM_READ`
         */
        post: operations["searchDeals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/crm/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a deal
         * @description One deal of the CRM by id (`dea-...`).
         *
         *     **Required scope:** `CRM_READ` (presumed: Allo does not publish it)
         */
        get: operations["getDeal"];
        put?: never;
        post?: never;
        /**
         * Delete a deal
         * @description Deletes a deal from the CRM. Allo answers 204 with no body.
         *
         *     **Required scope:** `CRM_DELETE` (presumed: Allo does not publish it)
         */
        delete: operations["deleteDeal"];
        options?: never;
        head?: never;
        /**
         * Update a deal
         * @description Changes the fields sent and keeps the others. Allo does not say how to unlink a deal from
         *     its company.
         *
         *     **Required scope:** `CRM_WRITE` (presumed: Allo does not publish it)
         */
        patch: operations["updateDeal"];
        trace?: never;
    };
    "/v2/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Every webhook endpoint of the workspace.
         *
         *     Unpaginated. The list leaves out each endpoint's `signing_secret`; fetch one endpoint by id
         *     to see it.
         *
         *     **Required scope:** `WEBHOOKS_READ_WRITE` (Allo states it on the update operation only; the
         *     same scope presumably covers every webhook-endpoint operation).
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Subscribes an HTTPS URL to one or more topics. The endpoint covers every number of the
         *     workspace (v2 endpoints have no `allo_number`), and Allo signs each delivery with the
         *     endpoint's `signing_secret` (`whsec_...`).
         *
         *     **Store `signing_secret` as soon as this answer arrives:** do not count on fetching it again.
         *
         *     **Required scope:** `WEBHOOKS_READ_WRITE` (Allo states it on the update operation only; its
         *     integrations page asks for a key with this scope to create endpoints).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/webhooks/event_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook topics
         * @description The catalogue of topics an endpoint can subscribe to, each with a short description.
         *
         *     The list may grow: read `name` as an open value.
         *
         *     **Required scope:** `WEBHOOKS_READ_WRITE` (not stated by Allo for this operation; it states
         *     the scope on the update operation only).
         */
        get: operations["listWebhookEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description One endpoint by id. It may carry the `signing_secret`, but do not count on it: keep the one
         *     stored when the endpoint was created.
         *
         *     **Required scope:** `WEBHOOKS_READ_WRITE` (Allo states it on the update operation only; the
         *     same scope presumably covers this one).
         */
        get: operations["getWebhookEndpoint"];
        /**
         * Update a webhook endpoint
         * @description Changes only the fields sent (at least one); the others keep their value. `topics`, when
         *     sent, replaces the whole set. Send `enabled: false` to pause deliveries without deleting the
         *     endpoint, `enabled: true` to resume them (for instance after Allo disabled an endpoint that
         *     failed for 5 days).
         *
         *     **Required scope:** `WEBHOOKS_READ_WRITE`
         */
        put: operations["updateWebhookEndpoint"];
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the endpoint for good, with its delivery history. Deliveries stop; to stop them only
         *     for a while, update the endpoint with `enabled: false` instead.
         *
         *     **Required scope:** `WEBHOOKS_READ_WRITE` (Allo states it on the update operation only; the
         *     same scope presumably covers this one).
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/summary_templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List summary templates
         * @description The team's call-summary templates, unpaginated.
         *
         *     **Required scope:** `SUMMARY_TEMPLATES_READ` (presumed: Allo does not say which scope this
         *     operation needs; the scope exists in its OAuth scope list, and the writes need
         *     `SUMMARY_TEMPLATES_WRITE`).
         */
        get: operations["listSummaryTemplates"];
        put?: never;
        /**
         * Create a summary template
         * @description Adds a template to the team. Only `name` is required; up to 10 sections, each with a title
         *     and its order. To have a number's calls summarized with it, make it that number's default
         *     (`PUT /v2/api/numbers/{number}/default_summary_template`).
         *
         *     Accepts an `Idempotency-Key`: a retry with the same key returns the stored answer and creates
         *     nothing more.
         *
         *     **Required scope:** `SUMMARY_TEMPLATES_WRITE`
         */
        post: operations["createSummaryTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/summary_templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a summary template
         * @description One template of the team by id.
         *
         *     **Required scope:** `SUMMARY_TEMPLATES_READ` (presumed: Allo does not say which scope this
         *     operation needs; the scope exists in its OAuth scope list).
         */
        get: operations["getSummaryTemplate"];
        /**
         * Replace a summary template
         * @description Replaces the template with what you send: `name`, `call_context`, `icon` and `sections` all
         *     take the new values, and any of `call_context`, `icon` or `sections` you leave out is
         *     cleared. Send the full template every time (read it first to change one field).
         *
         *     **Required scope:** `SUMMARY_TEMPLATES_WRITE`
         */
        put: operations["updateSummaryTemplate"];
        post?: never;
        /**
         * Delete a summary template
         * @description Deactivates the template (a soft delete): new calls are no longer summarized with it, and
         *     updating or deleting it again answers `404 SUMMARY_TEMPLATE_NOT_FOUND` (only active
         *     templates count). Summaries it already produced stay as they are.
         *
         *     **Required scope:** `SUMMARY_TEMPLATES_WRITE`
         */
        delete: operations["deleteSummaryTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/numbers/{number}/default_summary_template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a number's default summary template
         * @description Chooses the template that summarizes the new calls of one of your numbers, or clears it:
         *     with `summary_template_id: null` (or without the field) the number goes back to Allo's
         *     standard summary. Calls already summarized keep their summary.
         *
         *     **Required scope:** `SUMMARY_TEMPLATES_WRITE`
         */
        put: operations["setNumberDefaultSummaryTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/dialing-queues/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current queue
         * @description One page of the current Power Dialer queue, by position: the key owner's unless `user_id` or
         *     `email` names a teammate's, its id, name and settings in `queue`.
         *
         *     `data` holds the entries and `pagination` says where the page sits; `queue` is the same on
         *     every page. When the user has no queue the answer is still `200`: `data` is empty,
         *     `pagination` is zeroed and `queue` is absent. Test for `queue` rather than for a 404.
         *
         *     **Required scope:** `DIALING_QUEUE_READ_WRITE`
         */
        get: operations["getDialingQueue"];
        put?: never;
        /**
         * Reset the current queue
         * @description Starts a new, empty queue for the user, which becomes the current one: the previous queue of
         *     the same assignee is no longer returned (the newest queue wins). The body is optional; with
         *     `user_id` or `email` the queue is made for a teammate, with the key's owner as its creator.
         *
         *     **Required scope:** `DIALING_QUEUE_READ_WRITE`
         */
        post: operations["resetDialingQueue"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the current queue
         * @description Changes the current queue's name or settings, creating the queue when the user has none.
         *     Only the fields sent change. With `user_id` or `email`, the teammate's queue.
         *
         *     **Required scope:** `DIALING_QUEUE_READ_WRITE`
         */
        patch: operations["updateDialingQueue"];
        trace?: never;
    };
    "/v2/api/dialing-queues/current/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Append numbers to the current queue
         * @description Adds 1 to 1,000 numbers at the end of the current queue, creating the queue when there is
         *     none (for a teammate named by `user_id` or `email`, with the key's owner as its creator).
         *     Numbers may be in any format: Allo normalizes them to E.164, and lists those it cannot read
         *     under `skipped` instead of failing the request. Optional details (name, company, ...) create
         *     or match the contact.
         *
         *     A queue holds at most 1,000 numbers (`400 DIALING_QUEUE_LIMIT_REACHED`). Two appends at the
         *     same moment may collide (`409 DIALING_QUEUE_APPEND_CONFLICT`): send the request again.
         *
         *     **Required scope:** `DIALING_QUEUE_READ_WRITE`
         */
        post: operations["appendDialingQueueNumbers"];
        /**
         * Remove numbers from the current queue
         * @description Removes entries from the current queue, chosen by exactly one kind of filter in the query:
         *
         *     - `number`: every entry with this number (any format; Allo normalizes it to E.164);
         *     - `position`: the entry at this position (from 0);
         *     - `number` and `position` together: that one entry, when the number appears more than once;
         *     - `unassigned=true`: every entry not called yet. It cannot be combined with `number` or
         *       `position`.
         *
         *     No filter is `400 DIALING_QUEUE_DELETE_FILTER_REQUIRED`; `unassigned` with another filter is
         *     `400 DIALING_QUEUE_DELETE_FILTER_CONFLICT`; an unreadable `number` is
         *     `400 INVALID_PHONE_NUMBER`. A user without a queue is `404 DIALING_QUEUE_NOT_FOUND`, an empty
         *     position `404 QUEUE_NUMBER_POSITION_NOT_FOUND`. `user_id` or `email` pick a teammate's queue.
         *
         *     **Required scope:** `DIALING_QUEUE_READ_WRITE`
         */
        delete: operations["removeDialingQueueNumbers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/partner/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer account
         * @description For resellers: creates an Allo account for one of your customers, provisions a phone number
         *     for it (attached to the customer's existing mobile) and returns an API key scoped to that
         *     account. The account is billed as one seat on your subscription.
         *
         *     The answer's `api_key` is a secret of the customer's account, not of yours, and it is shown
         *     only here: store it at once in a secret store and keep it out of logs.
         *
         *     A seat that cannot be billed is `402` (`PARTNER_SUBSCRIPTION_NOT_BILLABLE`,
         *     `PARTNER_BILLING_FAILED`); an existing account or no available number is `409`
         *     (`PARTNER_ACCOUNT_ALREADY_EXISTS`, `NO_NUMBER_AVAILABLE`).
         *
         *     **Required scope:** `PARTNER`
         */
        post: operations["createPartnerAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api/partner/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer account
         * @description The state of an account you provisioned: its numbers, its status and whether the customer
         *     has signed in yet (`activated`).
         *
         *     The API key is not returned again (`api_key` is null or absent).
         *
         *     **Required scope:** `PARTNER`
         */
        get: operations["getPartnerAccount"];
        put?: never;
        post?: never;
        /**
         * Deactivate a customer account
         * @description Deactivates an account you provisioned and releases its seat on your subscription. The
         *     account keeps working until the end of the period already paid, then expires.
         *
         *     **Required scope:** `PARTNER`
         */
        delete: operations["deletePartnerAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List phone numbers
         * @description Lists the Allo numbers connected to the account.
         *
         *     **Required scope:** `CONVERSATIONS_READ`
         */
        get: operations["listNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an SMS
         * @description Sends one SMS. The body takes one of two shapes:
         *
         *     - **US / international**: `{ from, to, message }`, where `from` is one of your Allo numbers and
         *       `to` is in the same country.
         *     - **France**: `{ sender_id, to, message }`, where `sender_id` is an alphanumeric sender
         *       (3 to 11 characters) verified beforehand by Allo support.
         *
         *     Billed per segment. `message` is 1 to 1000 characters.
         *
         *     **Required scope:** `SMS_SEND`
         */
        post: operations["sendSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search calls
         * @description Call history of one of your Allo numbers, newest first, optionally limited to one contact.
         *
         *     Its pagination metadata is flat: `metadata.total_pages`, `metadata.current_page`.
         *
         *     **Required scope:** `CONVERSATIONS_READ`
         */
        get: operations["searchCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search contacts
         * @description One page of the account's contacts.
         *
         *     **Required scope:** `CONTACTS_READ`
         */
        get: operations["searchContacts"];
        put?: never;
        /**
         * Create a contact
         * @description Creates a contact. `numbers` is required: at least one number, in E.164.
         *
         *     **Required scope:** `CONTACTS_READ_WRITE`
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a contact
         * @description Updates the given fields of a contact. `emails` and `numbers`, when given, **replace** the stored
         *     arrays. A missing contact is answered with `400 CONTACT_NOT_FOUND`.
         *
         *     **Required scope:** `CONTACTS_READ_WRITE`
         */
        put: operations["updateContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api/contact/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact
         * @description One contact by id (note the singular `/contact/`). A missing contact is answered with
         *     `400 CONTACT_NOT_FOUND`.
         *
         *     **Required scope:** `CONTACTS_READ`
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api/contact/{contact_id}/conversation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact's conversation
         * @description Calls and SMS with one contact, merged in chronological order, one page at a time.
         *
         *     **Required scope:** `CONVERSATIONS_READ`
         */
        get: operations["getContactConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Every webhook subscription of the account.
         *
         *     **Required scope:** `WEBHOOKS_READ_WRITE`
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description Subscribes an HTTPS URL to one or more topics for one of your Allo numbers.
         *
         *     The answer names the number `alloNumber` (camelCase).
         *
         *     **Required scope:** `WEBHOOKS_READ_WRITE`
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Deletes a subscription. An unknown id is answered with `404 WEBHOOK_NOT_FOUND`.
         *
         *     **Required scope:** `WEBHOOKS_READ_WRITE`
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "call.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.received, an inbound call is ringing
         * @description Sent when an inbound call starts ringing on one of your Allo numbers, before anyone picks up.
         *     When the caller's number matches a contact, the delivery adds that contact (`person`, with
         *     your custom contact properties as extra keys), its company and its deals, so a receiver can
         *     show who is calling before the call is answered.
         *
         *     **Your Allo number** is `to_number`; `from_number` is the caller (not always E.164: a hidden
         *     caller can come as `anonymous`).
         *
         *     **Not v1 `CALL_RECEIVED`.** Despite the shared name, the v1 topic is sent when a call has
         *     *ended*: its v2 counterpart is `call.completed`. This topic has no v1 equivalent.
         *
         *     **Delivery.** Check the signature headers first. Allo delivers at least once and in no
         *     guaranteed order (a `tag.added` can arrive before the `call.completed` of its call): deduplicate
         *     on `webhook-id` and order by the times in `data`, not by arrival. Allo's event catalog flags
         *     this topic "Deduplicated: Yes" without saying what that means: deduplicate anyway. Answer a 2xx
         *     within 20 seconds (Allo's v2 pages; its v1 guide says 30 and an older page 5, so acknowledge
         *     first and work afterwards), or Allo tries again: 8 attempts in all, over about 27.5 hours.
         *     Failed deliveries can be retried or replayed only from Settings > Webhooks: the API has no
         *     operation for it.
         */
        post: operations["callReceived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.triggered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.triggered, an outbound call was placed
         * @description Sent when an outbound call is placed from one of your Allo numbers, before the other side
         *     answers.
         *
         *     **Your Allo number** is presumably `from_number`. Allo has not published this payload: the
         *     declared fields are a guess by analogy with `call.received` and `call.completed` (the schema
         *     says which), so read the number called from `to_number` or `to`, whichever is present.
         *
         *     No v1 topic corresponds to this one.
         *
         *     **Delivery.** Check the signature headers first. Allo delivers at least once and in no
         *     guaranteed order (a `tag.added` can arrive before the `call.completed` of its call): deduplicate
         *     on `webhook-id` and order by the times in `data`, not by arrival. Allo's event catalog flags
         *     this topic "Deduplicated: Yes" without saying what that means: deduplicate anyway. Answer a 2xx
         *     within 20 seconds (Allo's v2 pages; its v1 guide says 30 and an older page 5, so acknowledge
         *     first and work afterwards), or Allo tries again: 8 attempts in all, over about 27.5 hours.
         *     Failed deliveries can be retried or replayed only from Settings > Webhooks: the API has no
         *     operation for it.
         */
        post: operations["callTriggered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.answered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.answered, a call was picked up
         * @description Sent when a call is answered. Allo lists this topic among those an endpoint can subscribe to,
         *     but no Allo page names or describes it: the meaning given here (the call was picked up, on
         *     either side) follows the topic's name and a third-party description ("call answered on the
         *     other side"). Allo has not published the payload either; the declared fields are a guess (the
         *     schema says where each comes from).
         *
         *     **Your Allo number** is likely `to_number` (or `to`) on an inbound call and `from_number` on an
         *     outbound one; `type`, when sent, tells which.
         *
         *     No v1 topic corresponds to this one.
         *
         *     **Delivery.** Check the signature headers first. Allo delivers at least once and in no
         *     guaranteed order (a `tag.added` can arrive before the `call.completed` of its call): deduplicate
         *     on `webhook-id` and order by the times in `data`, not by arrival. This topic is missing from
         *     Allo's event catalog, which flags the others "Deduplicated: Yes" or "No" without saying what
         *     that means. Answer a 2xx within 20 seconds (Allo's v2 pages; its v1 guide says 30 and an older
         *     page 5, so acknowledge first and work afterwards), or Allo tries again: 8 attempts in all, over
         *     about 27.5 hours. Failed deliveries can be retried or replayed only from Settings > Webhooks:
         *     the API has no operation for it.
         */
        post: operations["callAnswered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.completed, a call has ended
         * @description Sent when a call has ended, inbound or outbound, with what Allo knows of it (Allo describes
         *     the event as carrying the recording, transcript and summary). Allo publishes only the start of
         *     its example: the schema says which fields come from that example and which from public code
         *     that reads this event.
         *
         *     **Your Allo number** is `to` on an inbound call (`type: INBOUND`) and `from_number` on an
         *     outbound one. Unlike `call.received`, this payload names the called number `to` (not
         *     `to_number`) and the direction `type` (not `direction`).
         *
         *     **Replaces v1 `CALL_RECEIVED`**, which despite its name is sent when a call has ended (no Allo
         *     page maps v1 topics to v2: this follows their descriptions). Allo does not say whether v1
         *     per-number subscriptions keep delivering beside a v2 endpoint; a receiver subscribed to both
         *     may get the same call twice, in two envelopes.
         *
         *     **Delivery.** Check the signature headers first. Allo delivers at least once and in no
         *     guaranteed order (a `tag.added` can arrive before the `call.completed` of its call): deduplicate
         *     on `webhook-id` and order by the times in `data`, not by arrival. Allo's event catalog flags
         *     this topic "Deduplicated: Yes" without saying what that means: deduplicate anyway. Answer a 2xx
         *     within 20 seconds (Allo's v2 pages; its v1 guide says 30 and an older page 5, so acknowledge
         *     first and work afterwards), or Allo tries again: 8 attempts in all, over about 27.5 hours.
         *     Failed deliveries can be retried or replayed only from Settings > Webhooks: the API has no
         *     operation for it.
         */
        post: operations["callCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tag.added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * tag.added, a call was tagged
         * @description Sent when a tag is added to a call. It may reach you before the `call.completed` of the same
         *     call. Allo has not published the payload: the declared fields (the call and the tag) are what
         *     the event obviously involves (the schema says so).
         *
         *     **Your Allo number**: no declared field carries it. To check the line, fetch the call
         *     (`GET /v2/api/conversations/items/{id}`; its `allo_number` is the line), or rely on the
         *     signature alone.
         *
         *     No v1 topic corresponds to this one.
         *
         *     **Delivery.** Check the signature headers first. Allo delivers at least once and in no
         *     guaranteed order (a `tag.added` can arrive before the `call.completed` of its call): deduplicate
         *     on `webhook-id` and order by the times in `data`, not by arrival. Allo's event catalog flags
         *     this topic "Deduplicated: No" without saying what that means: expect repeats. Answer a 2xx
         *     within 20 seconds (Allo's v2 pages; its v1 guide says 30 and an older page 5, so acknowledge
         *     first and work afterwards), or Allo tries again: 8 attempts in all, over about 27.5 hours.
         *     Failed deliveries can be retried or replayed only from Settings > Webhooks: the API has no
         *     operation for it.
         */
        post: operations["tagAdded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tag.removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * tag.removed, a tag was taken off a call
         * @description Sent when a tag is removed from a call. Allo has not published the payload: the declared
         *     fields (the call and the tag) are what the event obviously involves (the schema says so).
         *
         *     **Your Allo number**: no declared field carries it. To check the line, fetch the call
         *     (`GET /v2/api/conversations/items/{id}`; its `allo_number` is the line), or rely on the
         *     signature alone.
         *
         *     No v1 topic corresponds to this one.
         *
         *     **Delivery.** Check the signature headers first. Allo delivers at least once and in no
         *     guaranteed order (a `tag.added` can arrive before the `call.completed` of its call): deduplicate
         *     on `webhook-id` and order by the times in `data`, not by arrival. Allo's event catalog flags
         *     this topic "Deduplicated: No" without saying what that means: expect repeats. Answer a 2xx
         *     within 20 seconds (Allo's v2 pages; its v1 guide says 30 and an older page 5, so acknowledge
         *     first and work afterwards), or Allo tries again: 8 attempts in all, over about 27.5 hours.
         *     Failed deliveries can be retried or replayed only from Settings > Webhooks: the API has no
         *     operation for it.
         */
        post: operations["tagRemoved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sms.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sms.received, a text reached your number
         * @description Sent when a text message reaches one of your Allo numbers. Allo has not published the
         *     payload: the declared fields are those of the v1 delivery (the schema says so).
         *
         *     **Your Allo number** is `to_number` (as in v1); `from_number` is the sender.
         *
         *     **Replaces v1 `SMS_RECEIVED`.** One capture of Allo's v1 guide said that topic fired for texts
         *     sent *or* received: a receiver that relied on that should subscribe to `sms.sent` too.
         *
         *     **Delivery.** Check the signature headers first. Allo delivers at least once and in no
         *     guaranteed order (a `tag.added` can arrive before the `call.completed` of its call): deduplicate
         *     on `webhook-id` and order by the times in `data`, not by arrival. Allo's event catalog flags
         *     this topic "Deduplicated: Yes" without saying what that means: deduplicate anyway. Answer a 2xx
         *     within 20 seconds (Allo's v2 pages; its v1 guide says 30 and an older page 5, so acknowledge
         *     first and work afterwards), or Allo tries again: 8 attempts in all, over about 27.5 hours.
         *     Failed deliveries can be retried or replayed only from Settings > Webhooks: the API has no
         *     operation for it.
         */
        post: operations["smsReceived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sms.sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sms.sent, a text left your number
         * @description Sent when a text message is sent from one of your Allo numbers. Allo's description is just
         *     "outbound SMS sent": whether texts sent through the API (`POST /v1/api/sms`) count as well as
         *     those sent from the app is not stated. Allo has not published the payload: the declared
         *     fields are those of the v1 delivery (the schema says so).
         *
         *     **Your Allo number** is `from_number` (as in v1); `to_number` is the recipient.
         *
         *     **Replaces v1 `SMS_SENT`.**
         *
         *     **Delivery.** Check the signature headers first. Allo delivers at least once and in no
         *     guaranteed order (a `tag.added` can arrive before the `call.completed` of its call): deduplicate
         *     on `webhook-id` and order by the times in `data`, not by arrival. Allo's event catalog flags
         *     this topic "Deduplicated: Yes" without saying what that means: deduplicate anyway. Answer a 2xx
         *     within 20 seconds (Allo's v2 pages; its v1 guide says 30 and an older page 5, so acknowledge
         *     first and work afterwards), or Allo tries again: 8 attempts in all, over about 27.5 hours.
         *     Failed deliveries can be retried or replayed only from Settings > Webhooks: the API has no
         *     operation for it.
         */
        post: operations["smsSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * contact.created, a contact was added
         * @description Sent when a contact is created in your workspace. Allo has not published the payload: the
         *     declared fields are those of the v1 delivery, plus `email` (the schema says so).
         *
         *     **Your Allo number**: none. Contacts belong to the workspace, not to a line, so an allow-list
         *     of numbers cannot apply to this topic: rely on the signature.
         *
         *     **Replaces v1 `CONTACT_CREATED`.**
         *
         *     **Delivery.** Check the signature headers first. Allo delivers at least once and in no
         *     guaranteed order (a `tag.added` can arrive before the `call.completed` of its call): deduplicate
         *     on `webhook-id` and order by the times in `data`, not by arrival. Allo's event catalog flags
         *     this topic "Deduplicated: Yes" without saying what that means: deduplicate anyway. Answer a 2xx
         *     within 20 seconds (Allo's v2 pages; its v1 guide says 30 and an older page 5, so acknowledge
         *     first and work afterwards), or Allo tries again: 8 attempts in all, over about 27.5 hours.
         *     Failed deliveries can be retried or replayed only from Settings > Webhooks: the API has no
         *     operation for it.
         */
        post: operations["contactCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * contact.updated, a contact changed
         * @description Sent when a contact of your workspace changes. Allo has not published the payload: the
         *     declared fields are those of the v1 delivery, plus `email` (the schema says so). Nor does it
         *     say whether the payload holds the whole contact or only what changed: read a missing field as
         *     unknown, not as cleared.
         *
         *     **Your Allo number**: none. Contacts belong to the workspace, not to a line, so an allow-list
         *     of numbers cannot apply to this topic: rely on the signature.
         *
         *     **Replaces v1 `CONTACT_UPDATED`.**
         *
         *     **Delivery.** Check the signature headers first. Allo delivers at least once and in no
         *     guaranteed order (a `tag.added` can arrive before the `call.completed` of its call): deduplicate
         *     on `webhook-id` and order by the times in `data`, not by arrival. Allo's event catalog flags
         *     this topic "Deduplicated: No" without saying what that means: expect repeats. Answer a 2xx
         *     within 20 seconds (Allo's v2 pages; its v1 guide says 30 and an older page 5, so acknowledge
         *     first and work afterwards), or Allo tries again: 8 attempts in all, over about 27.5 hours.
         *     Failed deliveries can be retried or replayed only from Settings > Webhooks: the API has no
         *     operation for it.
         */
        post: operations["contactUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "summary.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * summary.updated, a call's summary changed
         * @description Sent, as its name says, when the AI summary of a call changes, for instance through
         *     `PATCH /v2/api/conversations/items/{id}/summary`. Allo describes this topic nowhere: it is in
         *     the list of topics an endpoint can subscribe to (Allo's OpenAPI document) and on no page.
         *     Whether it also fires when a call's first summary is written is not known, nor is its payload:
         *     the declared fields follow the call summary the API returns (the schema says so).
         *
         *     **Your Allo number**: no declared field carries it. To check the line, fetch the call
         *     (`GET /v2/api/conversations/items/{id}`; its `allo_number` is the line), or rely on the
         *     signature alone.
         *
         *     No v1 topic corresponds to this one.
         *
         *     **Topics beyond the documented ones.** Allo's topic lists disagree (this topic and
         *     `call.answered` are subscribable but on no page), and its partner-account page mentions an
         *     "activation webhook" that no list names. Acknowledge a topic you do not know with a 2xx:
         *     failing it makes Allo retry, and an endpoint that keeps failing gets disabled.
         *
         *     **Delivery.** Check the signature headers first. Allo delivers at least once and in no
         *     guaranteed order (a `tag.added` can arrive before the `call.completed` of its call): deduplicate
         *     on `webhook-id` and order by the times in `data`, not by arrival. This topic is missing from
         *     Allo's event catalog, which flags the others "Deduplicated: Yes" or "No" without saying what
         *     that means. Answer a 2xx within 20 seconds (Allo's v2 pages; its v1 guide says 30 and an older
         *     page 5, so acknowledge first and work afterwards), or Allo tries again: 8 attempts in all, over
         *     about 27.5 hours. Failed deliveries can be retried or replayed only from Settings > Webhooks:
         *     the API has no operation for it.
         */
        post: operations["summaryUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    CALL_RECEIVED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CALL_RECEIVED, a call has ended
         * @description Sent when a call has ended, with its summary and transcript.
         *
         *     **Your Allo number** is `to` on an inbound call and `from_number` on an outbound one.
         */
        post: operations["onCallReceived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    SMS_RECEIVED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SMS_RECEIVED, a text reached your number
         * @description Sent when an SMS reaches one of your Allo numbers.
         *
         *     **Your Allo number** is `to_number`.
         */
        post: operations["onSmsReceived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    SMS_SENT: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SMS_SENT, a text left your number
         * @description Sent when an SMS was sent from one of your Allo numbers, by the API or by a person.
         *
         *     **Your Allo number** is `from_number`.
         */
        post: operations["onSmsSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    CONTACT_CREATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CONTACT_CREATED, a contact was added
         * @description Sent when a contact is created in Allo. Contact events belong to the account, not to one
         *     Allo number.
         */
        post: operations["onContactCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    CONTACT_UPDATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CONTACT_UPDATED, a contact changed
         * @description Sent when a contact's name, numbers, company or other fields change. Contact events belong to
         *     the account, not to one Allo number.
         */
        post: operations["onContactUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    PING: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * PING, a test delivery
         * @description A test delivery from Allo's settings, to check that the endpoint answers 200.
         */
        post: operations["onPing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * Scope
         * @description A permission an API key carries. Open enum.
         */
        Scope: "CONVERSATIONS_READ" | "CONVERSATIONS_WRITE" | "CONTACTS_READ" | "CONTACTS_READ_WRITE" | "SMS_SEND" | "WEBHOOKS_READ_WRITE" | "PHONE_NUMBERS_READ" | "USERS_READ" | "TAGS_READ" | "TAGS_WRITE" | "BILLING" | "DIALING_QUEUE_READ_WRITE" | "CRM_READ" | "CRM_WRITE" | "CRM_DELETE" | "SUMMARY_TEMPLATES_READ" | "SUMMARY_TEMPLATES_WRITE" | "NOTES_READ" | "NOTES_WRITE" | "THREADS_READ" | "THREADS_WRITE" | "PARTNER" | (string & {});
        /**
         * MeEndpoint
         * @description One endpoint the key can call.
         */
        MeEndpoint: {
            /** @description The HTTP method. Open enum (Allo's list omits PATCH, which some endpoints use). */
            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | (string & {});
            /** @description The path, with its parameters as placeholders. */
            path: string;
            description?: string | null;
            /** @description The scope that grants access to it. */
            scope?: string | null;
        };
        /**
         * TeamRef
         * @description A team.
         */
        TeamRef: {
            /** @description The team's id (`team-...`). */
            id: string;
            name?: string | null;
        };
        /**
         * RateLimits
         * @description The key's limits per second.
         */
        RateLimits: {
            /** @description GET requests allowed per second. */
            read_per_second?: number;
            /** @description POST, PUT, PATCH and DELETE requests allowed per second. */
            write_per_second?: number;
        };
        /**
         * Me
         * @description The API key, its scopes, the endpoints those scopes open, its team and its limits.
         */
        Me: {
            /** @description The key's id (`api-...`); never the key itself. */
            api_key_id: string;
            /** @description The scopes granted to the key; they decide which endpoints are listed. */
            scopes: components["schemas"]["Scope"][];
            /** @description The endpoints the key can call, filtered by its scopes. */
            endpoints: components["schemas"]["MeEndpoint"][];
            /** @description The key's team; null when the key's owner has none. */
            team?: components["schemas"]["TeamRef"] | null;
            rate_limits: components["schemas"]["RateLimits"];
        };
        /**
         * ErrorTypeV2
         * @description The category of a v2 error. Open enum.
         */
        ErrorTypeV2: "authentication_error" | "permission_error" | "validation_error" | "billing_error" | "not_found_error" | "conflict_error" | "rate_limit_error" | "server_error" | (string & {});
        /**
         * ErrorCodeV2
         * @description A machine-readable v2 error code. Open enum; the known codes are listed.
         */
        ErrorCodeV2: "API_KEY_INVALID" | "API_KEY_REVOKED" | "UNAUTHORIZED" | "API_KEY_INSUFFICIENT_SCOPE" | "API_KEY_TRIAL_NOT_ALLOWED" | "FORBIDDEN" | "A2P_NOT_ENABLED" | "INVALID_REQUEST_BODY" | "MISSING_PARAMETER" | "MISSING_HEADER" | "UNSUPPORTED_MEDIA_TYPE" | "INVALID_PAGE_SIZE" | "INVALID_SEARCH_QUERY" | "MISSING_ALLO_NUMBER" | "INVALID_DATE_RANGE" | "DATE_RANGE_TOO_WIDE" | "INVALID_ITEM_ID" | "BATCH_TOO_LARGE" | "TAGS_REQUIRED" | "INVALID_ACTION" | "INVALID_GRANULARITY" | "INVALID_GROUP_BY" | "UNSUPPORTED_EXTEND_VALUE" | "METHOD_NOT_ALLOWED" | "INVALID_PHONE_FORMAT" | "INVALID_PHONE_NUMBER" | "SUMMARY_TEMPLATE_KEY_REQUIRED" | "DIALING_QUEUE_LIMIT_REACHED" | "DIALING_QUEUE_DELETE_FILTER_REQUIRED" | "DIALING_QUEUE_DELETE_FILTER_CONFLICT" | "CONVERSATION_ITEM_NOT_FOUND" | "MEMBER_NOT_FOUND" | "TEAM_NOT_FOUND" | "USER_NOT_FOUND" | "BUSINESS_NOT_FOUND" | "CALL_NOT_FOUND" | "TEXT_MESSAGE_NOT_FOUND" | "SENDER_ID_NOT_FOUND" | "ENDPOINT_NOT_FOUND" | "PHONE_NUMBER_NOT_FOUND" | "TAG_NOT_FOUND" | "SUMMARY_TEMPLATE_NOT_FOUND" | "ASSIGNEE_NOT_FOUND" | "DIALING_QUEUE_NOT_FOUND" | "QUEUE_NUMBER_POSITION_NOT_FOUND" | "PARTNER_ACCOUNT_NOT_FOUND" | "TAG_ALREADY_EXISTS" | "NUMBER_ALREADY_ASSIGNED" | "OTHER_TRANSACTION_IN_PROGRESS" | "IDEMPOTENCY_KEY_REUSE" | "DIALING_QUEUE_APPEND_CONFLICT" | "PARTNER_ACCOUNT_ALREADY_EXISTS" | "NO_NUMBER_AVAILABLE" | "PARTNER_SUBSCRIPTION_NOT_BILLABLE" | "PARTNER_BILLING_FAILED" | "RATE_LIMIT_EXCEEDED" | "INTERNAL_SERVER_ERROR" | (string & {});
        /**
         * FieldErrorV2
         * @description One refused field of a validation failure.
         */
        FieldErrorV2: {
            /** @description The field, as a dotted path. */
            field?: string;
            /** @description Why it was refused. */
            message?: string;
        };
        /**
         * ErrorV2
         * @description What went wrong. `code` is the stable contract (it changes only with a new API version);
         *     `message` explains it with the value that failed; `suggestion` says what to do next.
         */
        ErrorV2: {
            type: components["schemas"]["ErrorTypeV2"];
            code: components["schemas"]["ErrorCodeV2"];
            /** @description A human-readable explanation, including the value that failed. */
            message: string;
            /** @description Whether the same request may succeed later (always true for `rate_limit_error`). */
            retryable?: boolean;
            /** @description This request's id (`req_` and 12 letters or digits, or the `X-Request-Id` you sent). */
            request_id?: string;
            /** @description A page of Allo's documentation about this code. */
            doc_url?: string | null;
            /** @description The parameter that caused the error, when one did. */
            param?: string | null;
            /** @description What to do next; may name an endpoint. */
            suggestion?: string | null;
            /**
             * @description Field-level errors of a validation failure. Allo does not publish their shape; `field` and
             *     `message` are the likely members.
             */
            errors?: components["schemas"]["FieldErrorV2"][] | null;
            /** @description Seconds to wait before retrying (rate limits only). */
            retry_after_seconds?: number | null;
        };
        /**
         * ErrorBodyV2
         * @description The body of every v2 error answer.
         */
        ErrorBodyV2: {
            error: components["schemas"]["ErrorV2"];
        };
        /**
         * UserRole
         * @description What the member may do in the team. Open enum.
         */
        UserRole: "ADMIN" | "MANAGER" | "MEMBER" | (string & {});
        /**
         * UserStatus
         * @description Whether the member can use Allo (`ACTIVE`) or was blocked (`BLOCKED`). Open enum.
         */
        UserStatus: "ACTIVE" | "BLOCKED" | (string & {});
        /**
         * User
         * @description A member of the team. Allo's `/me` describes users "with roles and assigned numbers", but the
         *     user carries no numbers: the numbers list (`GET /v2/api/numbers`) says who may use each number.
         */
        User: {
            /** @description The user's id (`usr-...`). */
            id: string;
            /** @description The member's display name. */
            name: string | null;
            /** @description The member's login email. */
            email: string | null;
            role: components["schemas"]["UserRole"];
            status: components["schemas"]["UserStatus"];
            /** @description The member's avatar; null when none was uploaded. */
            image_url?: string | null;
        };
        /**
         * ResourceId
         * @description An id that goes into a URL path (a contact, a webhook, a person...). It may not be `.` or
         *     `..`, nor contain `/`, `\`, `%`, `?`, `#`, a space or a control character (U+0000 to U+001F,
         *     U+007F): a URL would resolve or split the first, even encoded, and the request would reach
         *     another route; a server may end the id at a NUL (`..%00` read as `..`) or a log line at a
         *     line break.
         * @example cnt_abc123
         */
        ResourceId: string;
        /**
         * Tag
         * @description A tag of the team. Adding and removing tags take the tag's key (a lowercase, slugified
         *     identifier); Allo's tag has no `key` field, and its examples show `name` holding that key
         *     (`qualified`, `follow_up`), so pass `name`.
         */
        Tag: {
            /** @description The tag's id (`tag-...`). */
            id: string;
            /** @description The tag's name, which Allo's examples use as its key. */
            name: string;
            /** @description The tag's colour, as a hex code (`#00AA00`). */
            color?: string | null;
        };
        /**
         * CallId
         * @description A call (`cll-...`; `cll_...` also passes).
         * @example cll-abc123
         */
        CallId: string;
        /**
         * AddTagsInput
         * @description The tags to add to a call.
         */
        AddTagsInput: {
            /**
             * @description Tag keys (lowercase, slugified identifiers such as `follow_up`), not display names; at
             *     least one. `GET /v2/api/tags` lists them. An empty list is `400 TAGS_REQUIRED`.
             * @example [
             *       "qualified",
             *       "follow_up"
             *     ]
             */
            tags: string[];
        };
        /**
         * PhoneNumberValue
         * @description A phone number as the API reports it: usually E.164, but not always (`anonymous` for a
         *     hidden caller).
         * @example +13055550142
         * @example anonymous
         */
        PhoneNumberValue: string;
        /**
         * TeamPhoneNumberType
         * @description A phone number (`NUMBER`) or an alphanumeric sender ID (`SENDER_ID`). Open enum.
         */
        TeamPhoneNumberType: "NUMBER" | "SENDER_ID" | (string & {});
        /**
         * PhoneNumberCapability
         * @description Something a number supports. Open enum.
         */
        PhoneNumberCapability: "VOICE" | "SMS" | "MMS" | (string & {});
        /**
         * UserRef
         * @description A team member, as other objects refer to one.
         */
        UserRef: {
            /** @description The user's id (`usr-...`). */
            id: string;
            name?: string | null;
            email?: string | null;
        };
        /**
         * TeamPhoneNumber
         * @description A phone number or an alphanumeric sender ID of the team, what it can do and who may use it.
         *     Allo's introduction mentions a "sender ID status", but no such field is published.
         */
        TeamPhoneNumber: {
            /** @description The number in E.164; null for a sender ID. */
            number: components["schemas"]["PhoneNumberValue"] | null;
            /** @description The label shown in Allo (for a sender ID, the sender name). */
            name?: string | null;
            /** @description The ISO 3166-1 alpha-2 country code (`US`, `FR`). */
            country?: string | null;
            type: components["schemas"]["TeamPhoneNumberType"];
            /** @description What the number supports. */
            capabilities: components["schemas"]["PhoneNumberCapability"][];
            /** @description The team members who may use this number; may be empty. */
            users: components["schemas"]["UserRef"][];
        };
        /**
         * E164Number
         * @description A phone number in E.164 format, such as `+33612345678`.
         * @example +33612345678
         */
        E164Number: string;
        /**
         * ConversationCompanyRef
         * @description The company of a matched contact.
         */
        ConversationCompanyRef: {
            /** @description The company's id (`com-...`). */
            id: string;
            /** @description The company's name. */
            name?: string | null;
        };
        /**
         * ConversationDealStatus
         * @description Where a deal stands. Open enum: Allo's schema lists `OPEN`, `WON`, `LOST`, while its example
         *     answers `open`; compare without regard to case.
         */
        ConversationDealStatus: "OPEN" | "WON" | "LOST" | (string & {});
        /**
         * ConversationDeal
         * @description A deal of a matched contact.
         */
        ConversationDeal: {
            /** @description The deal's id (`dea-...`). */
            id: string;
            /** @description The deal's name. */
            name?: string | null;
            /** @description Where the deal stands. */
            status?: components["schemas"]["ConversationDealStatus"] | null;
        };
        /**
         * ConversationContact
         * @description An address-book contact matched by a conversation's number, with its company and deals. Its id
         *     is `cnt-...`; Allo does not say whether it can be passed to the CRM people operations.
         */
        ConversationContact: {
            /** @description The contact's id (`cnt-...`). */
            id: string;
            /** @description The contact's name. */
            name?: string | null;
            /** @description The contact's company; null when it has none. */
            company?: components["schemas"]["ConversationCompanyRef"] | null;
            /** @description The contact's deals; may be empty. */
            deals?: components["schemas"]["ConversationDeal"][];
        };
        /**
         * LocalDateTime
         * @description An ISO 8601 date-time, as Allo writes it: with or without its zone (`2024-01-15T10:30:00`,
         *     `2026-04-21T14:30:00Z`, `2026-04-21T16:30:00+02:00`), with or without fractions of a second
         *     (`2025-03-15T14:30:45.123456Z`). Kept as a string rather than parsed, since a date-time without
         *     a zone does not say which moment it is.
         * @example 2026-04-21T10:30:00
         * @example 2026-04-21T14:30:00Z
         * @example 2025-03-15T14:30:45.123456Z
         */
        LocalDateTime: string;
        /**
         * ConversationItemType
         * @description A call or a text. Open enum (Allo's pagination guide spells them `call`, `sms`).
         */
        ConversationItemType: "CALL" | "SMS" | (string & {});
        /**
         * CallDirection
         * @description Direction of a call or text. Open enum.
         */
        CallDirection: "INBOUND" | "OUTBOUND" | (string & {});
        /**
         * ConversationCallResult
         * @description How a call ended. Open enum.
         */
        ConversationCallResult: "ANSWERED" | "VOICEMAIL" | "TRANSFERRED" | (string & {});
        /**
         * ConversationTranscriptSource
         * @description Who spoke: the team member (`USER`) or the external party (`EXTERNAL`). Open enum: v1 also had
         *     `AGENT` (the AI assistant), and Allo does not say how v2 labels AI-receptionist lines.
         */
        ConversationTranscriptSource: "USER" | "EXTERNAL" | (string & {});
        /**
         * ConversationTranscriptEntry
         * @description One line of a call transcript.
         */
        ConversationTranscriptEntry: {
            source?: components["schemas"]["ConversationTranscriptSource"];
            time?: components["schemas"]["LocalDateTime"];
            /** @description What was said. */
            text?: string | null;
        };
        /**
         * ConversationMessageStatus
         * @description Where a text stands in its delivery. Open enum.
         */
        ConversationMessageStatus: "PENDING" | "SENT" | "DELIVERED" | "FAILED" | (string & {});
        /**
         * ConversationMessageType
         * @description The channel of a text. Open enum.
         */
        ConversationMessageType: "SMS" | "MMS" | "WHATSAPP" | (string & {});
        /**
         * ConversationItem
         * @description One call or one text (SMS, MMS or WhatsApp) with an external number. Call fields (`duration`,
         *     `result`, `recording_url`, `summary`, `tags`, `transcript`) are null on texts; text fields
         *     (`content`, `status`) are null on calls. Allo's pages show some enum values in other casings
         *     (`"type": "call"`, a `status` or `message_type` on a call): every enum here is open.
         */
        ConversationItem: {
            /** @description The item's id, `cll-...` for a call and `msg-...` for a text (some pages spell it `cll_...`, `msg_...`). */
            id: string;
            type: components["schemas"]["ConversationItemType"];
            direction?: components["schemas"]["CallDirection"];
            allo_number?: components["schemas"]["PhoneNumberValue"];
            contact_number?: components["schemas"]["PhoneNumberValue"];
            /** @description The address-book contacts the external number matches; empty when none. */
            contacts?: components["schemas"]["ConversationContact"][];
            /** @description The team member who handled the item; null when none did (Allo does not say when). */
            user?: components["schemas"]["UserRef"] | null;
            date?: components["schemas"]["LocalDateTime"];
            /** @description The call's length in seconds; null on texts. */
            duration?: number | null;
            /** @description How the call ended; null on texts. */
            result?: components["schemas"]["ConversationCallResult"] | null;
            /** @description The call's recording; null when recording is off, the call was not answered, or on texts. */
            recording_url?: string | null;
            /** @description The call's AI summary (markdown); null on texts and until the summary is ready. */
            summary?: string | null;
            /** @description The keys of the call's tags; null on texts (tags apply to calls only). */
            tags?: string[] | null;
            /** @description The call's transcript, line by line; null unless asked for with `extend=transcript`, and on texts. */
            transcript?: components["schemas"]["ConversationTranscriptEntry"][] | null;
            /** @description The text's content; null on calls. */
            content?: string | null;
            /** @description The text's delivery state; null on calls. */
            status?: components["schemas"]["ConversationMessageStatus"] | null;
            /** @description The kind of text; Allo does not say when it is null (its generated example shows it on a call). */
            message_type?: components["schemas"]["ConversationMessageType"] | null;
        };
        /**
         * ConversationSummary
         * @description Everything exchanged with one external number, summed up: the contacts that number matches
         *     and the latest call or text. The full history is in the conversation items.
         */
        ConversationSummary: {
            contact_number: components["schemas"]["PhoneNumberValue"];
            /** @description The address-book contacts this number matches (zero, one or several); empty when none. */
            contacts?: components["schemas"]["ConversationContact"][];
            /** @description When the latest call or text happened. Store it and pass it as `last_activity_since` on the next sync. */
            last_activity?: components["schemas"]["LocalDateTime"] | null;
            /**
             * @description The latest call or text. Allo's example shows only some of its fields (id, type,
             *     direction, date, summary, result, duration); the others may be missing.
             */
            last_item?: components["schemas"]["ConversationItem"] | null;
        };
        /**
         * Pagination
         * @description Where a v2 page sits among the others. Read pages until `has_more` is false.
         */
        Pagination: {
            /** @description This page, 1-indexed. */
            page: number;
            /** @description Items per page. */
            size: number;
            /** @description Matching items across all pages. */
            total_count: number;
            /** @description Pages in all. */
            total_pages: number;
            /** @description Whether there are pages after this one. */
            has_more: boolean;
        };
        /**
         * ConversationActionInput
         * @description What to do with the conversation.
         */
        ConversationActionInput: {
            /**
             * @description `READ` marks the conversation read, `UNREAD` marks it unread, `ARCHIVE` archives it and
             *     marks all its items read, `UNARCHIVE` brings it back. Any other value is `400 INVALID_ACTION`.
             * @enum {string}
             */
            action: "READ" | "UNREAD" | "ARCHIVE" | "UNARCHIVE";
            /**
             * @description Act only on the conversation held on this Allo number, in E.164. When omitted, the action
             *     applies on every line of the team.
             */
            allo_number?: string;
        };
        /**
         * V2Page
         * @description A page number in a search body, 1-indexed.
         * @default 1
         */
        V2Page: number;
        /**
         * V2Size
         * @description Items per page in a search body, 1 to 100.
         * @default 20
         */
        V2Size: number;
        /**
         * DateRange
         * @description A range of days, both ends included, as `YYYY-MM-DD`.
         */
        DateRange: {
            /**
             * Format: date
             * @description First day.
             */
            from: string;
            /**
             * Format: date
             * @description Last day.
             */
            to: string;
        };
        /**
         * SearchConversationItemsInput
         * @description Filters for calls and texts across all conversations; every field is optional and the filters
         *     combine (AND). An empty body lists every item, newest first.
         * @example {
         *       "search": "billing issues",
         *       "type": "CALL",
         *       "sort": "RELEVANCE",
         *       "date": {
         *         "from": "2026-01-01",
         *         "to": "2026-04-21"
         *       }
         *     }
         */
        SearchConversationItemsInput: {
            /** @description Only items on this Allo number, in E.164. All numbers when omitted. */
            allo_number?: string;
            /** @description Only items with this external number, in E.164 (the whole timeline with one contact). */
            contact_number?: string;
            /** @description Only items handled by this team member (`usr-...`). */
            user_id?: string;
            /**
             * @description Only inbound or only outbound items. Both when omitted.
             * @enum {string}
             */
            direction?: "INBOUND" | "OUTBOUND";
            /**
             * @description Only calls, only texts, or both (`ALL`, the default).
             * @default ALL
             * @enum {string}
             */
            type?: "CALL" | "SMS" | "ALL" | "call" | "sms";
            /**
             * @description Only calls that ended this way (texts have no result). Any result when omitted.
             * @enum {string}
             */
            result?: "ANSWERED" | "VOICEMAIL" | "TRANSFERRED";
            /** @description Only calls carrying these tag keys. Allo does not say whether all or any of them must match. */
            tags?: string[];
            /** @description `true` for unread items only, `false` for read ones only. Both when omitted. */
            unread?: boolean;
            /** @description `true` for items not yet answered by the team only. Both when omitted; Allo does not describe it further. */
            unresponded?: boolean;
            /**
             * @description Keywords, not a question: `billing refund` matches items containing both words, and each
             *     word matches as a prefix (`bill` finds `billing`, `billed`). Searched in call transcripts,
             *     call summaries and text content. Special characters are dropped; a value without a letter
             *     or digit is `400 INVALID_SEARCH_QUERY`.
             */
            search?: string;
            /**
             * @description Newest first (the default), oldest first, or best keyword match first (with `search`).
             * @default DATE_DESC
             * @enum {string}
             */
            sort?: "DATE_DESC" | "DATE_ASC" | "RELEVANCE";
            /**
             * @description `transcript` adds the full transcript to each call; transcripts are left out by default.
             *     Any other value is `400 UNSUPPORTED_EXTEND_VALUE`.
             * @enum {string}
             */
            extend?: "transcript";
            page?: components["schemas"]["V2Page"];
            size?: components["schemas"]["V2Size"];
            date?: components["schemas"]["DateRange"];
        };
        /**
         * ItemId
         * @description A conversation item: a call (`cll-...`) or a message (`msg-...`). Allo's pages spell the
         *     separator `-` and, in places, `_`: both pass.
         * @example cll-abc123
         */
        ItemId: string;
        /**
         * BatchGetConversationItemsInput
         * @description The items to fetch.
         */
        BatchGetConversationItemsInput: {
            /**
             * @description 1 to 100 item ids (`cll-...` calls, `msg-...` texts). More than 100 is `400 BATCH_TOO_LARGE`.
             *     Ids that match nothing are left out of the answer.
             */
            ids: components["schemas"]["ItemId"][];
        };
        /**
         * UpdateCallSummaryInput
         * @description The new summary of a call.
         */
        UpdateCallSummaryInput: {
            /**
             * @description The whole new summary in markdown, replacing the old one (not a patch); at most 100,000
             *     characters. Missing or longer is `400 INVALID_REQUEST_BODY`.
             */
            content: string;
            /**
             * @description Which of the call's summaries to replace: `MARKDOWN_CLASSIC` (the full summary with
             *     sections) or `MARKDOWN_SHORT_CALL` (one paragraph, for short calls). Needed only when the
             *     call has more than one completed summary (otherwise `400 SUMMARY_TEMPLATE_KEY_REQUIRED`).
             *     Allo does not say how these keys relate to the team's summary templates (`tst-...`), nor
             *     how to edit a summary made with a custom template.
             * @default null
             * @enum {string|null}
             */
            template_key?: "MARKDOWN_CLASSIC" | "MARKDOWN_SHORT_CALL" | null;
        };
        /**
         * CallSummary
         * @description A call's AI summary after an edit.
         */
        CallSummary: {
            /** @description The call the summary belongs to (`cll-...`). */
            id: string;
            /** @description The summary, in markdown. */
            content?: string | null;
            /** @description The summary's version, one more on every successful edit (optimistic locking). */
            version: number;
            /** @description When the summary was last edited. */
            updated_at?: components["schemas"]["LocalDateTime"] | null;
            /** @description Who last edited the summary; null when nobody has (or Allo does not know). */
            updated_by?: components["schemas"]["UserRef"] | null;
        };
        /**
         * AnalyticsOverviewInput
         * @description The period to measure and, optionally, a period to compare it with and a filter on people or
         *     on lines. `date` (required) is the measured period; `compare_date` (optional, no default) is
         *     the period each metric is compared with (`previous`, `change`). Both are whole days, both
         *     ends included. `user_ids` and `allo_numbers` are mutually exclusive: send one of them, or
         *     neither (the whole team); Allo refuses a body carrying both.
         */
        AnalyticsOverviewInput: {
            date: components["schemas"]["DateRange"];
            compare_date?: components["schemas"]["DateRange"];
            /**
             * @description Only count the calls of these team members (`usr-...` ids, from `GET /v2/api/users`).
             *     Optional; no default (every member). Must not be sent together with `allo_numbers`.
             */
            user_ids?: string[];
            /**
             * @description Only count the calls of these Allo lines, in E.164. Optional; no default (every line).
             *     Must not be sent together with `user_ids`.
             */
            allo_numbers?: components["schemas"]["E164Number"][];
        };
        /**
         * AnalyticsPeriod
         * @description A period as the answer echoes it, both ends included (`YYYY-MM-DD`).
         */
        AnalyticsPeriod: {
            /** @description First day, `YYYY-MM-DD`. */
            from: string;
            /** @description Last day, `YYYY-MM-DD`. */
            to: string;
        };
        /**
         * MetricValue
         * @description One metric over the requested period, with its value over the comparison period and the
         *     relative change between the two. `previous` and `change` are null (or absent) when no
         *     `compare_date` was sent or the comparison period has no data.
         */
        MetricValue: {
            /** @description The value over `date`. Rates are fractions (0.503 = 50.3 %), durations seconds. */
            value: number;
            /** @description The value over `compare_date`. */
            previous?: number | null;
            /** @description The relative change from `previous` to `value`, as a fraction (0.15 = +15 %, -0.21 = -21 %). */
            change?: number | null;
        };
        /**
         * AnalyticsOverviewSummary
         * @description The team's totals. Allo publishes `calls_over_1_min`; public code reading the live API reads
         *     `calls_over1_min` instead, so the field may arrive under that spelling: read both.
         */
        AnalyticsOverviewSummary: {
            total_calls?: components["schemas"]["MetricValue"];
            talk_time_seconds?: components["schemas"]["MetricValue"];
            calls_over_1_min?: components["schemas"]["MetricValue"];
            answer_rate?: components["schemas"]["MetricValue"];
        };
        /**
         * AnalyticsUserBreakdown
         * @description One team member's metrics. As in the summary, `calls_over_1_min` may arrive spelled
         *     `calls_over1_min`. Rows may omit `previous`.
         */
        AnalyticsUserBreakdown: {
            user?: components["schemas"]["UserRef"];
            calls?: components["schemas"]["MetricValue"];
            talk_time_seconds?: components["schemas"]["MetricValue"];
            calls_over_1_min?: components["schemas"]["MetricValue"];
            answer_rate?: components["schemas"]["MetricValue"];
        };
        /**
         * AnalyticsOverview
         * @description Team-wide call metrics (inbound and outbound calls) over the period, each compared with the
         *     comparison period, and the same metrics per team member.
         */
        AnalyticsOverview: {
            date?: components["schemas"]["AnalyticsPeriod"];
            /** @description The comparison period as sent; null when none was sent. */
            compare_date?: components["schemas"]["AnalyticsPeriod"] | null;
            summary?: components["schemas"]["AnalyticsOverviewSummary"];
            /** @description One row per team member. */
            breakdown?: components["schemas"]["AnalyticsUserBreakdown"][];
            /** @description When Allo last computed these metrics (they are pre-computed, not live). */
            last_updated?: components["schemas"]["LocalDateTime"] | null;
        };
        /**
         * OutboundAnalyticsInput
         * @description The period and filters of the team metrics, plus what defines a conversion, the time-series
         *     step and, optionally, the drilldown list of calls behind one funnel stage. `date` (required)
         *     is the measured period; `compare_date` (optional, no default) the period each metric is
         *     compared with. `user_ids` and `allo_numbers` are mutually exclusive: send one of them, or
         *     neither. `page` and `size` page the drilldown only (default 1 and 20, `size` at most 100).
         */
        OutboundAnalyticsInput: {
            date: components["schemas"]["DateRange"];
            compare_date?: components["schemas"]["DateRange"];
            /**
             * @description Only count the calls of these team members (`usr-...` ids). Optional; no default (every
             *     member). Must not be sent together with `allo_numbers`.
             */
            user_ids?: string[];
            /**
             * @description Only count the calls of these Allo lines, in E.164. Optional; no default (every line).
             *     Must not be sent together with `user_ids`.
             */
            allo_numbers?: components["schemas"]["E164Number"][];
            /**
             * @description The tag keys (lowercase slugs such as `meeting_booked`) whose presence on a call makes it
             *     a conversion. Optional; without it, no call counts as a conversion.
             */
            tags?: string[];
            /**
             * @description The step of the `time_series` points: one per day, week or month. Default `DAY`. Any
             *     other value is refused (`400 INVALID_GRANULARITY`).
             * @default DAY
             * @enum {string}
             */
            granularity?: "DAY" | "WEEK" | "MONTH";
            /**
             * @description `items` adds `data.items`, the calls behind one funnel stage (set it with `stage`), paged
             *     with `page` and `size`. Optional; no default (no drilldown).
             * @enum {string}
             */
            extend?: "items";
            /**
             * @description The funnel stage whose calls the drilldown lists. Used only with `extend: items`, which
             *     needs it. Optional; no default.
             * @enum {string}
             */
            stage?: "DIAL" | "CONNECTED" | "CONVERSATION" | "CONVERSION";
            page?: components["schemas"]["V2Page"];
            size?: components["schemas"]["V2Size"];
        };
        /**
         * OutboundFunnelStage
         * @description One funnel stage.
         */
        OutboundFunnelStage: {
            count?: components["schemas"]["MetricValue"];
            /** @description The stage's share of all dials, as a fraction (0.29 = 29 %). */
            rate?: number | null;
        };
        /**
         * OutboundFunnel
         * @description The dial funnel, each stage a subset of the one before.
         */
        OutboundFunnel: {
            dials?: components["schemas"]["OutboundFunnelStage"];
            connected?: components["schemas"]["OutboundFunnelStage"];
            conversations?: components["schemas"]["OutboundFunnelStage"];
            conversions?: components["schemas"]["OutboundFunnelStage"];
        };
        /**
         * AnalyticsTimeSeriesPoint
         * @description One step of a time series.
         */
        AnalyticsTimeSeriesPoint: {
            /** @description The first day of the step, `YYYY-MM-DD`. */
            date?: string;
            /** @description The value over that step. */
            value?: number;
        };
        /**
         * OutboundTimeSeries
         * @description The funnel over time, one point per `granularity` step.
         */
        OutboundTimeSeries: {
            dials?: components["schemas"]["AnalyticsTimeSeriesPoint"][];
            connected?: components["schemas"]["AnalyticsTimeSeriesPoint"][];
            /** @description Connected calls over dials, as fractions. */
            connection_rate?: components["schemas"]["AnalyticsTimeSeriesPoint"][];
            conversions?: components["schemas"]["AnalyticsTimeSeriesPoint"][];
        };
        /**
         * AnalyticsHeatmapCell
         * @description One day-and-hour cell of a heatmap.
         */
        AnalyticsHeatmapCell: {
            /** @description The day of the week. Open enum. */
            day?: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY" | (string & {});
            /** @description The hour of the day, 0 to 23. */
            hour?: number;
            /** @description The value in that cell (a count; a fraction for `connection_rate`). */
            value?: number;
        };
        /**
         * OutboundHeatmap
         * @description The funnel by day of the week and hour of the day.
         */
        OutboundHeatmap: {
            dials?: components["schemas"]["AnalyticsHeatmapCell"][];
            connected?: components["schemas"]["AnalyticsHeatmapCell"][];
            connection_rate?: components["schemas"]["AnalyticsHeatmapCell"][];
        };
        /**
         * OutboundLeaderboardEntry
         * @description One team member's rank entry.
         */
        OutboundLeaderboardEntry: {
            user?: components["schemas"]["UserRef"];
            /** @description The member's connected outbound calls over the period. */
            connected?: number;
        };
        /**
         * OutboundTimeSpent
         * @description Time spent on outbound calls, in seconds.
         */
        OutboundTimeSpent: {
            avg_ringing_time_seconds?: components["schemas"]["MetricValue"];
            avg_conversation_time_seconds?: components["schemas"]["MetricValue"];
            total_conversation_time_seconds?: components["schemas"]["MetricValue"];
        };
        /**
         * OutboundDrilldownItem
         * @description One outbound call of the drilldown.
         */
        OutboundDrilldownItem: {
            /** @description The call's id (`cll-...`). */
            id: string;
            /** @description Who placed the call. */
            user?: components["schemas"]["UserRef"] | null;
            allo_number?: components["schemas"]["PhoneNumberValue"];
            /** @description The line's name in Allo (`Sales US`). */
            allo_number_label?: string | null;
            contact_number?: components["schemas"]["PhoneNumberValue"];
            /** @description The furthest funnel stage the call reached. Open enum. */
            stage?: "DIAL" | "CONNECTED" | "CONVERSATION" | "CONVERSION" | (string & {});
            /** @description Whether the call reached a voicemail. */
            voicemail?: boolean | null;
            /** @description The call's duration in seconds. */
            duration?: number | null;
            date?: components["schemas"]["LocalDateTime"];
        };
        /**
         * OutboundDrilldownPage
         * @description One page of the calls behind the requested funnel stage. Fetch their full details (summary,
         *     tags, recording) with `POST /v2/api/conversations/items/batch`.
         */
        OutboundDrilldownPage: {
            data?: components["schemas"]["OutboundDrilldownItem"][];
            pagination?: components["schemas"]["Pagination"];
        };
        /**
         * OutboundAnalytics
         * @description Outbound calling over the period: the dial funnel, its time series, a day-by-hour heatmap,
         *     a leaderboard, time spent and, when `extend: items` was sent, the calls behind one stage.
         */
        OutboundAnalytics: {
            date?: components["schemas"]["AnalyticsPeriod"];
            /** @description The comparison period as sent; null when none was sent. */
            compare_date?: components["schemas"]["AnalyticsPeriod"] | null;
            funnel?: components["schemas"]["OutboundFunnel"];
            time_series?: components["schemas"]["OutboundTimeSeries"];
            heatmap?: components["schemas"]["OutboundHeatmap"];
            /** @description Team members ranked by connected calls. */
            leaderboard?: components["schemas"]["OutboundLeaderboardEntry"][];
            time_spent?: components["schemas"]["OutboundTimeSpent"];
            /** @description When Allo last computed these metrics. */
            last_updated?: components["schemas"]["LocalDateTime"] | null;
            /** @description The drilldown; present only when `extend` was `items`, null or absent otherwise. */
            items?: components["schemas"]["OutboundDrilldownPage"] | null;
        };
        /**
         * CreateCrmPersonInput
         * @description A new person. Allo's two sources state different rules and both forms are accepted here:
         *     the reference page makes every field optional but wants `name` or `last_name`; Allo's OpenAPI
         *     document wants `numbers` with at least one number. Send a name and at least one number to
         *     satisfy both. At least one field is needed.
         */
        CreateCrmPersonInput: {
            /** @description First name. Optional, no default; send it or `last_name`. */
            name?: string | null;
            /** @description Last name. Optional, no default; send it or `name`. */
            last_name?: string | null;
            /** @description Job title. Optional, no default. */
            job_title?: string | null;
            /** @description Website URL (`https://example.com`). Optional, no default. */
            website?: string | null;
            /** @description Postal address, one string. Optional, no default. */
            address?: string | null;
            /**
             * @description Phone numbers in E.164, at least one when the field is sent. A number that already belongs
             *     to another person is refused (`409 NUMBER_ALREADY_ASSIGNED`) unless
             *     `allow_duplicate_number` is true.
             */
            numbers?: components["schemas"]["E164Number"][];
            /** @description Email addresses. Optional, no default. */
            emails?: string[] | null;
            /**
             * @description The company to link the person to (`com-...`); it must exist, or the request is refused.
             *     Optional, no default (no company).
             */
            company_id?: string | null;
            /**
             * @description Create the person even when one of `numbers` already belongs to another person of the
             *     team. Default false: such a number is `409 NUMBER_ALREADY_ASSIGNED`.
             * @default false
             */
            allow_duplicate_number?: boolean;
        };
        /**
         * CrmCompanyRef
         * @description A company, as a person or a deal refers to it.
         */
        CrmCompanyRef: {
            /** @description The company's id (`com-...`). */
            id: string;
            name?: string | null;
        };
        /**
         * CrmPerson
         * @description A person of the Allo CRM.
         */
        CrmPerson: {
            /** @description The person's id (`per-...`). */
            id: string;
            /** @description First name. */
            name?: string | null;
            last_name?: string | null;
            job_title?: string | null;
            website?: string | null;
            /** @description Postal address. */
            address?: string | null;
            /** @description Phone numbers, normally E.164. */
            numbers?: components["schemas"]["PhoneNumberValue"][];
            emails?: string[];
            /** @description The linked company; null when none. */
            company?: components["schemas"]["CrmCompanyRef"] | null;
            /** @description Calls and messages with this person, in all. */
            interactions?: number;
            /** @description The last call or message; null when none. */
            last_activity_at?: components["schemas"]["LocalDateTime"] | null;
            created_at?: components["schemas"]["LocalDateTime"];
            updated_at?: components["schemas"]["LocalDateTime"];
        };
        /**
         * CrmPeopleFilters
         * @description Named filters of a people search, all optional and combined with AND.
         */
        CrmPeopleFilters: {
            /** @description First name contains this text. */
            name?: string;
            /** @description Last name contains this text. */
            last_name?: string;
            /** @description Job title contains this text. */
            job_title?: string;
            /** @description Website contains this text. */
            website?: string;
            /** @description The company's name contains this text. */
            company?: string;
            /** @description One of the person's numbers is exactly this one (send E.164, as numbers are stored). */
            phone_number?: string;
            /** @description One of the person's emails contains this text. */
            email?: string;
            /** @description One of the person's deals has exactly this status (free text, such as `negotiation`). */
            deal_status?: string;
        };
        /**
         * CrmSearchSort
         * @description The order of CRM search results. `DATE_*` sort by the record's recent date (Allo does not
         *     say which; most likely its last activity), `CREATED_*` by creation date, `NAME_*`
         *     alphabetically. Default `DATE_DESC`.
         * @default DATE_DESC
         * @enum {string}
         */
        CrmSearchSort: "DATE_DESC" | "DATE_ASC" | "NAME_ASC" | "NAME_DESC" | "CREATED_DESC" | "CREATED_ASC";
        /**
         * SearchCrmPeopleInput
         * @description Filters, free-text search, order and page of a people search. Every field is optional; an
         *     empty body (or `{}`) lists everyone, newest first.
         */
        SearchCrmPeopleInput: {
            filters?: components["schemas"]["CrmPeopleFilters"];
            /**
             * @description Free text matched against names, emails, phone numbers and company names. Optional, no
             *     default.
             */
            search?: string;
            sort?: components["schemas"]["CrmSearchSort"];
            page?: components["schemas"]["V2Page"];
            size?: components["schemas"]["V2Size"];
        };
        /**
         * UpdateCrmPersonInput
         * @description The fields to change; every field is optional and a field left out keeps its value. `numbers`
         *     and `emails`, when sent, replace the whole list. Allo's schema marks every field nullable but
         *     does not say whether `null` clears a field or leaves it unchanged.
         */
        UpdateCrmPersonInput: {
            /** @description First name. */
            name?: string | null;
            /** @description Last name. */
            last_name?: string | null;
            /** @description Job title. */
            job_title?: string | null;
            /** @description Website URL. */
            website?: string | null;
            /** @description Postal address. */
            address?: string | null;
            /** @description Phone numbers in E.164; replaces all the person's numbers. */
            numbers?: components["schemas"]["E164Number"][] | null;
            /** @description Email addresses; replaces all the person's emails. */
            emails?: string[] | null;
            /**
             * @description The company to link the person to (`com-...`, which must exist). An empty string `""`
             *     removes the person's current company.
             */
            company_id?: string | null;
        };
        /**
         * CreateCrmCompanyInput
         * @description A new company; `name` is required.
         */
        CreateCrmCompanyInput: {
            /** @description The company's name. Required. */
            name: string;
            /** @description Website URL (`https://acme.com`). Optional, no default. */
            website?: string | null;
            /** @description Industry, free text (`Technology`). Optional, no default. */
            industry?: string | null;
        };
        /**
         * CrmCompany
         * @description A company of the Allo CRM.
         */
        CrmCompany: {
            /** @description The company's id (`com-...`). */
            id: string;
            name?: string | null;
            website?: string | null;
            industry?: string | null;
            /** @description People linked to the company. */
            person_count?: number;
            /** @description Calls and messages with all of its people, in all. */
            interactions?: number;
            /** @description The last call or message with one of its people; null when none. */
            last_activity_at?: components["schemas"]["LocalDateTime"] | null;
            created_at?: components["schemas"]["LocalDateTime"];
            updated_at?: components["schemas"]["LocalDateTime"];
        };
        /**
         * CrmCompaniesFilters
         * @description Named filters of a company search, all optional and combined with AND.
         */
        CrmCompaniesFilters: {
            /** @description Name contains this text. */
            name?: string;
            /** @description Website contains this text. */
            website?: string;
            /** @description Industry contains this text. */
            industry?: string;
        };
        /**
         * SearchCrmCompaniesInput
         * @description Filters, order and page of a company search. Every field is optional. Allo's schema has no
         *     free-text `search` here, unlike people and deals.
         */
        SearchCrmCompaniesInput: {
            filters?: components["schemas"]["CrmCompaniesFilters"];
            sort?: components["schemas"]["CrmSearchSort"];
            page?: components["schemas"]["V2Page"];
            size?: components["schemas"]["V2Size"];
        };
        /**
         * UpdateCrmCompanyInput
         * @description The fields to change; every field is optional and a field left out keeps its value. Allo's
         *     schema marks every field nullable but does not say what `null` does.
         */
        UpdateCrmCompanyInput: {
            /** @description The company's name. */
            name?: string | null;
            /** @description Website URL. */
            website?: string | null;
            /** @description Industry, free text. */
            industry?: string | null;
        };
        /**
         * CreateCrmDealInput
         * @description A new deal; `name` is required.
         */
        CreateCrmDealInput: {
            /** @description The deal's name. Required. */
            name: string;
            /** @description The deal's status, free text (`negotiation`, `won`). Optional, no default. */
            status?: string | null;
            /** @description The deal's value, in `currency`. Optional, no default. */
            amount?: number | null;
            /** @description ISO 4217 code of three letters (`USD`). Optional, no default. */
            currency?: string | null;
            /**
             * @description When the deal was closed, ISO 8601 (`2026-04-28T12:00:00`; Allo's examples carry no zone
             *     offset). Optional, no default.
             */
            closed_at?: string | null;
            /** @description The company the deal belongs to (`com-...`). Optional, no default. */
            company_id?: string | null;
        };
        /**
         * CrmDeal
         * @description A deal of the Allo CRM, created here or synced from a CRM integration. Its `status` is free
         *     text (`negotiation`, `won`), unlike the `OPEN`/`WON`/`LOST` of the deals embedded in
         *     conversation contacts.
         */
        CrmDeal: {
            /** @description The deal's id (`dea-...`). */
            id: string;
            name?: string | null;
            /** @description Free text, as set by the user or the integration. */
            status?: string | null;
            amount?: number | null;
            /** @description ISO 4217 code (`USD`). */
            currency?: string | null;
            /** @description When the deal was closed; null while open. */
            closed_at?: components["schemas"]["LocalDateTime"] | null;
            /** @description The deal's company; null when none. */
            company?: components["schemas"]["CrmCompanyRef"] | null;
            created_at?: components["schemas"]["LocalDateTime"];
            updated_at?: components["schemas"]["LocalDateTime"];
        };
        /**
         * CrmDealsFilters
         * @description Named filters of a deal search, all optional and combined with AND.
         */
        CrmDealsFilters: {
            /** @description The deal's status (Allo calls it stage here) is exactly this text. */
            stage?: string;
        };
        /**
         * SearchCrmDealsInput
         * @description Filters, free-text search, order and page of a deal search. Every field is optional.
         */
        SearchCrmDealsInput: {
            filters?: components["schemas"]["CrmDealsFilters"];
            /** @description Free text matched against deal names and company names. Optional, no default. */
            search?: string;
            sort?: components["schemas"]["CrmSearchSort"];
            page?: components["schemas"]["V2Page"];
            size?: components["schemas"]["V2Size"];
        };
        /**
         * UpdateCrmDealInput
         * @description The fields to change; every field is optional and a field left out keeps its value. Allo's
         *     schema marks every field nullable but does not say what `null` does.
         */
        UpdateCrmDealInput: {
            /** @description The deal's name. */
            name?: string | null;
            /** @description The deal's status, free text. */
            status?: string | null;
            /** @description The deal's value. */
            amount?: number | null;
            /** @description ISO 4217 code of three letters. */
            currency?: string | null;
            /** @description When the deal was closed, ISO 8601. */
            closed_at?: string | null;
            /** @description The company the deal belongs to (`com-...`). */
            company_id?: string | null;
        };
        /**
         * WebhookEventTypeValue
         * @description A v2 webhook topic as the API reports it. Open enum; topics Allo adds later pass through.
         */
        WebhookEventTypeValue: "call.received" | "call.triggered" | "call.answered" | "call.completed" | "tag.added" | "tag.removed" | "sms.received" | "sms.sent" | "contact.created" | "contact.updated" | "summary.updated" | (string & {});
        /**
         * WebhookEndpoint
         * @description A v2 webhook endpoint: one HTTPS URL that receives the subscribed topics for every number of
         *     the workspace, each delivery signed with the endpoint's `signing_secret`.
         */
        WebhookEndpoint: {
            /** @description The endpoint's id (`ep_...`). */
            id: string;
            /** @description The HTTPS URL the deliveries are POSTed to. */
            url: string;
            /** @description The topics this endpoint receives. */
            topics: components["schemas"]["WebhookEventTypeValue"][];
            /** @description The label given to the endpoint; null when none was set. */
            description?: string | null;
            /** @description Whether deliveries are sent; false when paused (or disabled after 5 days of failures). */
            enabled?: boolean;
            /**
             * @description The `whsec_...` secret that signs every delivery (Standard Webhooks). Present in the answer of
             *     the create operation and of get-by-id; absent or null in the list and in the update answer.
             */
            signing_secret?: string | null;
            /** @description When the endpoint was created; null when unknown. */
            created_at?: components["schemas"]["LocalDateTime"] | null;
        };
        /**
         * WebhookEventType
         * @description A topic a v2 webhook endpoint can subscribe to, named `entity.action`. Closed in requests:
         *     only these eleven are accepted. `call.answered` and `summary.updated` are in Allo's topic enum
         *     but missing from its topic pages.
         * @enum {string}
         */
        WebhookEventType: "call.received" | "call.triggered" | "call.answered" | "call.completed" | "tag.added" | "tag.removed" | "sms.received" | "sms.sent" | "contact.created" | "contact.updated" | "summary.updated";
        /**
         * CreateWebhookEndpointInput
         * @description A new webhook endpoint.
         */
        CreateWebhookEndpointInput: {
            /**
             * Format: uri
             * @description The HTTPS URL that will receive the deliveries (required). It must be reachable from the
             *     internet with a certificate from a public authority; self-signed certificates are refused.
             */
            url: string;
            /** @description The topics to receive (required, at least one, no repeats). */
            topics: components["schemas"]["WebhookEventType"][];
            /** @description A label of your own for the endpoint (optional; no default). */
            description?: string;
        };
        /**
         * WebhookEventTypeInfo
         * @description A topic of the catalogue, with a short description.
         */
        WebhookEventTypeInfo: {
            name: components["schemas"]["WebhookEventTypeValue"];
            /** @description What fires the topic. */
            description?: string | null;
        };
        /**
         * UpdateWebhookEndpointInput
         * @description The fields to change, at least one. Fields you leave out keep their value.
         */
        UpdateWebhookEndpointInput: {
            /**
             * Format: uri
             * @description A new HTTPS delivery URL (optional; unchanged when omitted).
             */
            url?: string;
            /**
             * @description The new set of topics, replacing the current one entirely (optional; at least one topic, no
             *     repeats; unchanged when omitted).
             */
            topics?: components["schemas"]["WebhookEventType"][];
            /** @description A new label (optional; unchanged when omitted). */
            description?: string;
            /**
             * @description `false` pauses the deliveries without deleting the endpoint, `true` resumes them (optional;
             *     unchanged when omitted).
             */
            enabled?: boolean;
        };
        /**
         * SummaryTemplateSection
         * @description One section of a summary template.
         */
        SummaryTemplateSection: {
            /** @description The section's heading. */
            title: string;
            /** @description What the AI should write in this section. */
            instructions?: string | null;
            /** @description The section's place in the summary, from 0. */
            order?: number;
        };
        /**
         * SummaryTemplate
         * @description A template that shapes the AI summary of the team's calls: some background on the calls and
         *     the sections the summary is made of.
         */
        SummaryTemplate: {
            /** @description The template's id (`tst-...`). */
            id: string;
            /** @description The template's name. */
            name: string;
            /** @description Background that helps the AI understand the calls; null when none was given. */
            call_context?: string | null;
            /** @description An icon for the template (an emoji, say); null when none was given. */
            icon?: string | null;
            /** @description The sections of the summary, in their order. */
            sections?: components["schemas"]["SummaryTemplateSection"][] | null;
            created_at?: components["schemas"]["LocalDateTime"];
            updated_at?: components["schemas"]["LocalDateTime"];
        };
        /**
         * SummaryTemplateSectionInput
         * @description One section of a template, as you send it.
         */
        SummaryTemplateSectionInput: {
            /** @description The section's heading (required). */
            title: string;
            /** @description What the AI should write in this section (optional; no default). */
            instructions?: string;
            /** @description The section's place in the summary, 0 for the first (required). */
            order: number;
        };
        /**
         * SummaryTemplateInput
         * @description A template's full content. Only `name` is required. On update, every field you leave out is
         *     cleared (the template is replaced, not merged).
         */
        SummaryTemplateInput: {
            /** @description The template's name (required). */
            name: string;
            /**
             * @description Background about your calls that helps the AI summarize them, up to 4,000 characters
             *     (optional; none when omitted or null).
             */
            call_context?: string | null;
            /** @description An icon for the template, such as an emoji (optional; none when omitted or null). */
            icon?: string | null;
            /** @description The sections of the summary, up to 10 (optional; none when omitted). */
            sections?: components["schemas"]["SummaryTemplateSectionInput"][];
        };
        /**
         * SetNumberDefaultSummaryTemplateInput
         * @description The template to use by default for a number's calls, or null to clear it.
         */
        SetNumberDefaultSummaryTemplateInput: {
            /**
             * @description The id (`tst-...`) of the template to summarize the number's new calls with; null (or
             *     omitted) clears the default, and the number's calls get Allo's standard summary again.
             */
            summary_template_id?: string | null;
        };
        /**
         * NumberDefaultSummaryTemplate
         * @description A number and the template that now summarizes its new calls.
         */
        NumberDefaultSummaryTemplate: {
            number: components["schemas"]["PhoneNumberValue"];
            /** @description The default template's id (`tst-...`); null when the number uses Allo's standard summary. */
            default_summary_template_id?: string | null;
        };
        /**
         * DialingQueueNumber
         * @description One entry of a Power Dialer queue. The same number may appear at several positions.
         */
        DialingQueueNumber: {
            number_to: components["schemas"]["PhoneNumberValue"];
            /** @description The entry's place in the queue, from 0. */
            position: number;
            created_at?: components["schemas"]["LocalDateTime"];
            updated_at?: components["schemas"]["LocalDateTime"];
            /** @description When the user started calling this entry; null while it has not been called. */
            call_start_date?: components["schemas"]["LocalDateTime"] | null;
            /** @description The call placed for this entry (`cll-...`); null until one is placed. */
            call_id?: string | null;
            /** @description How the call placed for this entry ended; null until then. Open enum. */
            routing_result?: ("FAILED" | "RECEIVED" | "BLOCKED" | "ANSWERED" | "TRANSFERRED_BLAND" | "TRANSFERRED_ELEVEN_LABS" | "TRANSFERRED_EXTERNAL" | "FAILED_EXTERNAL" | "VOICEMAIL" | "CLOSED") | string | null;
            /** @description Where the creation or sync of the entry's contact stands. Open enum. */
            sync_status?: ("NOT_SYNCED" | "PROCESSING" | "SYNCED") | string | null;
            /** @description Whether the call was detected reaching a voicemail box. */
            detected_outbound_voicemail?: boolean | null;
            /** @description Why the call did not reach the contact, when it did not. Open enum. */
            not_reached_destination_reason?: ("BUSY" | "CALLEE_TEMPORARILY_UNAVAILABLE" | "RING_TIMEOUT" | "NOT_IN_SERVICE" | "DECLINED" | "NETWORK_ERROR") | string | null;
            /** @description Whether the user left a voicemail for this entry. */
            voicemail_left?: boolean | null;
        };
        /**
         * DialingQueueVoicemailHandlingValue
         * @description What the Power Dialer does when a call reaches voicemail (`SKIP`: next number; `NO_SKIP`: stay
         *     on the call). Open enum.
         */
        DialingQueueVoicemailHandlingValue: "SKIP" | "NO_SKIP" | (string & {});
        /**
         * DialingQueueDoNotDisturbValue
         * @description `ENABLED` when incoming calls are silenced while the queue runs. Open enum.
         */
        DialingQueueDoNotDisturbValue: "ENABLED" | "DISABLED" | (string & {});
        /**
         * DialingQueueMeta
         * @description A Power Dialer queue's id, name and settings, without its numbers.
         */
        DialingQueueMeta: {
            /** @description The queue's id (a KSUID prefixed `pdl`, such as `pdl_2xGh7kLmNpQr`). */
            id: string;
            /** @description The queue's name; null when it has none. */
            name?: string | null;
            /** @description The user who created the queue (the key's owner when created through the API). */
            creator_id?: string | null;
            /** @description The user who runs the queue; the creator unless another user was named. */
            assignee_id?: string | null;
            voicemail_handling?: components["schemas"]["DialingQueueVoicemailHandlingValue"];
            do_not_disturb?: components["schemas"]["DialingQueueDoNotDisturbValue"];
            created_at?: components["schemas"]["LocalDateTime"];
            updated_at?: components["schemas"]["LocalDateTime"];
        };
        /**
         * ResetDialingQueueInput
         * @description The new queue's name and whose queue it is; everything is optional (an empty body, or none,
         *     resets your own queue without a name).
         */
        ResetDialingQueueInput: {
            /** @description The new queue's name, up to 255 characters (optional; no name when omitted or null). */
            name?: string | null;
            /**
             * @description A teammate (`usr-...`, from `GET /v2/api/users`) to make the queue for; you are recorded as
             *     its creator and the teammate as its assignee. Wins over `email` (optional; your own queue
             *     when neither is sent).
             */
            user_id?: string | null;
            /**
             * Format: email
             * @description A teammate's email, to make the queue for them; ignored when `user_id` is sent (optional).
             */
            email?: string | null;
        };
        /**
         * DialingQueue
         * @description A Power Dialer queue with its settings and its numbers.
         */
        DialingQueue: {
            /** @description The queue's id (a KSUID prefixed `pdl`, such as `pdl_2xGh7kLmNpQr`). */
            id: string;
            /** @description The queue's name; null when it has none. */
            name?: string | null;
            /** @description The user who created the queue (the key's owner when created through the API). */
            creator_id?: string | null;
            /** @description The user who runs the queue; the creator unless another user was named. */
            assignee_id?: string | null;
            voicemail_handling?: components["schemas"]["DialingQueueVoicemailHandlingValue"];
            do_not_disturb?: components["schemas"]["DialingQueueDoNotDisturbValue"];
            /** @description The queue's entries, by position. */
            numbers?: components["schemas"]["DialingQueueNumber"][] | null;
            created_at?: components["schemas"]["LocalDateTime"];
            updated_at?: components["schemas"]["LocalDateTime"];
        };
        /**
         * DialingQueueVoicemailHandling
         * @description What the Power Dialer does when a call reaches voicemail: `SKIP` moves on to the next number,
         *     `NO_SKIP` keeps the user on the call. Closed in requests.
         * @enum {string}
         */
        DialingQueueVoicemailHandling: "SKIP" | "NO_SKIP";
        /**
         * DialingQueueDoNotDisturb
         * @description `ENABLED` silences incoming calls while the queue runs. Closed in requests.
         * @enum {string}
         */
        DialingQueueDoNotDisturb: "ENABLED" | "DISABLED";
        /**
         * UpdateDialingQueueInput
         * @description The settings to change (the queue is created if there is none). Fields you leave out keep their
         *     value. `user_pid` is an older spelling of `user_id`, still accepted here.
         */
        UpdateDialingQueueInput: {
            /** @description A new name, 1 to 255 characters (optional; unchanged when omitted). */
            name?: string | null;
            /** @description What to do when a call reaches voicemail (optional; unchanged when omitted). */
            voicemail_handling?: components["schemas"]["DialingQueueVoicemailHandling"] | null;
            /** @description Whether to silence incoming calls while the queue runs (optional; unchanged when omitted). */
            do_not_disturb?: components["schemas"]["DialingQueueDoNotDisturb"] | null;
            /**
             * @description A teammate (`usr-...`, from `GET /v2/api/users`) whose queue to change. Wins over `email`
             *     (optional; your own queue when neither is sent).
             */
            user_id?: string | null;
            /** @description An older name of `user_id`; send `user_id`. */
            user_pid?: string | null;
            /**
             * Format: email
             * @description A teammate's email, whose queue to change; ignored when `user_id` is sent (optional).
             */
            email?: string | null;
        };
        /**
         * DialingQueueNumberInput
         * @description A number to append, with optional details for the contact Allo creates or matches.
         */
        DialingQueueNumberInput: {
            /**
             * @description The phone number, in any format (`+1 (212) 555-0010` passes); Allo normalizes it to E.164,
             *     and a number it cannot read is listed under `skipped` (required).
             */
            number: string;
            /** @description The contact's first name (optional). */
            name?: string | null;
            /** @description The contact's last name (optional). */
            last_name?: string | null;
            /**
             * @description The contact's company, matched by name in the team regardless of case; created when no
             *     company matches (optional).
             */
            company?: string | null;
            /** @description The contact's website (optional). */
            website?: string | null;
            /** @description The contact's job title (optional). */
            job_title?: string | null;
            /** @description The contact's email addresses (optional). */
            emails?: string[] | null;
            /** @description The contact's postal addresses (optional). */
            addresses?: string[] | null;
        };
        /**
         * AppendDialingQueueNumbersInput
         * @description The numbers to add at the end of the queue, and whose queue it is.
         */
        AppendDialingQueueNumbersInput: {
            /**
             * @description 1 to 1,000 entries (required). A queue holds at most 1,000 numbers in all: going beyond is
             *     `400 DIALING_QUEUE_LIMIT_REACHED`.
             */
            numbers: components["schemas"]["DialingQueueNumberInput"][];
            /**
             * @description A teammate (`usr-...`, from `GET /v2/api/users`) whose queue receives the numbers; a queue
             *     is created for them if they have none, with you as its creator. Wins over `email`
             *     (optional; your own queue when neither is sent).
             */
            user_id?: string | null;
            /**
             * Format: email
             * @description A teammate's email, whose queue receives the numbers; ignored when `user_id` is sent (optional).
             */
            email?: string | null;
        };
        /**
         * SkippedDialingQueueNumber
         * @description A number that was not appended.
         */
        SkippedDialingQueueNumber: {
            /** @description The number as it was sent. */
            number: string;
            /** @description Why it was left out. Open enum. */
            reason?: "INVALID_PHONE_NUMBER" | (string & {});
        };
        /**
         * AppendDialingQueueNumbersResult
         * @description What was appended and what was left out.
         */
        AppendDialingQueueNumbersResult: {
            /** @description The new entries, with their positions. */
            added: components["schemas"]["DialingQueueNumber"][];
            /** @description The numbers left out, with the reason. */
            skipped?: components["schemas"]["SkippedDialingQueueNumber"][] | null;
        };
        /**
         * RemoveDialingQueueNumbersResult
         * @description How many entries were removed.
         */
        RemoveDialingQueueNumbersResult: {
            /** @description The number of entries removed. */
            removed: number;
        };
        /**
         * PartnerPersonalMobile
         * @description The customer's existing mobile number, in E.164 (required): the Allo number provisioned for the
         *     account is attached to it as a second line.
         * @example +33612345678
         */
        PartnerPersonalMobile: string;
        /**
         * PartnerNumberPreference
         * @description Where the account's phone number should come from.
         */
        PartnerNumberPreference: {
            /** @description The number's country, as an ISO country code such as `FR` (required). */
            country: string;
            /** @description The start of the number wanted, with its country code, such as `+337` (optional; any number of the country when omitted or null). */
            prefix?: string | null;
        };
        /**
         * CreatePartnerAccountInput
         * @description The customer to provision an account for.
         */
        CreatePartnerAccountInput: {
            /**
             * Format: email
             * @description The customer's email, which becomes the account's login (required).
             */
            email: string;
            /** @description The customer's name (required). */
            name: string;
            personal_mobile: components["schemas"]["PartnerPersonalMobile"];
            /**
             * @description Your own reference for the customer (optional; no default). It comes back on the account;
             *     Allo says it is also sent on an "activation webhook", a topic no list of topics includes.
             */
            partner_client_ref?: string;
            number_preference: components["schemas"]["PartnerNumberPreference"];
        };
        /**
         * PartnerAccount
         * @description An Allo account provisioned for one of your customers, with its numbers and its state.
         *     `api_key` is a secret of the customer's account, present only in the create answer.
         */
        PartnerAccount: {
            /** @description The account's id (`usr_...`), for the get and delete operations. */
            id: string;
            /**
             * @description An API key of the new account, scoped by Allo. It is the customer's secret: returned only
             *     by the create operation (null or absent afterwards), so store it at once, in a secret
             *     store, and never log it.
             */
            api_key?: string | null;
            /** @description The numbers provisioned for the account, in E.164. */
            phone_numbers?: components["schemas"]["PhoneNumberValue"][];
            /** @description The account's state (`ACTIVE` once provisioned). Open enum. */
            status?: "ACTIVE" | (string & {});
            /** @description Whether the customer has signed in on a device yet. */
            activated?: boolean;
            /** @description Your own reference for the customer, as you sent it; null when none was sent. */
            partner_client_ref?: string | null;
        };
        /**
         * PhoneNumber
         * @description An Allo number connected to the account.
         */
        PhoneNumber: {
            number: components["schemas"]["PhoneNumberValue"];
            /** @description The label given to the number in Allo. */
            name: string | null;
            /** @description ISO 3166-1 alpha-2 country code, such as `FR` or `US`. */
            country: string;
            /** @description Whether the number is shared by several users. */
            is_shared_number: boolean;
        };
        /**
         * ErrorCode
         * @description A machine-readable error code. Open enum.
         */
        ErrorCode: "API_KEY_INVALID" | "API_KEY_INSUFFICIENT_SCOPE" | "RATE_LIMITED" | "API_KEY_QUOTA_EXCEEDED" | "CONTACT_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "INVALID_SENDER_ID" | "SENDER_ID_NOT_ACTIVE" | "FROM_NUMBER_NOT_FOUND" | "INVALID_TO_NUMBER" | "TO_NUMBER_COUNTRY_MISMATCH" | "INVALID_LENGTH" | "PROVIDER_NOT_SUPPORTED" | "INVALID_REQUEST_BODY" | "INTERNAL_ERROR" | "A2P_NOT_ENABLED" | "NUMBER_NOT_SMS_ENABLED" | "SENDER_ID_INBOX_CANNOT_SEND_SMS" | "MESSAGE_NOT_COMPLIANT" | "LANDLINE_NUMBER_NOT_SUPPORTED" | "SENDER_ID_NOT_FOUND" | "TRIAL_SMS_LIMIT_REACHED" | "SMS_LIMIT_REACHED" | "DAILY_SMS_LIMIT_REACHED" | (string & {});
        /** ErrorDetail */
        ErrorDetail: {
            /** @description The field, or for limits the kind of limit (`scope`, `DAILY`). */
            field: string;
            /** @description What is wrong; for limits, `key=value` pairs separated by `;`. */
            message: string;
        };
        /**
         * ErrorBody
         * @description The body of every error answer.
         */
        ErrorBody: {
            code: components["schemas"]["ErrorCode"];
            /** @description Per-field details, or null. */
            details?: components["schemas"]["ErrorDetail"][] | null;
        };
        /**
         * Message
         * @description The text of an SMS, 1 to 1000 characters.
         */
        Message: string;
        /**
         * SendSmsInput
         * @description An SMS to a US or international number, sent from one of your Allo numbers: `{ from, to,
         *     message }`, where `from` is one of your Allo numbers and `to` is in the same country. Billed
         *     per segment.
         */
        SendSmsInput: {
            from: components["schemas"]["E164Number"];
            to: components["schemas"]["E164Number"];
            message: components["schemas"]["Message"];
        };
        /**
         * SenderId
         * @description A pre-verified alphanumeric sender for France, 3 to 11 characters.
         * @example MyCompany
         */
        SenderId: string;
        /**
         * SendSmsFranceInput
         * @description An SMS to a French number, sent from a sender ID: `{ sender_id, to, message }`, where
         *     `sender_id` is an alphanumeric sender (3 to 11 characters) verified beforehand by Allo
         *     support. Billed per segment.
         */
        SendSmsFranceInput: {
            sender_id: components["schemas"]["SenderId"];
            to: components["schemas"]["E164Number"];
            message: components["schemas"]["Message"];
        };
        /**
         * SentSms
         * @description An SMS as sent. `from_number` is null when sent from a sender ID, `sender_id` otherwise.
         */
        SentSms: {
            from_number?: components["schemas"]["PhoneNumberValue"] | null;
            sender_id?: string | null;
            to_number: components["schemas"]["PhoneNumberValue"];
            type: components["schemas"]["CallDirection"];
            content: string;
            start_date: components["schemas"]["LocalDateTime"];
        };
        /**
         * CallResult
         * @description How a call ended. Open enum; the live API returns values beyond these.
         */
        CallResult: "ANSWERED" | "VOICEMAIL" | "TRANSFERRED_AI" | "TRANSFERRED_EXTERNAL" | "BLOCKED" | "FAILED" | "FAILED_EXTERNAL" | "RECEIVED" | "CLOSED" | (string & {});
        /**
         * TranscriptSource
         * @description Who spoke a transcript line. Open enum.
         */
        TranscriptSource: "AGENT" | "EXTERNAL" | "USER" | (string & {});
        /** TranscriptLine */
        TranscriptLine: {
            source: components["schemas"]["TranscriptSource"];
            text: string;
            /** @description Offset into the call, `HH:MM:SS`. */
            time?: string;
            start_seconds?: number;
            end_seconds?: number;
        };
        /**
         * Call
         * @description A call, with its recording, transcript and AI summary when available.
         */
        Call: {
            id: string;
            from_number: components["schemas"]["PhoneNumberValue"];
            to_number: components["schemas"]["PhoneNumberValue"] | null;
            length_in_minutes: number;
            /** @description Direction of the call; null on some records. */
            type: components["schemas"]["CallDirection"] | null;
            result?: components["schemas"]["CallResult"] | null;
            summary?: string | null;
            tag?: string | null;
            recording_url?: string | null;
            start_date: components["schemas"]["LocalDateTime"];
            /** @description Speaker-tagged transcript, available once the call has ended; null when none. */
            transcript?: components["schemas"]["TranscriptLine"][] | null;
        };
        /**
         * FlatPaginationMetadata
         * @description Pagination as `GET /calls` sends it, without the `pagination` level.
         */
        FlatPaginationMetadata: {
            total_pages: number;
            current_page: number;
        };
        /** CallSearchResult */
        CallSearchResult: {
            results: components["schemas"]["Call"][];
            metadata: components["schemas"]["FlatPaginationMetadata"];
        };
        /** Company */
        Company: {
            id: string;
            name: string;
        };
        /**
         * ContactEngagement
         * @description How engaged a contact is lately. Open enum.
         */
        ContactEngagement: "ENGAGED" | "COOLING" | "COLD" | (string & {});
        /**
         * ContactActivityType
         * @description What a contact's activity entry was. Open enum.
         */
        ContactActivityType: "INBOUND_CALL" | "OUTBOUND_CALL" | "INBOUND_SMS" | "OUTBOUND_SMS" | (string & {});
        /**
         * ContactActivity
         * @description One call or text of a contact, as `extend=activity` lists them.
         */
        ContactActivity: {
            type: components["schemas"]["ContactActivityType"];
            /** @description Who made it; null when nobody of the team did. */
            made_by?: string | null;
            made_at: components["schemas"]["LocalDateTime"];
            /** @description The Allo number used (calls only). */
            allo_number?: components["schemas"]["PhoneNumberValue"] | null;
            /** @description The text (SMS only). */
            content?: string | null;
        };
        /**
         * Contact
         * @description A contact of the account.
         */
        Contact: {
            id: string;
            name?: string | null;
            last_name?: string | null;
            job_title?: string | null;
            website?: string | null;
            status?: string | null;
            is_archived?: boolean;
            /** @description Seen on the live API; not in the seeds. */
            is_whitelisted?: boolean;
            created_at?: components["schemas"]["LocalDateTime"];
            updated_at?: components["schemas"]["LocalDateTime"];
            numbers: components["schemas"]["PhoneNumberValue"][];
            emails?: string[];
            /** @description The contact's company; a bare name on some records. */
            company?: components["schemas"]["Company"] | string | null;
            /**
             * @description How engaged the contact is lately: in every search result, and from `GET /contact/{contact_id}`
             *     with `extend=engagement` only; null when Allo has no level for the contact.
             */
            engagement?: components["schemas"]["ContactEngagement"] | null;
            last_activity_date?: components["schemas"]["LocalDateTime"] | null;
            /** @description Seen on the live API; not in the seeds. */
            tags?: string[];
            /**
             * @description Answered by `GET /contact/{contact_id}`: the contact's records in connected tools, keyed by
             *     integration (`{ "HUBSPOT": { "contact_id": "12345" } }`).
             */
            integration_data?: {
                [key: string]: unknown;
            };
            /** @description Answered by `GET /contact/{contact_id}`: the account's own contact properties. */
            custom_properties?: {
                [key: string]: unknown;
            } | null;
            /** @description Answered by `GET /contact/{contact_id}` with `extend=activity`: the contact's calls and texts. */
            activity?: components["schemas"]["ContactActivity"][];
            /**
             * @description Answered by `GET /contact/{contact_id}`: the path of the contact's conversation.
             * @example /v1/api/contact/cnt_abc123/conversation
             */
            conversation_url?: string;
        };
        /** PaginationMetadata */
        PaginationMetadata: {
            pagination: {
                total_pages: number;
                current_page: number;
            };
        };
        /** ContactSearchResult */
        ContactSearchResult: {
            results: components["schemas"]["Contact"][];
            metadata: components["schemas"]["PaginationMetadata"];
        };
        /** CreateContactInput */
        CreateContactInput: {
            numbers: components["schemas"]["E164Number"][];
            name?: string;
            last_name?: string;
            job_title?: string;
            website?: string;
            /** @description The company's name. */
            company?: string;
            emails?: string[];
        };
        /** ContactEnvelope */
        ContactEnvelope: {
            data: components["schemas"]["Contact"];
        };
        /**
         * UpdateContactInput
         * @description The fields to change. `emails` and `numbers` replace the stored arrays.
         */
        UpdateContactInput: {
            numbers?: components["schemas"]["E164Number"][];
            name?: string;
            last_name?: string;
            job_title?: string;
            website?: string;
            /** @description The company's name. */
            company?: string;
            emails?: string[];
        };
        /**
         * ConversationEntryType
         * @description Kind of a conversation entry. Open enum.
         */
        ConversationEntryType: "CALL" | "TEXT_MESSAGE" | (string & {});
        /** SmsMessage */
        SmsMessage: {
            from_number?: components["schemas"]["PhoneNumberValue"] | null;
            /** @description The alphanumeric Sender ID a text was sent from (France); null when it came from a number. */
            sender_id?: string | null;
            to_number?: components["schemas"]["PhoneNumberValue"] | null;
            type?: components["schemas"]["CallDirection"] | null;
            content: string;
            start_date: components["schemas"]["LocalDateTime"];
        };
        /**
         * ConversationEntry
         * @description One call or one SMS of a conversation; the other field is null.
         */
        ConversationEntry: {
            type: components["schemas"]["ConversationEntryType"];
            call?: components["schemas"]["Call"] | null;
            message?: components["schemas"]["SmsMessage"] | null;
        };
        /** ConversationResult */
        ConversationResult: {
            results: components["schemas"]["ConversationEntry"][];
            metadata: components["schemas"]["PaginationMetadata"];
        };
        /**
         * WebhookTopicValue
         * @description A topic as the API reports it. Open enum.
         */
        WebhookTopicValue: "CALL_RECEIVED" | "SMS_RECEIVED" | "SMS_SENT" | "CONTACT_CREATED" | "CONTACT_UPDATED" | (string & {});
        /** Webhook */
        Webhook: {
            id: string;
            allo_number: components["schemas"]["PhoneNumberValue"];
            enabled: boolean;
            url: string;
            topics: components["schemas"]["WebhookTopicValue"][];
        };
        /**
         * WebhookTopic
         * @description A topic a webhook can subscribe to. Closed in requests.
         * @enum {string}
         */
        WebhookTopic: "CALL_RECEIVED" | "SMS_RECEIVED" | "SMS_SENT" | "CONTACT_CREATED" | "CONTACT_UPDATED";
        /** CreateWebhookInput */
        CreateWebhookInput: {
            allo_number: components["schemas"]["E164Number"];
            /**
             * Format: uri
             * @description The HTTPS endpoint that receives the events.
             */
            url: string;
            topics: components["schemas"]["WebhookTopic"][];
            /** @default true */
            enabled?: boolean;
        };
        /**
         * CreatedWebhook
         * @description A subscription as `POST /webhooks` returns it, with `alloNumber` in camelCase.
         */
        CreatedWebhook: {
            id: string;
            alloNumber: components["schemas"]["PhoneNumberValue"];
            enabled: boolean;
            url: string;
            topics: components["schemas"]["WebhookTopicValue"][];
        };
        /**
         * WebhookEnvelopeVersion
         * @description The payload version. Allo documents `"2.0"` for every v2 delivery; it is kept as a string
         *     so that a later version still parses (check it if your code depends on the shapes below).
         * @example 2.0
         */
        WebhookEnvelopeVersion: string;
        /**
         * WebhookEnvelopeTimestamp
         * @description An ISO 8601 date-time, such as `2025-03-15T14:30:45.123456Z`. Allo's pages disagree on what it
         *     marks: the webhooks overview says when the delivery was sent, the best-practices page says when
         *     the event happened and recommends it for ordering. Treat it as approximate; where `data`
         *     carries its own time (`started_at`, `start_date`, `sent_at`, `updated_at`), prefer that.
         * @example 2025-03-15T14:30:45.123456Z
         */
        WebhookEnvelopeTimestamp: string;
        /**
         * WebhookPerson
         * @description The contact that matches the caller, as `call.received` embeds it. Besides the fields below,
         *     each contact property your team has defined in Allo (`linkedin_url`, `lead_source`, ...) comes
         *     as a key of its own at this level, and only when it has a value: the object is open, and any
         *     key not listed here is one of those custom properties. The id (`con_...` in Allo's example) is
         *     not shaped like a CRM person id (`per-...`); Allo does not say whether one can be used as the
         *     other. `emails` and `numbers` are documented as arrays; null is tolerated.
         */
        WebhookPerson: {
            /** @description The contact's id (`con_...` in Allo's example). */
            id: string;
            /** @description First name. */
            name?: string | null;
            /** @description Last name. */
            last_name?: string | null;
            /** @description The primary email address. */
            email?: string | null;
            /** @description Every email address of the contact. */
            emails?: string[] | null;
            /** @description Every phone number of the contact, usually E.164. */
            numbers?: components["schemas"]["PhoneNumberValue"][] | null;
            /** @description Job title. */
            job_title?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * WebhookCompany
         * @description The company linked to a matched contact, as webhook deliveries embed it.
         */
        WebhookCompany: {
            /** @description The company's id (`com-...`). */
            id: string;
            /** @description The company's name. */
            name?: string | null;
        };
        /**
         * WebhookDeal
         * @description A deal linked to a matched contact, as webhook deliveries embed it. Allo's field table for
         *     deals is cut off in the published copy: the fields below are those of its example, all but
         *     `id` nullable.
         */
        WebhookDeal: {
            /** @description The deal's id (`dea-...`). */
            id: string;
            /** @description The deal's name. */
            name?: string | null;
            /**
             * @description The deal's status, as free text (`qualified` in Allo's example). Other surfaces of the API
             *     use `OPEN`/`WON`/`LOST` or lower-case free text (`negotiation`, `won`): compare without
             *     regard to case, and expect values of your CRM integration.
             */
            status?: string | null;
            /** @description The deal's amount, in `currency`. */
            value?: number | null;
            /** @description Three-letter ISO 4217 currency code, such as `EUR`. */
            currency?: string | null;
            /** @description The expected or actual closing date, often without a zone (`2025-06-15T00:00:00`). */
            close_date?: components["schemas"]["LocalDateTime"] | null;
        };
        /**
         * CallReceivedEventData
         * @description An inbound call that has started ringing on one of your Allo numbers, with the context of the
         *     caller when a contact matches. Fields as Allo publishes them.
         */
        CallReceivedEventData: {
            from_number: components["schemas"]["PhoneNumberValue"];
            to_number: components["schemas"]["PhoneNumberValue"];
            started_at: components["schemas"]["LocalDateTime"];
            /**
             * @description Email of the Allo user the called number is assigned to. Documented as a string; null or
             *     absent is tolerated (a number shared by a team, say).
             */
            user_email?: string | null;
            /** @description The contact whose number matches the caller's; absent (or null) when none does. */
            person?: components["schemas"]["WebhookPerson"] | null;
            /** @description The company linked to that contact; null when there is none. */
            company?: components["schemas"]["WebhookCompany"] | null;
            /** @description The deals linked to that contact; null when there are none. */
            deals?: components["schemas"]["WebhookDeal"][] | null;
        };
        /**
         * CallTriggeredEventData
         * @description An outbound call that has just been placed from one of your Allo numbers. **Allo has not
         *     published the fields of this payload.** The fields declared here are a guess by analogy, every
         *     one optional and nullable: `from_number`, `to_number`, `started_at` and `user_email` are the
         *     names of `call.received` (the published event for a call that starts), `to` is the name
         *     `call.completed` uses for the called number, and `id` is the call id `call.completed` carries.
         *     The object is open: whatever else Allo sends is kept.
         */
        CallTriggeredEventData: {
            /** @description The call's id (`cll_...`), if sent. */
            id?: string | null;
            /** @description Your Allo number, which places the call. */
            from_number?: components["schemas"]["PhoneNumberValue"] | null;
            /** @description The number called, spelled as in `call.received`. */
            to_number?: components["schemas"]["PhoneNumberValue"] | null;
            /** @description The number called, spelled as in `call.completed`. */
            to?: components["schemas"]["PhoneNumberValue"] | null;
            /** @description When the call was placed. */
            started_at?: components["schemas"]["LocalDateTime"] | null;
            /** @description Email of the Allo user who placed the call. */
            user_email?: string | null;
        };
        /**
         * CallAnsweredEventData
         * @description A call that has just been answered. **Allo has not published the fields of this payload** (nor
         *     described the event: it is subscribable, but absent from every page's topic list). The fields
         *     declared here are a guess, every one optional and nullable: `id`, `type` and `to` as
         *     `call.completed` names them, `from_number`, `to_number`, `started_at` and `user_email` as
         *     `call.received` names them. Public code handling this topic also looks for `direction` and
         *     `answered_at`; the object is open, so those and anything else Allo sends are kept.
         */
        CallAnsweredEventData: {
            /** @description The call's id (`cll_...`), if sent. */
            id?: string | null;
            /** @description The call's direction, if sent. */
            type?: components["schemas"]["CallDirection"] | null;
            /** @description The caller; your Allo number on an outbound call. */
            from_number?: components["schemas"]["PhoneNumberValue"] | null;
            /** @description The number called (spelled as in `call.received`); your Allo number on an inbound call. */
            to_number?: components["schemas"]["PhoneNumberValue"] | null;
            /** @description The number called (spelled as in `call.completed`); your Allo number on an inbound call. */
            to?: components["schemas"]["PhoneNumberValue"] | null;
            /** @description When the call started ringing or was placed. */
            started_at?: components["schemas"]["LocalDateTime"] | null;
            /** @description Email of the Allo user on the call. */
            user_email?: string | null;
        };
        /**
         * WebhookCallResult
         * @description How a call ended. Allo's `call.completed` example shows `ANSWERED`; the other values are those
         *     v2 conversation items and v1 calls report. Open enum: expect others.
         */
        WebhookCallResult: "ANSWERED" | "VOICEMAIL" | "TRANSFERRED" | "TRANSFERRED_AI" | "TRANSFERRED_EXTERNAL" | "BLOCKED" | "FAILED" | (string & {});
        /**
         * CallCompletedEventData
         * @description A call that has ended, with what Allo knows of it. Allo's published material stops after the
         *     first fields of its example: `id`, `from_number`, `to`, `type`, `result` and `summary` come from
         *     that example (the first required, the others nullable). `length_in_minutes`, `start_date`,
         *     `recording_url` and `user_email` are not on Allo's pages: they are the fields public code reads
         *     from this event (usage evidence), so they are optional and nullable. Allo describes the event as
         *     carrying the recording, transcript and summary: the object is open and keeps every other field
         *     (a transcript, names, tags...).
         */
        CallCompletedEventData: {
            /**
             * @description The call's id, `cll_...` in Allo's example (conversation items spell it `cll-...`; the
             *     conversation-item operations accept both).
             */
            id: string;
            /** @description The caller; your Allo number on an outbound call. */
            from_number?: components["schemas"]["PhoneNumberValue"] | null;
            /** @description The number called; your Allo number on an inbound call. Note `to`, not `to_number`. */
            to?: components["schemas"]["PhoneNumberValue"] | null;
            /** @description The call's direction (named `type`, not `direction`). */
            type?: components["schemas"]["CallDirection"] | null;
            /** @description How the call ended. */
            result?: components["schemas"]["WebhookCallResult"] | null;
            /** @description The AI summary of the call; null when there is none (yet). */
            summary?: string | null;
            /** @description The call's length in minutes, such as `5.5` (read by public code; not on Allo's pages). */
            length_in_minutes?: number | null;
            /** @description When the call started (read by public code; not on Allo's pages). */
            start_date?: components["schemas"]["LocalDateTime"] | null;
            /**
             * @description Where to download the recording; null when there is none (read by public code; not on
             *     Allo's pages).
             */
            recording_url?: string | null;
            /** @description Email of the Allo user on the call (read by public code; not on Allo's pages). */
            user_email?: string | null;
        };
        /**
         * CallTagEventData
         * @description A tag added to or removed from a call (`tag.added`, `tag.removed`). **Allo has not published
         *     the fields of this payload.** The two declared here, both optional and nullable, are what the
         *     event obviously involves: the call (`id`, as `call.completed` names its call id) and the tag
         *     (`tag`, the name v1 call deliveries use for a call's tag; a tag key such as `qualified`, as the
         *     tag operations take). The object is open: whatever else Allo sends is kept.
         */
        CallTagEventData: {
            /** @description The call the tag was added to or removed from (`cll_...`), if sent. */
            id?: string | null;
            /** @description The tag's key (lowercase, slugified, such as `qualified`), if sent. */
            tag?: string | null;
        };
        /**
         * SmsEventData
         * @description A text received or sent by one of your Allo numbers (`sms.received`, `sms.sent`). **Allo has
         *     not published the fields of this payload.** The fields declared here, every one optional and
         *     nullable, are those of the v1 `SMS_RECEIVED` / `SMS_SENT` deliveries, plus `id`, the message id
         *     (`msg_...`) a v2 message obviously has. The object is open: whatever else Allo sends is kept.
         */
        SmsEventData: {
            /** @description The message's id (`msg_...`), if sent. */
            id?: string | null;
            /** @description `INBOUND` for `sms.received`, `OUTBOUND` for `sms.sent`. */
            direction?: components["schemas"]["CallDirection"] | null;
            /** @description The kind of message, such as `SMS` (v2 conversation items also know `MMS` and `WHATSAPP`). */
            type?: string | null;
            /** @description The text of the message. */
            content?: string | null;
            /** @description When the message was sent or received. */
            sent_at?: components["schemas"]["LocalDateTime"] | null;
            /** @description The sender; your Allo number for `sms.sent`. */
            from_number?: components["schemas"]["PhoneNumberValue"] | null;
            /** @description The recipient; your Allo number for `sms.received`. */
            to_number?: components["schemas"]["PhoneNumberValue"] | null;
            /** @description The sender's name as Allo knows it (a contact, or the name of your line). */
            from_name?: string | null;
            /** @description The recipient's name as Allo knows it. */
            to_name?: string | null;
        };
        /**
         * ContactEventData
         * @description A contact created or changed (`contact.created`, `contact.updated`). **Allo has not published
         *     the fields of this payload.** The fields declared here, every one optional and nullable, are
         *     those of the v1 `CONTACT_CREATED` / `CONTACT_UPDATED` deliveries, plus `email`, which the
         *     contact embedded in `call.received` (`WebhookPerson`) carries. If contact events follow that
         *     embedded contact, custom contact properties arrive as extra top-level keys: the object is open
         *     and keeps them.
         */
        ContactEventData: {
            /** @description The contact's id, if sent. */
            id?: string | null;
            /** @description First name. */
            name?: string | null;
            /** @description Last name. */
            last_name?: string | null;
            /** @description The primary email address. */
            email?: string | null;
            /** @description Every email address of the contact. */
            emails?: string[] | null;
            /** @description Every phone number of the contact, usually E.164. */
            numbers?: components["schemas"]["PhoneNumberValue"][] | null;
            /** @description Job title. */
            job_title?: string | null;
            /** @description Website. */
            website?: string | null;
            /** @description The contact's company, as an object (`id`, `name`) or a bare name (v1 contact deliveries allow both). */
            company?: components["schemas"]["WebhookCompany"] | string | null;
            /** @description When the contact was created. */
            created_at?: components["schemas"]["LocalDateTime"] | null;
            /** @description When the contact last changed. */
            updated_at?: components["schemas"]["LocalDateTime"] | null;
        };
        /**
         * SummaryUpdatedEventData
         * @description A call whose AI summary changed. **Allo has not published the fields of this payload, nor
         *     described the event.** The fields declared here, every one optional and nullable, are those of
         *     the call summary that `PATCH /v2/api/conversations/items/{id}/summary` returns (`id`,
         *     `content`, `version`, `updated_at`, `updated_by`), plus `summary`, the name `call.completed`
         *     gives the summary text. The object is open: whatever else Allo sends is kept.
         */
        SummaryUpdatedEventData: {
            /** @description The call whose summary changed (`cll_...` or `cll-...`), if sent. */
            id?: string | null;
            /** @description The summary's markdown, as the summary operation names it. */
            content?: string | null;
            /** @description The summary's text, as `call.completed` names it. */
            summary?: string | null;
            /** @description The summary's version, which goes up by one at every change. */
            version?: number | null;
            /** @description When the summary changed. */
            updated_at?: components["schemas"]["LocalDateTime"] | null;
            /** @description Who changed it, if sent; null when no user is named. */
            updated_by?: {
                /** @description The user's id (`usr-...`). */
                id?: string | null;
                /** @description The user's name. */
                name?: string | null;
            } | null;
        };
        /** CallTranscription */
        CallTranscription: {
            source?: components["schemas"]["TranscriptSource"];
            time?: string;
            text?: string;
        };
        /**
         * CallReceivedPayload
         * @description A call that has ended.
         */
        CallReceivedPayload: {
            id: string;
            type?: components["schemas"]["CallDirection"] | null;
            start_date?: components["schemas"]["LocalDateTime"];
            recording_url?: string | null;
            from_number?: components["schemas"]["PhoneNumberValue"] | null;
            from_name?: string | null;
            to?: components["schemas"]["PhoneNumberValue"] | null;
            to_name?: string | null;
            length_in_minutes?: number | null;
            /** @description Human-readable length, such as `5m 30s`. */
            length?: string | null;
            tag?: string | null;
            summary?: string | null;
            one_sentence_summary?: string | null;
            transcriptions?: components["schemas"]["CallTranscription"][] | null;
        };
        /**
         * SmsPayload
         * @description A text received or sent.
         */
        SmsPayload: {
            direction?: components["schemas"]["CallDirection"] | null;
            type?: string | null;
            content?: string | null;
            sent_at?: components["schemas"]["LocalDateTime"] | null;
            from_number?: components["schemas"]["PhoneNumberValue"] | null;
            to_number?: components["schemas"]["PhoneNumberValue"] | null;
            from_name?: string | null;
            to_name?: string | null;
        };
        /**
         * ContactPayload
         * @description A contact as carried by contact events.
         */
        ContactPayload: {
            id: string;
            name?: string | null;
            last_name?: string | null;
            job_title?: string | null;
            website?: string | null;
            numbers?: components["schemas"]["PhoneNumberValue"][];
            emails?: string[];
            company?: components["schemas"]["Company"] | string | null;
            created_at?: components["schemas"]["LocalDateTime"];
            updated_at?: components["schemas"]["LocalDateTime"];
        };
        /**
         * PingPayload
         * @description A test delivery carries no fixed fields.
         */
        PingPayload: {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The key is missing, invalid or revoked. */
        V2Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The key is valid but may not do this; the message names the missing scope. */
        V2Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description More requests than the key's per-second limit (20 reads, 5 writes). Wait `Retry-After` seconds
         *     (also `error.retry_after_seconds`); the error is always `retryable`.
         */
        V2TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The API failed. A read may be retried; a write may have been processed (retry it only with the
         *     same `Idempotency-Key`, where the operation accepts one). A proxy in front of the API may
         *     answer 502/503/504 with an HTML page instead of this body.
         */
        V2ServerError: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The key's team could not be found. Allo lists `TEAM_NOT_FOUND` among its codes without naming
         *     the operations that answer it; listing the team's members is the likeliest place.
         */
        ListUsersNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description No member of the team has this id. Allo lists both `MEMBER_NOT_FOUND` and `USER_NOT_FOUND`
         *     without saying which one this operation answers: handle both.
         */
        UserNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The body is malformed, or `tags` is missing or empty. */
        AddTagsBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The call was not found. Allo documents this 404 but publishes no code for it; the examples are
         *     the codes Allo gives a missing call or item elsewhere (presumed): rely on the status and on
         *     `error.type` (`not_found_error`).
         */
        AddTagsNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description A tag is already on the call (`TAG_ALREADY_EXISTS`: nothing was changed and the tag stays
         *     applied, so the call ends up tagged as asked), or the `Idempotency-Key` was already used with
         *     another request (`IDEMPOTENCY_KEY_REUSE`).
         */
        AddTagsConflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The body was not sent as `application/json`. */
        V2UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The tag is not on the call (`TAG_NOT_FOUND`). A call that does not exist is also answered
         *     with a 404, for which Allo publishes no code.
         */
        RemoveTagNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The `Idempotency-Key` was already used with another request, or the resource is busy. */
        V2IdempotencyConflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description A query parameter is missing or invalid; `error.param` names it. */
        ListConversationsBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The action is not one of the four, the body is malformed, or a number is not E.164. */
        ConversationActionBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description No conversation with this number. Allo documents this 404 but publishes no code for it: rely on
         *     the status and on `error.type` (`not_found_error`). The example's `code` stands in for it.
         */
        ConversationActionNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The body is malformed or a filter is invalid; `error.param` names it. */
        SearchConversationItemsBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description More than 100 ids, a malformed body, or an unsupported `extend` value. */
        BatchGetConversationItemsBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description Unlikely: Allo's batch page says ids that match nothing are left out of the answer. Allo lists
         *     `CALL_NOT_FOUND` and `TEXT_MESSAGE_NOT_FOUND` without saying which operations answer them;
         *     they are shown here in case a batch does.
         */
        BatchGetConversationItemsNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The id is neither a call nor a text id, or `extend` holds an unsupported value. */
        GetConversationItemBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description No call or text with this id that the key's owner can see (`CONVERSATION_ITEM_NOT_FOUND`).
         *     Allo also lists `CALL_NOT_FOUND` and `TEXT_MESSAGE_NOT_FOUND` without saying which operations
         *     answer them: handle all three.
         */
        ConversationItemNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The id is not a call id (texts have no summary), `content` is missing or too long, or the call
         *     has several summaries and `template_key` was not given.
         */
        UpdateCallSummaryBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The call does not exist or its owner cannot see it (`CONVERSATION_ITEM_NOT_FOUND`), or it has
         *     no completed summary for the `template_key` asked (`SUMMARY_TEMPLATE_NOT_FOUND`). Allo also
         *     lists `CALL_NOT_FOUND` without saying which operations answer it.
         */
        UpdateCallSummaryNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The body was refused. `INVALID_GROUP_BY` is in Allo's error catalogue without an operation:
         *     no documented parameter is named `group_by`, and the analytics endpoints are its likeliest
         *     place; its `suggestion` lists the accepted values.
         */
        AnalyticsOverviewBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The body was refused. `INVALID_GROUP_BY` is in Allo's error catalogue without an operation:
         *     no documented parameter is named `group_by`, and the analytics endpoints are its likeliest
         *     place; its `suggestion` lists the accepted values.
         */
        OutboundAnalyticsBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The body was refused (Allo's error guide answers validation errors with 400; its OpenAPI
         *     document says 422 for the CRM, also described). `error.param` or `error.errors` names the field.
         */
        CrmPersonBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description A number of `numbers` already belongs to another person of the team. The error names the
         *     existing people's ids (in `message`, `suggestion` and `errors`): update that person instead,
         *     or resend with `allow_duplicate_number: true`.
         */
        CrmPersonConflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The body was refused, with the 422 status Allo's OpenAPI document gives CRM validation errors
         *     (its error guide says 400, also described). `error.param` or `error.errors` names the field.
         */
        CrmPersonValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The search body was refused (Allo's error guide answers validation errors with 400; its
         *     OpenAPI document says 422 for the CRM, also described).
         */
        CrmSearchBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The search body was refused, with the 422 status Allo's OpenAPI document gives CRM
         *     validation errors (its error guide says 400, also described).
         */
        CrmSearchValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description No such record in the team. Allo documents this 404 but publishes no error code for it: rely
         *     on the status and on `error.type` (`not_found_error`). The example's `code` stands in for the
         *     one Allo does not publish, so that a mock answers a not-found error rather than a made-up one.
         */
        CrmNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The body was refused (Allo's error guide answers validation errors with 400; its OpenAPI
         *     document says 422 for the CRM, also described). `error.param` or `error.errors` names the field.
         */
        CrmBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The body was refused, with the 422 status Allo's OpenAPI document gives CRM validation errors
         *     (its error guide says 400, also described). `error.param` or `error.errors` names the field.
         */
        CrmValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The body is not valid JSON, or a field is missing or outside its constraints (a URL that is not https, an unknown topic). */
        WebhookEndpointBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description No endpoint with this id in the workspace. Allo's error catalogue lists `ENDPOINT_NOT_FOUND`
         *     among its 404 codes without saying which operation answers it; it is the likeliest code here.
         */
        WebhookEndpointNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The body is not valid JSON, or a field is missing or outside its constraints (more than 10 sections, a context over 4,000 characters). */
        SummaryTemplateBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description No template with this id in the team. Allo documents this 404 for reading a template but
         *     publishes no code for it; its update and delete operations answer `SUMMARY_TEMPLATE_NOT_FOUND`
         *     for a missing template, the likely code here too.
         */
        SummaryTemplateLookupNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description No active template with this id in the team (a deleted template counts as missing). */
        SummaryTemplateNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The body is not valid JSON, or `summary_template_id` is neither a string nor null. */
        NumberDefaultSummaryTemplateBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The number is not one of the account's, or the template does not exist (tell them apart by `code`). */
        NumberDefaultSummaryTemplateNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description `size` is not between 1 and 100, or another query parameter breaks its constraint. */
        DialingQueueGetBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description `user_id` or `email` names no one in the key owner's team. Allo answers the same for an unknown
         *     user and for a user of another team, so that users cannot be enumerated.
         */
        DialingQueueAssigneeNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The body is not valid JSON, or a field breaks a constraint. */
        DialingQueueBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description `user_id` or `email` names no one in the key owner's team (`ASSIGNEE_NOT_FOUND`, the same for an
         *     unknown user and a user of another team), or the key's owner itself was not found
         *     (`USER_NOT_FOUND`, shown by Allo on this operation).
         */
        DialingQueueResetNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The body is not valid JSON or breaks a constraint (`INVALID_REQUEST_BODY`), or the queue would
         *     hold more than 1,000 numbers (`DIALING_QUEUE_LIMIT_REACHED`).
         */
        DialingQueueAppendBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description Another append to the same queue ran at the same moment and the positions collided. Nothing
         *     was added; send the request again.
         */
        DialingQueueAppendConflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The filters are wrong: none was given (`DIALING_QUEUE_DELETE_FILTER_REQUIRED`), `unassigned`
         *     was combined with `number` or `position` (`DIALING_QUEUE_DELETE_FILTER_CONFLICT`), or `number`
         *     is not a phone number (`INVALID_PHONE_NUMBER`).
         */
        DialingQueueRemoveBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description Nothing to remove from: the user has no queue (`DIALING_QUEUE_NOT_FOUND`), no entry sits at
         *     `position` (`QUEUE_NUMBER_POSITION_NOT_FOUND`), or `user_id` / `email` names no one in the
         *     team (`ASSIGNEE_NOT_FOUND`).
         */
        DialingQueueRemoveNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The body is not valid JSON, or a field is missing or breaks its constraint. */
        PartnerAccountBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description The seat could not be added to your subscription: the subscription cannot be billed for it
         *     (`PARTNER_SUBSCRIPTION_NOT_BILLABLE`), or the charge failed (`PARTNER_BILLING_FAILED`).
         *     No account was created.
         */
        PartnerBillingError: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description An account already exists for this customer (`PARTNER_ACCOUNT_ALREADY_EXISTS`), or no number
         *     matching `number_preference` is available (`NO_NUMBER_AVAILABLE`).
         */
        PartnerAccountConflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /**
         * @description No account with this id was provisioned with your key (`PARTNER_ACCOUNT_NOT_FOUND`).
         *     `BUSINESS_NOT_FOUND` is also shown: Allo lists it among its 404 codes without saying which
         *     operation answers it, and reading a provisioned account (whose business may be gone) is the
         *     likeliest place.
         */
        PartnerAccountLookupNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description No account with this id was provisioned with your key. */
        PartnerAccountNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBodyV2"];
            };
        };
        /** @description The API key is missing or wrong. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The key lacks the scope this operation needs; `details` names it. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description A limit was hit. Two forms:
         *
         *     - `RATE_LIMITED`, a burst limit: wait for `Retry-After` (seconds, or an HTTP date).
         *     - `API_KEY_QUOTA_EXCEEDED`, the key's daily quota: no header; the wait is `reset_in`
         *       (seconds) in `details[].message`, such as `limit=1000;type=DAILY;reset_in=3600`.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The API failed. Retry idempotent requests; a POST may have been processed. A proxy in front of
         *     the API may answer 502/503/504 with an HTML page instead of this body.
         */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The SMS was refused. Tell the cases apart by `code`. */
        SmsBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The key lacks `SMS_SEND`, or the number may not send application-to-person SMS yet (US 10DLC
         *     registration, done in the Allo dashboard). Allo's error catalogue lists `A2P_NOT_ENABLED`
         *     without naming the endpoint; sending is where it applies.
         */
        SmsForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The sender was not found. The v1 examples answer `FROM_NUMBER_NOT_FOUND` with a 400 (see the 400
         *     answer); Allo's error catalogue lists it, and `SENDER_ID_NOT_FOUND`, as 404. Tell them apart by
         *     `code`, not by status.
         */
        SmsNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description A limit was hit: the key's burst limit (`RATE_LIMITED`, wait `Retry-After`), its daily quota
         *     (`API_KEY_QUOTA_EXCEEDED`, the wait in `details`), or an SMS limit of Allo's error catalogue
         *     (trial accounts, the daily API SMS limit, a number's daily limit; Allo publishes no figures).
         */
        SmsTooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request is malformed (a body or parameter outside its constraints). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The contact does not exist (the API answers 400, not 404), or the request is malformed.
         *     Tell them apart by `code`.
         */
        ContactBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No subscription has this id. */
        WebhookNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description Acknowledge with a 2xx, quickly: within 20 seconds for v2 deliveries (30 for v1). Anything
         *     else, or no answer in time, counts as a failed delivery and is retried.
         */
        WebhookAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Your own id for this request; Allo uses it instead of making one, and returns it in
         *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
         * @example req_a1b2c3d4e5f6
         */
        RequestIdHeader: string;
        /**
         * @description A key unique to this change (a UUID). A retry with the same key returns the stored answer
         *     without doing the work again, so a timeout or a reset can be retried safely. Reusing a key for
         *     another request is `409 IDEMPOTENCY_KEY_REUSE`.
         * @example 5f0c6c1e-8f3a-4c8e-9a57-1d2b3c4d5e6f
         */
        IdempotencyKey: string;
        /**
         * @description Page number, 1-indexed.
         * @example 1
         */
        V2Page: number;
        /**
         * @description Items per page, 1 to 100.
         * @example 20
         */
        V2Size: number;
        /**
         * @description Optional fields to add, comma-separated. Only `transcript` is supported (full call transcripts;
         *     they are left out by default to keep answers light); any other value is `400 UNSUPPORTED_EXTEND_VALUE`.
         * @example [
         *       "transcript"
         *     ]
         */
        ExtendTranscript: "transcript"[];
        /**
         * @description The person's id (`per-...`).
         * @example per-abc123
         */
        CrmPersonId: components["schemas"]["ResourceId"];
        /**
         * @description The company's id (`com-...`).
         * @example com-xyz789
         */
        CrmCompanyId: components["schemas"]["ResourceId"];
        /**
         * @description The deal's id (`dea-...`).
         * @example dea-def456
         */
        CrmDealId: components["schemas"]["ResourceId"];
        /**
         * @description The endpoint's id, as the create and list operations return it (`ep_...`).
         * @example ep_2NfDKEm9sF8xK3pQr1Zt
         */
        WebhookEndpointIdPath: components["schemas"]["ResourceId"];
        /**
         * @description The template's id (`tst-...`).
         * @example tst-abc123
         */
        SummaryTemplateIdPath: components["schemas"]["ResourceId"];
        /**
         * @description A teammate (`usr-...`, from `GET /v2/api/users`) whose queue to act on, in the same team as the
         *     key's owner. Wins over `email`. Without either, the key owner's own queue.
         * @example usr-15BB68317A7F06F0C07A3BBD8F244102A6872220
         */
        DialingQueueUserIdQuery: string;
        /**
         * @description A teammate's email, whose queue to act on; ignored when `user_id` is sent.
         * @example teammate@acme.com
         */
        DialingQueueEmailQuery: string;
        /**
         * @description The account's id, as the create operation returned it (`usr_...`).
         * @example usr_2NfDKEm9sF8xK3pQr1Zt
         */
        PartnerAccountIdPath: components["schemas"]["ResourceId"];
        /**
         * @description Page number, 0-indexed.
         * @example 0
         */
        Page: number;
        /**
         * @description Items per page, 1 to 100.
         * @example 20
         */
        Size: number;
        /**
         * @description The contact's id.
         * @example cnt_abc123
         */
        ContactId: components["schemas"]["ResourceId"];
        /**
         * @description The message's unique id (`msg_...`). Allo tells receivers to deduplicate on it: deliveries are
         *     at least once, so the same message can arrive more than once. It is also the first part of the
         *     signed content (see `webhook-signature`).
         * @example msg_2NfDKEm9sF8xK3pQr1Zt
         */
        WebhookIdHeader: string;
        /**
         * @description When Allo sent the message, in Unix seconds. Refuse a delivery whose timestamp is more than
         *     5 minutes away from your own clock, in either direction: a captured request replayed later then
         *     fails even with a valid signature. It is the second part of the signed content.
         * @example 1710510600
         */
        WebhookTimestampHeader: number;
        /**
         * @description The HMAC-SHA256 signature of the delivery, per the Standard Webhooks scheme. To check it:
         *
         *     1. take the endpoint's `signing_secret` (`whsec_<base64>`, returned when the endpoint is
         *        created or fetched by id), drop the `whsec_` prefix and base64-decode the rest: that is the key;
         *     2. sign `{webhook-id}.{webhook-timestamp}.{raw body}` (the body exactly as received, before any
         *        JSON parsing) with HMAC-SHA256 and that key, and base64-encode the result;
         *     3. the header holds one or more `v1,<base64>` entries separated by spaces (several while a
         *        secret is being rotated): the delivery is authentic when any `v1` entry equals your result,
         *        compared in constant time. Ignore entries with another version prefix.
         *
         *     Deliveries carry no API key; this signature is their only authentication. Allo's page says a
         *     compromised secret can be rotated "via the API", but the published API has no rotation
         *     operation; deleting the endpoint and creating a new one gives a new secret (and loses the
         *     endpoint's delivery history).
         * @example v1,K5oZfzN95Z3M+nrYOgGHfLGC7t8VjLtVpe8kWqJv3Xo=
         */
        WebhookSignatureHeader: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Requests allowed per second for this kind of request (20 reads, 5 writes).
         * @example 20
         */
        RateLimitLimit: number;
        /**
         * @description Requests left in the current one-second window.
         * @example 19
         */
        RateLimitRemaining: number;
        /**
         * @description When the current window resets, as a Unix timestamp in seconds (some public code reads it as
         *     seconds to wait; Allo documents a timestamp).
         * @example 1776767401
         */
        RateLimitReset: number;
        /**
         * @description This request's id, the one you sent in `X-Request-Id` or one Allo made (`req_...`).
         * @example req_a1b2c3d4e5f6
         */
        RequestId: string;
        /**
         * @description Seconds to wait before retrying (or an HTTP date).
         * @example 2
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key, its scopes, endpoints, team and limits. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Me"];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Only members with this role. All roles when omitted.
                 * @example ADMIN
                 */
                role?: "ADMIN" | "MANAGER" | "MEMBER";
                /**
                 * @description Only members in this state; `BLOCKED` lists the members who lost access.
                 * @example ACTIVE
                 */
                status?: "ACTIVE" | "BLOCKED";
            };
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's members. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"][];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["ListUsersNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The member's id (`usr-...`), as `GET /v2/api/users` lists it.
                 * @example usr-abc123
                 */
                id: components["schemas"]["ResourceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["UserNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    listTags: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's tags. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Tag"][];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    addTags: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description A key unique to this change (a UUID). A retry with the same key returns the stored answer
                 *     without doing the work again, so a timeout or a reset can be retried safely. Reusing a key for
                 *     another request is `409 IDEMPOTENCY_KEY_REUSE`.
                 * @example 5f0c6c1e-8f3a-4c8e-9a57-1d2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The call's id (`cll-...`).
                 * @example cll-abc123
                 */
                id: components["schemas"]["CallId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTagsInput"];
            };
        };
        responses: {
            /** @description The tags were added. Allo documents no body. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["AddTagsBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["AddTagsNotFound"];
            409: components["responses"]["AddTagsConflict"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    removeTag: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description A key unique to this change (a UUID). A retry with the same key returns the stored answer
                 *     without doing the work again, so a timeout or a reset can be retried safely. Reusing a key for
                 *     another request is `409 IDEMPOTENCY_KEY_REUSE`.
                 * @example 5f0c6c1e-8f3a-4c8e-9a57-1d2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The call's id (`cll-...`).
                 * @example cll-abc123
                 */
                id: components["schemas"]["CallId"];
                /**
                 * @description The key of the tag to remove (lowercase, slugified), as `GET /v2/api/tags` lists it.
                 * @example qualified
                 */
                tag: components["schemas"]["ResourceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag was removed. Allo documents no body. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["RemoveTagNotFound"];
            409: components["responses"]["V2IdempotencyConflict"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    listPhoneNumbers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's numbers and sender IDs. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TeamPhoneNumber"][];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    listConversations: {
        parameters: {
            query: {
                /**
                 * @description The Allo number whose conversations to list, in E.164 (send `+` as `%2B`).
                 * @example +14155550100
                 */
                allo_number: components["schemas"]["E164Number"];
                /**
                 * @description Only conversations with activity after this moment (ISO 8601). All when omitted.
                 * @example 2026-04-20T10:00:00Z
                 */
                last_activity_since?: string;
                /**
                 * @description `true` for conversations with unread items only, `false` for read ones only; both when
                 *     omitted.
                 * @example true
                 */
                unread?: boolean;
                /**
                 * @description Page number, 1-indexed.
                 * @example 1
                 */
                page?: components["parameters"]["V2Page"];
                /**
                 * @description Items per page, 1 to 100.
                 * @example 20
                 */
                size?: components["parameters"]["V2Size"];
                /**
                 * @description Optional fields to add, comma-separated. Only `transcript` is supported (full call transcripts;
                 *     they are left out by default to keep answers light); any other value is `400 UNSUPPORTED_EXTEND_VALUE`.
                 * @example [
                 *       "transcript"
                 *     ]
                 */
                extend?: components["parameters"]["ExtendTranscript"];
            };
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of conversations. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ConversationSummary"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ListConversationsBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    executeConversationAction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description A key unique to this change (a UUID). A retry with the same key returns the stored answer
                 *     without doing the work again, so a timeout or a reset can be retried safely. Reusing a key for
                 *     another request is `409 IDEMPOTENCY_KEY_REUSE`.
                 * @example 5f0c6c1e-8f3a-4c8e-9a57-1d2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The external number, in E.164; percent-encode the `+` as `%2B`.
                 * @example +14155551234
                 */
                contact_number: components["schemas"]["E164Number"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationActionInput"];
            };
        };
        responses: {
            /** @description The action was applied (or was already in effect). Allo documents no body. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ConversationActionBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["ConversationActionNotFound"];
            409: components["responses"]["V2IdempotencyConflict"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    searchConversationItems: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchConversationItemsInput"];
            };
        };
        responses: {
            /** @description One page of matching calls and texts. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ConversationItem"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["SearchConversationItemsBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    batchGetConversationItems: {
        parameters: {
            query?: {
                /**
                 * @description Optional fields to add, comma-separated. Only `transcript` is supported (full call transcripts;
                 *     they are left out by default to keep answers light); any other value is `400 UNSUPPORTED_EXTEND_VALUE`.
                 * @example [
                 *       "transcript"
                 *     ]
                 */
                extend?: components["parameters"]["ExtendTranscript"];
            };
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchGetConversationItemsInput"];
            };
        };
        responses: {
            /** @description The items found, in no documented order; ids that match nothing are left out. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ConversationItem"][];
                    };
                };
            };
            400: components["responses"]["BatchGetConversationItemsBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["BatchGetConversationItemsNotFound"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    getConversationItem: {
        parameters: {
            query?: {
                /**
                 * @description Optional fields to add, comma-separated. Only `transcript` is supported (full call transcripts;
                 *     they are left out by default to keep answers light); any other value is `400 UNSUPPORTED_EXTEND_VALUE`.
                 * @example [
                 *       "transcript"
                 *     ]
                 */
                extend?: components["parameters"]["ExtendTranscript"];
            };
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The item's id, `cll-...` for a call or `msg-...` for a text.
                 * @example cll-abc123
                 */
                id: components["schemas"]["ItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call or text. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ConversationItem"];
                    };
                };
            };
            400: components["responses"]["GetConversationItemBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["ConversationItemNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    updateCallSummary: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The call's id (`cll-...`); texts have no summary.
                 * @example cll-abc123
                 */
                id: components["schemas"]["CallId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCallSummaryInput"];
            };
        };
        responses: {
            /** @description The summary as stored, with its new version. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CallSummary"];
                    };
                };
            };
            400: components["responses"]["UpdateCallSummaryBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["UpdateCallSummaryNotFound"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    getAnalyticsOverview: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalyticsOverviewInput"];
            };
        };
        responses: {
            /** @description The team's metrics and the per-member breakdown. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AnalyticsOverview"];
                    };
                };
            };
            400: components["responses"]["AnalyticsOverviewBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    getOutboundAnalytics: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutboundAnalyticsInput"];
            };
        };
        responses: {
            /** @description The outbound funnel, its series, heatmap, leaderboard and time spent. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OutboundAnalytics"];
                    };
                };
            };
            400: components["responses"]["OutboundAnalyticsBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCrmPersonInput"];
            };
        };
        responses: {
            /** @description The new person. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CrmPerson"];
                    };
                };
            };
            400: components["responses"]["CrmPersonBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            409: components["responses"]["CrmPersonConflict"];
            415: components["responses"]["V2UnsupportedMediaType"];
            422: components["responses"]["CrmPersonValidationFailed"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    searchPeople: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchCrmPeopleInput"];
            };
        };
        responses: {
            /** @description One page of people. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CrmPerson"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["CrmSearchBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            415: components["responses"]["V2UnsupportedMediaType"];
            422: components["responses"]["CrmSearchValidationFailed"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The person's id (`per-...`).
                 * @example per-abc123
                 */
                id: components["parameters"]["CrmPersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CrmPerson"];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["CrmNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The person's id (`per-...`).
                 * @example per-abc123
                 */
                id: components["parameters"]["CrmPersonId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCrmPersonInput"];
            };
        };
        responses: {
            /** @description The person as updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CrmPerson"];
                    };
                };
            };
            400: components["responses"]["CrmPersonBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["CrmNotFound"];
            415: components["responses"]["V2UnsupportedMediaType"];
            422: components["responses"]["CrmPersonValidationFailed"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    createCompany: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCrmCompanyInput"];
            };
        };
        responses: {
            /** @description The new company. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CrmCompany"];
                    };
                };
            };
            400: components["responses"]["CrmBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            415: components["responses"]["V2UnsupportedMediaType"];
            422: components["responses"]["CrmValidationFailed"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    searchCompanies: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchCrmCompaniesInput"];
            };
        };
        responses: {
            /** @description One page of companies. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CrmCompany"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["CrmSearchBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            415: components["responses"]["V2UnsupportedMediaType"];
            422: components["responses"]["CrmSearchValidationFailed"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The company's id (`com-...`).
                 * @example com-xyz789
                 */
                id: components["parameters"]["CrmCompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The company. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CrmCompany"];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["CrmNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The company's id (`com-...`).
                 * @example com-xyz789
                 */
                id: components["parameters"]["CrmCompanyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCrmCompanyInput"];
            };
        };
        responses: {
            /** @description The company as updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CrmCompany"];
                    };
                };
            };
            400: components["responses"]["CrmBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["CrmNotFound"];
            415: components["responses"]["V2UnsupportedMediaType"];
            422: components["responses"]["CrmValidationFailed"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    createDeal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCrmDealInput"];
            };
        };
        responses: {
            /** @description The new deal. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CrmDeal"];
                    };
                };
            };
            400: components["responses"]["CrmBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            415: components["responses"]["V2UnsupportedMediaType"];
            422: components["responses"]["CrmValidationFailed"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    searchDeals: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchCrmDealsInput"];
            };
        };
        responses: {
            /** @description One page of deals. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CrmDeal"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["CrmSearchBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            415: components["responses"]["V2UnsupportedMediaType"];
            422: components["responses"]["CrmSearchValidationFailed"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    getDeal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The deal's id (`dea-...`).
                 * @example dea-def456
                 */
                id: components["parameters"]["CrmDealId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deal. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CrmDeal"];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["CrmNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    deleteDeal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The deal's id (`dea-...`).
                 * @example dea-def456
                 */
                id: components["parameters"]["CrmDealId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["CrmNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    updateDeal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The deal's id (`dea-...`).
                 * @example dea-def456
                 */
                id: components["parameters"]["CrmDealId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCrmDealInput"];
            };
        };
        responses: {
            /** @description The deal as updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CrmDeal"];
                    };
                };
            };
            400: components["responses"]["CrmBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["CrmNotFound"];
            415: components["responses"]["V2UnsupportedMediaType"];
            422: components["responses"]["CrmValidationFailed"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace's webhook endpoints, without their signing secrets. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"][];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointInput"];
            };
        };
        responses: {
            /** @description The new endpoint, with its `signing_secret`. Store the secret at once. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
            400: components["responses"]["WebhookEndpointBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    listWebhookEventTypes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscribable topics. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEventTypeInfo"][];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The endpoint's id, as the create and list operations return it (`ep_...`).
                 * @example ep_2NfDKEm9sF8xK3pQr1Zt
                 */
                webhook_id: components["parameters"]["WebhookEndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint, with its signing secret. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["WebhookEndpointNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The endpoint's id, as the create and list operations return it (`ep_...`).
                 * @example ep_2NfDKEm9sF8xK3pQr1Zt
                 */
                webhook_id: components["parameters"]["WebhookEndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointInput"];
            };
        };
        responses: {
            /** @description The endpoint as it now is (without its signing secret). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
            400: components["responses"]["WebhookEndpointBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["WebhookEndpointNotFound"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The endpoint's id, as the create and list operations return it (`ep_...`).
                 * @example ep_2NfDKEm9sF8xK3pQr1Zt
                 */
                webhook_id: components["parameters"]["WebhookEndpointIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its delivery history. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["WebhookEndpointNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    listSummaryTemplates: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's templates. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SummaryTemplate"][];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    createSummaryTemplate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description A key unique to this change (a UUID). A retry with the same key returns the stored answer
                 *     without doing the work again, so a timeout or a reset can be retried safely. Reusing a key for
                 *     another request is `409 IDEMPOTENCY_KEY_REUSE`.
                 * @example 5f0c6c1e-8f3a-4c8e-9a57-1d2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummaryTemplateInput"];
            };
        };
        responses: {
            /** @description The new template. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SummaryTemplate"];
                    };
                };
            };
            400: components["responses"]["SummaryTemplateBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            409: components["responses"]["V2IdempotencyConflict"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    getSummaryTemplate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The template's id (`tst-...`).
                 * @example tst-abc123
                 */
                id: components["parameters"]["SummaryTemplateIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SummaryTemplate"];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["SummaryTemplateLookupNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    updateSummaryTemplate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The template's id (`tst-...`).
                 * @example tst-abc123
                 */
                id: components["parameters"]["SummaryTemplateIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummaryTemplateInput"];
            };
        };
        responses: {
            /** @description The template as it now is. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SummaryTemplate"];
                    };
                };
            };
            400: components["responses"]["SummaryTemplateBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["SummaryTemplateNotFound"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    deleteSummaryTemplate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The template's id (`tst-...`).
                 * @example tst-abc123
                 */
                id: components["parameters"]["SummaryTemplateIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["SummaryTemplateNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    setNumberDefaultSummaryTemplate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description One of your Allo numbers, in E.164 (percent-encode the `+` as `%2B` if your HTTP tool needs it).
                 * @example +14155551234
                 */
                number: components["schemas"]["E164Number"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetNumberDefaultSummaryTemplateInput"];
            };
        };
        responses: {
            /** @description The number and its default template. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["NumberDefaultSummaryTemplate"];
                    };
                };
            };
            400: components["responses"]["NumberDefaultSummaryTemplateBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["NumberDefaultSummaryTemplateNotFound"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    getDialingQueue: {
        parameters: {
            query?: {
                /**
                 * @description A teammate (`usr-...`, from `GET /v2/api/users`) whose queue to act on, in the same team as the
                 *     key's owner. Wins over `email`. Without either, the key owner's own queue.
                 * @example usr-15BB68317A7F06F0C07A3BBD8F244102A6872220
                 */
                user_id?: components["parameters"]["DialingQueueUserIdQuery"];
                /**
                 * @description A teammate's email, whose queue to act on; ignored when `user_id` is sent.
                 * @example teammate@acme.com
                 */
                email?: components["parameters"]["DialingQueueEmailQuery"];
                /**
                 * @description Page number, 1-indexed.
                 * @example 1
                 */
                page?: components["parameters"]["V2Page"];
                /**
                 * @description Items per page, 1 to 100.
                 * @example 20
                 */
                size?: components["parameters"]["V2Size"];
            };
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the queue's entries, the pagination and the queue (absent when there is no queue). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The entries of this page, by position. */
                        data: components["schemas"]["DialingQueueNumber"][];
                        pagination: components["schemas"]["Pagination"];
                        queue?: components["schemas"]["DialingQueueMeta"];
                    };
                };
            };
            400: components["responses"]["DialingQueueGetBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["DialingQueueAssigneeNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    resetDialingQueue: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResetDialingQueueInput"];
            };
        };
        responses: {
            /** @description The new, empty queue. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DialingQueue"];
                    };
                };
            };
            400: components["responses"]["DialingQueueBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["DialingQueueResetNotFound"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    updateDialingQueue: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDialingQueueInput"];
            };
        };
        responses: {
            /** @description The queue as it now is. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DialingQueue"];
                    };
                };
            };
            400: components["responses"]["DialingQueueBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["DialingQueueAssigneeNotFound"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    appendDialingQueueNumbers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppendDialingQueueNumbersInput"];
            };
        };
        responses: {
            /** @description The entries added, and the numbers skipped. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AppendDialingQueueNumbersResult"];
                    };
                };
            };
            400: components["responses"]["DialingQueueAppendBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["DialingQueueAssigneeNotFound"];
            409: components["responses"]["DialingQueueAppendConflict"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    removeDialingQueueNumbers: {
        parameters: {
            query?: {
                /**
                 * @description Remove the entries with this number, in any format (normalized to E.164). With
                 *     `position`, only the entry at that position. Not with `unassigned`.
                 * @example +12125550010
                 */
                number?: string;
                /**
                 * @description Remove the entry at this position, from 0. Not with `unassigned`.
                 * @example 3
                 */
                position?: number;
                /**
                 * @description `true` removes every entry not called yet. Alone only: not with `number` or `position`.
                 * @example true
                 */
                unassigned?: boolean;
                /**
                 * @description A teammate (`usr-...`, from `GET /v2/api/users`) whose queue to act on, in the same team as the
                 *     key's owner. Wins over `email`. Without either, the key owner's own queue.
                 * @example usr-15BB68317A7F06F0C07A3BBD8F244102A6872220
                 */
                user_id?: components["parameters"]["DialingQueueUserIdQuery"];
                /**
                 * @description A teammate's email, whose queue to act on; ignored when `user_id` is sent.
                 * @example teammate@acme.com
                 */
                email?: components["parameters"]["DialingQueueEmailQuery"];
            };
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many entries were removed. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RemoveDialingQueueNumbersResult"];
                    };
                };
            };
            400: components["responses"]["DialingQueueRemoveBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["DialingQueueRemoveNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    createPartnerAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartnerAccountInput"];
            };
        };
        responses: {
            /** @description The new account, with its API key (shown only here). */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PartnerAccount"];
                    };
                };
            };
            400: components["responses"]["PartnerAccountBadRequest"];
            401: components["responses"]["V2Unauthorized"];
            402: components["responses"]["PartnerBillingError"];
            403: components["responses"]["V2Forbidden"];
            409: components["responses"]["PartnerAccountConflict"];
            415: components["responses"]["V2UnsupportedMediaType"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    getPartnerAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The account's id, as the create operation returned it (`usr_...`).
                 * @example usr_2NfDKEm9sF8xK3pQr1Zt
                 */
                id: components["parameters"]["PartnerAccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account, without its API key. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PartnerAccount"];
                    };
                };
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["PartnerAccountLookupNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    deletePartnerAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for this request; Allo uses it instead of making one, and returns it in
                 *     `X-Request-Id` and in every error's `request_id`. Send the same id on every retry.
                 * @example req_a1b2c3d4e5f6
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /**
                 * @description The account's id, as the create operation returned it (`usr_...`).
                 * @example usr_2NfDKEm9sF8xK3pQr1Zt
                 */
                id: components["parameters"]["PartnerAccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated; the account expires at the end of the paid period. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["PartnerAccountNotFound"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
        };
    };
    listNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PhoneNumber"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    sendSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendSmsInput"] | components["schemas"]["SendSmsFranceInput"];
            };
        };
        responses: {
            /** @description The SMS as sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SentSms"];
                    };
                };
            };
            400: components["responses"]["SmsBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SmsForbidden"];
            404: components["responses"]["SmsNotFound"];
            429: components["responses"]["SmsTooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    searchCalls: {
        parameters: {
            query: {
                /**
                 * @description Your Allo number whose calls to list, in E.164.
                 * @example +13055550180
                 */
                allo_number: components["schemas"]["E164Number"];
                /**
                 * @description Only calls with this contact number, in E.164.
                 * @example +13055550142
                 */
                contact_number?: components["schemas"]["E164Number"];
                /**
                 * @description Page number, 0-indexed.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, 1 to 100.
                 * @example 20
                 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of calls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CallSearchResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    searchContacts: {
        parameters: {
            query?: {
                /**
                 * @description Page number, 0-indexed.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, 1 to 100.
                 * @example 20
                 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ContactSearchResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactInput"];
            };
        };
        responses: {
            /** @description The created contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's id.
                 * @example cnt_abc123
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactInput"];
            };
        };
        responses: {
            /** @description The updated contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEnvelope"];
                };
            };
            400: components["responses"]["ContactBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getContact: {
        parameters: {
            query?: {
                /**
                 * @description Extra data to include, comma-separated (`engagement`, `activity`).
                 * @example [
                 *       "engagement",
                 *       "activity"
                 *     ]
                 */
                extend?: ("engagement" | "activity")[];
            };
            header?: never;
            path: {
                /**
                 * @description The contact's id.
                 * @example cnt_abc123
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEnvelope"];
                };
            };
            400: components["responses"]["ContactBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getContactConversation: {
        parameters: {
            query?: {
                /**
                 * @description Only the conversation held from this Allo number, in E.164.
                 * @example +13055550180
                 */
                allo_number?: components["schemas"]["E164Number"];
                /**
                 * @description Page number, 0-indexed.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, 1 to 100.
                 * @example 20
                 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path: {
                /**
                 * @description The contact's id.
                 * @example cnt_abc123
                 */
                contact_id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ConversationResult"];
                    };
                };
            };
            400: components["responses"]["ContactBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Webhook"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookInput"];
            };
        };
        responses: {
            /** @description The created subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreatedWebhook"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The subscription's id.
                 * @example wh_abc123
                 */
                webhook_id: components["schemas"]["ResourceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: null | Record<string, never> | boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["WebhookNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    callReceived: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message's unique id (`msg_...`). Allo tells receivers to deduplicate on it: deliveries are
                 *     at least once, so the same message can arrive more than once. It is also the first part of the
                 *     signed content (see `webhook-signature`).
                 * @example msg_2NfDKEm9sF8xK3pQr1Zt
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When Allo sent the message, in Unix seconds. Refuse a delivery whose timestamp is more than
                 *     5 minutes away from your own clock, in either direction: a captured request replayed later then
                 *     fails even with a valid signature. It is the second part of the signed content.
                 * @example 1710510600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description The HMAC-SHA256 signature of the delivery, per the Standard Webhooks scheme. To check it:
                 *
                 *     1. take the endpoint's `signing_secret` (`whsec_<base64>`, returned when the endpoint is
                 *        created or fetched by id), drop the `whsec_` prefix and base64-decode the rest: that is the key;
                 *     2. sign `{webhook-id}.{webhook-timestamp}.{raw body}` (the body exactly as received, before any
                 *        JSON parsing) with HMAC-SHA256 and that key, and base64-encode the result;
                 *     3. the header holds one or more `v1,<base64>` entries separated by spaces (several while a
                 *        secret is being rotated): the delivery is authentic when any `v1` entry equals your result,
                 *        compared in constant time. Ignore entries with another version prefix.
                 *
                 *     Deliveries carry no API key; this signature is their only authentication. Allo's page says a
                 *     compromised secret can be rotated "via the API", but the published API has no rotation
                 *     operation; deleting the endpoint and creating a new one gives a new secret (and loses the
                 *     endpoint's delivery history).
                 * @example v1,K5oZfzN95Z3M+nrYOgGHfLGC7t8VjLtVpe8kWqJv3Xo=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "call.received";
                    version: components["schemas"]["WebhookEnvelopeVersion"];
                    timestamp: components["schemas"]["WebhookEnvelopeTimestamp"];
                    data: components["schemas"]["CallReceivedEventData"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    callTriggered: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message's unique id (`msg_...`). Allo tells receivers to deduplicate on it: deliveries are
                 *     at least once, so the same message can arrive more than once. It is also the first part of the
                 *     signed content (see `webhook-signature`).
                 * @example msg_2NfDKEm9sF8xK3pQr1Zt
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When Allo sent the message, in Unix seconds. Refuse a delivery whose timestamp is more than
                 *     5 minutes away from your own clock, in either direction: a captured request replayed later then
                 *     fails even with a valid signature. It is the second part of the signed content.
                 * @example 1710510600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description The HMAC-SHA256 signature of the delivery, per the Standard Webhooks scheme. To check it:
                 *
                 *     1. take the endpoint's `signing_secret` (`whsec_<base64>`, returned when the endpoint is
                 *        created or fetched by id), drop the `whsec_` prefix and base64-decode the rest: that is the key;
                 *     2. sign `{webhook-id}.{webhook-timestamp}.{raw body}` (the body exactly as received, before any
                 *        JSON parsing) with HMAC-SHA256 and that key, and base64-encode the result;
                 *     3. the header holds one or more `v1,<base64>` entries separated by spaces (several while a
                 *        secret is being rotated): the delivery is authentic when any `v1` entry equals your result,
                 *        compared in constant time. Ignore entries with another version prefix.
                 *
                 *     Deliveries carry no API key; this signature is their only authentication. Allo's page says a
                 *     compromised secret can be rotated "via the API", but the published API has no rotation
                 *     operation; deleting the endpoint and creating a new one gives a new secret (and loses the
                 *     endpoint's delivery history).
                 * @example v1,K5oZfzN95Z3M+nrYOgGHfLGC7t8VjLtVpe8kWqJv3Xo=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "call.triggered";
                    version: components["schemas"]["WebhookEnvelopeVersion"];
                    timestamp: components["schemas"]["WebhookEnvelopeTimestamp"];
                    data: components["schemas"]["CallTriggeredEventData"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    callAnswered: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message's unique id (`msg_...`). Allo tells receivers to deduplicate on it: deliveries are
                 *     at least once, so the same message can arrive more than once. It is also the first part of the
                 *     signed content (see `webhook-signature`).
                 * @example msg_2NfDKEm9sF8xK3pQr1Zt
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When Allo sent the message, in Unix seconds. Refuse a delivery whose timestamp is more than
                 *     5 minutes away from your own clock, in either direction: a captured request replayed later then
                 *     fails even with a valid signature. It is the second part of the signed content.
                 * @example 1710510600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description The HMAC-SHA256 signature of the delivery, per the Standard Webhooks scheme. To check it:
                 *
                 *     1. take the endpoint's `signing_secret` (`whsec_<base64>`, returned when the endpoint is
                 *        created or fetched by id), drop the `whsec_` prefix and base64-decode the rest: that is the key;
                 *     2. sign `{webhook-id}.{webhook-timestamp}.{raw body}` (the body exactly as received, before any
                 *        JSON parsing) with HMAC-SHA256 and that key, and base64-encode the result;
                 *     3. the header holds one or more `v1,<base64>` entries separated by spaces (several while a
                 *        secret is being rotated): the delivery is authentic when any `v1` entry equals your result,
                 *        compared in constant time. Ignore entries with another version prefix.
                 *
                 *     Deliveries carry no API key; this signature is their only authentication. Allo's page says a
                 *     compromised secret can be rotated "via the API", but the published API has no rotation
                 *     operation; deleting the endpoint and creating a new one gives a new secret (and loses the
                 *     endpoint's delivery history).
                 * @example v1,K5oZfzN95Z3M+nrYOgGHfLGC7t8VjLtVpe8kWqJv3Xo=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "call.answered";
                    version: components["schemas"]["WebhookEnvelopeVersion"];
                    timestamp: components["schemas"]["WebhookEnvelopeTimestamp"];
                    data: components["schemas"]["CallAnsweredEventData"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    callCompleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message's unique id (`msg_...`). Allo tells receivers to deduplicate on it: deliveries are
                 *     at least once, so the same message can arrive more than once. It is also the first part of the
                 *     signed content (see `webhook-signature`).
                 * @example msg_2NfDKEm9sF8xK3pQr1Zt
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When Allo sent the message, in Unix seconds. Refuse a delivery whose timestamp is more than
                 *     5 minutes away from your own clock, in either direction: a captured request replayed later then
                 *     fails even with a valid signature. It is the second part of the signed content.
                 * @example 1710510600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description The HMAC-SHA256 signature of the delivery, per the Standard Webhooks scheme. To check it:
                 *
                 *     1. take the endpoint's `signing_secret` (`whsec_<base64>`, returned when the endpoint is
                 *        created or fetched by id), drop the `whsec_` prefix and base64-decode the rest: that is the key;
                 *     2. sign `{webhook-id}.{webhook-timestamp}.{raw body}` (the body exactly as received, before any
                 *        JSON parsing) with HMAC-SHA256 and that key, and base64-encode the result;
                 *     3. the header holds one or more `v1,<base64>` entries separated by spaces (several while a
                 *        secret is being rotated): the delivery is authentic when any `v1` entry equals your result,
                 *        compared in constant time. Ignore entries with another version prefix.
                 *
                 *     Deliveries carry no API key; this signature is their only authentication. Allo's page says a
                 *     compromised secret can be rotated "via the API", but the published API has no rotation
                 *     operation; deleting the endpoint and creating a new one gives a new secret (and loses the
                 *     endpoint's delivery history).
                 * @example v1,K5oZfzN95Z3M+nrYOgGHfLGC7t8VjLtVpe8kWqJv3Xo=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "call.completed";
                    version: components["schemas"]["WebhookEnvelopeVersion"];
                    timestamp: components["schemas"]["WebhookEnvelopeTimestamp"];
                    data: components["schemas"]["CallCompletedEventData"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    tagAdded: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message's unique id (`msg_...`). Allo tells receivers to deduplicate on it: deliveries are
                 *     at least once, so the same message can arrive more than once. It is also the first part of the
                 *     signed content (see `webhook-signature`).
                 * @example msg_2NfDKEm9sF8xK3pQr1Zt
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When Allo sent the message, in Unix seconds. Refuse a delivery whose timestamp is more than
                 *     5 minutes away from your own clock, in either direction: a captured request replayed later then
                 *     fails even with a valid signature. It is the second part of the signed content.
                 * @example 1710510600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description The HMAC-SHA256 signature of the delivery, per the Standard Webhooks scheme. To check it:
                 *
                 *     1. take the endpoint's `signing_secret` (`whsec_<base64>`, returned when the endpoint is
                 *        created or fetched by id), drop the `whsec_` prefix and base64-decode the rest: that is the key;
                 *     2. sign `{webhook-id}.{webhook-timestamp}.{raw body}` (the body exactly as received, before any
                 *        JSON parsing) with HMAC-SHA256 and that key, and base64-encode the result;
                 *     3. the header holds one or more `v1,<base64>` entries separated by spaces (several while a
                 *        secret is being rotated): the delivery is authentic when any `v1` entry equals your result,
                 *        compared in constant time. Ignore entries with another version prefix.
                 *
                 *     Deliveries carry no API key; this signature is their only authentication. Allo's page says a
                 *     compromised secret can be rotated "via the API", but the published API has no rotation
                 *     operation; deleting the endpoint and creating a new one gives a new secret (and loses the
                 *     endpoint's delivery history).
                 * @example v1,K5oZfzN95Z3M+nrYOgGHfLGC7t8VjLtVpe8kWqJv3Xo=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "tag.added";
                    version: components["schemas"]["WebhookEnvelopeVersion"];
                    timestamp: components["schemas"]["WebhookEnvelopeTimestamp"];
                    data: components["schemas"]["CallTagEventData"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    tagRemoved: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message's unique id (`msg_...`). Allo tells receivers to deduplicate on it: deliveries are
                 *     at least once, so the same message can arrive more than once. It is also the first part of the
                 *     signed content (see `webhook-signature`).
                 * @example msg_2NfDKEm9sF8xK3pQr1Zt
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When Allo sent the message, in Unix seconds. Refuse a delivery whose timestamp is more than
                 *     5 minutes away from your own clock, in either direction: a captured request replayed later then
                 *     fails even with a valid signature. It is the second part of the signed content.
                 * @example 1710510600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description The HMAC-SHA256 signature of the delivery, per the Standard Webhooks scheme. To check it:
                 *
                 *     1. take the endpoint's `signing_secret` (`whsec_<base64>`, returned when the endpoint is
                 *        created or fetched by id), drop the `whsec_` prefix and base64-decode the rest: that is the key;
                 *     2. sign `{webhook-id}.{webhook-timestamp}.{raw body}` (the body exactly as received, before any
                 *        JSON parsing) with HMAC-SHA256 and that key, and base64-encode the result;
                 *     3. the header holds one or more `v1,<base64>` entries separated by spaces (several while a
                 *        secret is being rotated): the delivery is authentic when any `v1` entry equals your result,
                 *        compared in constant time. Ignore entries with another version prefix.
                 *
                 *     Deliveries carry no API key; this signature is their only authentication. Allo's page says a
                 *     compromised secret can be rotated "via the API", but the published API has no rotation
                 *     operation; deleting the endpoint and creating a new one gives a new secret (and loses the
                 *     endpoint's delivery history).
                 * @example v1,K5oZfzN95Z3M+nrYOgGHfLGC7t8VjLtVpe8kWqJv3Xo=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "tag.removed";
                    version: components["schemas"]["WebhookEnvelopeVersion"];
                    timestamp: components["schemas"]["WebhookEnvelopeTimestamp"];
                    data: components["schemas"]["CallTagEventData"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    smsReceived: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message's unique id (`msg_...`). Allo tells receivers to deduplicate on it: deliveries are
                 *     at least once, so the same message can arrive more than once. It is also the first part of the
                 *     signed content (see `webhook-signature`).
                 * @example msg_2NfDKEm9sF8xK3pQr1Zt
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When Allo sent the message, in Unix seconds. Refuse a delivery whose timestamp is more than
                 *     5 minutes away from your own clock, in either direction: a captured request replayed later then
                 *     fails even with a valid signature. It is the second part of the signed content.
                 * @example 1710510600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description The HMAC-SHA256 signature of the delivery, per the Standard Webhooks scheme. To check it:
                 *
                 *     1. take the endpoint's `signing_secret` (`whsec_<base64>`, returned when the endpoint is
                 *        created or fetched by id), drop the `whsec_` prefix and base64-decode the rest: that is the key;
                 *     2. sign `{webhook-id}.{webhook-timestamp}.{raw body}` (the body exactly as received, before any
                 *        JSON parsing) with HMAC-SHA256 and that key, and base64-encode the result;
                 *     3. the header holds one or more `v1,<base64>` entries separated by spaces (several while a
                 *        secret is being rotated): the delivery is authentic when any `v1` entry equals your result,
                 *        compared in constant time. Ignore entries with another version prefix.
                 *
                 *     Deliveries carry no API key; this signature is their only authentication. Allo's page says a
                 *     compromised secret can be rotated "via the API", but the published API has no rotation
                 *     operation; deleting the endpoint and creating a new one gives a new secret (and loses the
                 *     endpoint's delivery history).
                 * @example v1,K5oZfzN95Z3M+nrYOgGHfLGC7t8VjLtVpe8kWqJv3Xo=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "sms.received";
                    version: components["schemas"]["WebhookEnvelopeVersion"];
                    timestamp: components["schemas"]["WebhookEnvelopeTimestamp"];
                    data: components["schemas"]["SmsEventData"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    smsSent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message's unique id (`msg_...`). Allo tells receivers to deduplicate on it: deliveries are
                 *     at least once, so the same message can arrive more than once. It is also the first part of the
                 *     signed content (see `webhook-signature`).
                 * @example msg_2NfDKEm9sF8xK3pQr1Zt
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When Allo sent the message, in Unix seconds. Refuse a delivery whose timestamp is more than
                 *     5 minutes away from your own clock, in either direction: a captured request replayed later then
                 *     fails even with a valid signature. It is the second part of the signed content.
                 * @example 1710510600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description The HMAC-SHA256 signature of the delivery, per the Standard Webhooks scheme. To check it:
                 *
                 *     1. take the endpoint's `signing_secret` (`whsec_<base64>`, returned when the endpoint is
                 *        created or fetched by id), drop the `whsec_` prefix and base64-decode the rest: that is the key;
                 *     2. sign `{webhook-id}.{webhook-timestamp}.{raw body}` (the body exactly as received, before any
                 *        JSON parsing) with HMAC-SHA256 and that key, and base64-encode the result;
                 *     3. the header holds one or more `v1,<base64>` entries separated by spaces (several while a
                 *        secret is being rotated): the delivery is authentic when any `v1` entry equals your result,
                 *        compared in constant time. Ignore entries with another version prefix.
                 *
                 *     Deliveries carry no API key; this signature is their only authentication. Allo's page says a
                 *     compromised secret can be rotated "via the API", but the published API has no rotation
                 *     operation; deleting the endpoint and creating a new one gives a new secret (and loses the
                 *     endpoint's delivery history).
                 * @example v1,K5oZfzN95Z3M+nrYOgGHfLGC7t8VjLtVpe8kWqJv3Xo=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "sms.sent";
                    version: components["schemas"]["WebhookEnvelopeVersion"];
                    timestamp: components["schemas"]["WebhookEnvelopeTimestamp"];
                    data: components["schemas"]["SmsEventData"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    contactCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message's unique id (`msg_...`). Allo tells receivers to deduplicate on it: deliveries are
                 *     at least once, so the same message can arrive more than once. It is also the first part of the
                 *     signed content (see `webhook-signature`).
                 * @example msg_2NfDKEm9sF8xK3pQr1Zt
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When Allo sent the message, in Unix seconds. Refuse a delivery whose timestamp is more than
                 *     5 minutes away from your own clock, in either direction: a captured request replayed later then
                 *     fails even with a valid signature. It is the second part of the signed content.
                 * @example 1710510600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description The HMAC-SHA256 signature of the delivery, per the Standard Webhooks scheme. To check it:
                 *
                 *     1. take the endpoint's `signing_secret` (`whsec_<base64>`, returned when the endpoint is
                 *        created or fetched by id), drop the `whsec_` prefix and base64-decode the rest: that is the key;
                 *     2. sign `{webhook-id}.{webhook-timestamp}.{raw body}` (the body exactly as received, before any
                 *        JSON parsing) with HMAC-SHA256 and that key, and base64-encode the result;
                 *     3. the header holds one or more `v1,<base64>` entries separated by spaces (several while a
                 *        secret is being rotated): the delivery is authentic when any `v1` entry equals your result,
                 *        compared in constant time. Ignore entries with another version prefix.
                 *
                 *     Deliveries carry no API key; this signature is their only authentication. Allo's page says a
                 *     compromised secret can be rotated "via the API", but the published API has no rotation
                 *     operation; deleting the endpoint and creating a new one gives a new secret (and loses the
                 *     endpoint's delivery history).
                 * @example v1,K5oZfzN95Z3M+nrYOgGHfLGC7t8VjLtVpe8kWqJv3Xo=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "contact.created";
                    version: components["schemas"]["WebhookEnvelopeVersion"];
                    timestamp: components["schemas"]["WebhookEnvelopeTimestamp"];
                    data: components["schemas"]["ContactEventData"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    contactUpdated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message's unique id (`msg_...`). Allo tells receivers to deduplicate on it: deliveries are
                 *     at least once, so the same message can arrive more than once. It is also the first part of the
                 *     signed content (see `webhook-signature`).
                 * @example msg_2NfDKEm9sF8xK3pQr1Zt
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When Allo sent the message, in Unix seconds. Refuse a delivery whose timestamp is more than
                 *     5 minutes away from your own clock, in either direction: a captured request replayed later then
                 *     fails even with a valid signature. It is the second part of the signed content.
                 * @example 1710510600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description The HMAC-SHA256 signature of the delivery, per the Standard Webhooks scheme. To check it:
                 *
                 *     1. take the endpoint's `signing_secret` (`whsec_<base64>`, returned when the endpoint is
                 *        created or fetched by id), drop the `whsec_` prefix and base64-decode the rest: that is the key;
                 *     2. sign `{webhook-id}.{webhook-timestamp}.{raw body}` (the body exactly as received, before any
                 *        JSON parsing) with HMAC-SHA256 and that key, and base64-encode the result;
                 *     3. the header holds one or more `v1,<base64>` entries separated by spaces (several while a
                 *        secret is being rotated): the delivery is authentic when any `v1` entry equals your result,
                 *        compared in constant time. Ignore entries with another version prefix.
                 *
                 *     Deliveries carry no API key; this signature is their only authentication. Allo's page says a
                 *     compromised secret can be rotated "via the API", but the published API has no rotation
                 *     operation; deleting the endpoint and creating a new one gives a new secret (and loses the
                 *     endpoint's delivery history).
                 * @example v1,K5oZfzN95Z3M+nrYOgGHfLGC7t8VjLtVpe8kWqJv3Xo=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "contact.updated";
                    version: components["schemas"]["WebhookEnvelopeVersion"];
                    timestamp: components["schemas"]["WebhookEnvelopeTimestamp"];
                    data: components["schemas"]["ContactEventData"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    summaryUpdated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message's unique id (`msg_...`). Allo tells receivers to deduplicate on it: deliveries are
                 *     at least once, so the same message can arrive more than once. It is also the first part of the
                 *     signed content (see `webhook-signature`).
                 * @example msg_2NfDKEm9sF8xK3pQr1Zt
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When Allo sent the message, in Unix seconds. Refuse a delivery whose timestamp is more than
                 *     5 minutes away from your own clock, in either direction: a captured request replayed later then
                 *     fails even with a valid signature. It is the second part of the signed content.
                 * @example 1710510600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description The HMAC-SHA256 signature of the delivery, per the Standard Webhooks scheme. To check it:
                 *
                 *     1. take the endpoint's `signing_secret` (`whsec_<base64>`, returned when the endpoint is
                 *        created or fetched by id), drop the `whsec_` prefix and base64-decode the rest: that is the key;
                 *     2. sign `{webhook-id}.{webhook-timestamp}.{raw body}` (the body exactly as received, before any
                 *        JSON parsing) with HMAC-SHA256 and that key, and base64-encode the result;
                 *     3. the header holds one or more `v1,<base64>` entries separated by spaces (several while a
                 *        secret is being rotated): the delivery is authentic when any `v1` entry equals your result,
                 *        compared in constant time. Ignore entries with another version prefix.
                 *
                 *     Deliveries carry no API key; this signature is their only authentication. Allo's page says a
                 *     compromised secret can be rotated "via the API", but the published API has no rotation
                 *     operation; deleting the endpoint and creating a new one gives a new secret (and loses the
                 *     endpoint's delivery history).
                 * @example v1,K5oZfzN95Z3M+nrYOgGHfLGC7t8VjLtVpe8kWqJv3Xo=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "summary.updated";
                    version: components["schemas"]["WebhookEnvelopeVersion"];
                    timestamp: components["schemas"]["WebhookEnvelopeTimestamp"];
                    data: components["schemas"]["SummaryUpdatedEventData"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    onCallReceived: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "CALL_RECEIVED";
                    data: components["schemas"]["CallReceivedPayload"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    onSmsReceived: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "SMS_RECEIVED";
                    data: components["schemas"]["SmsPayload"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    onSmsSent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "SMS_SENT";
                    data: components["schemas"]["SmsPayload"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    onContactCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "CONTACT_CREATED";
                    data: components["schemas"]["ContactPayload"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    onContactUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "CONTACT_UPDATED";
                    data: components["schemas"]["ContactPayload"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
    onPing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    topic: "PING";
                    data?: components["schemas"]["PingPayload"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
        };
    };
}
