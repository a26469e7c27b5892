/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

export interface paths {
    "/numbers": {
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
    "/sms": {
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
    "/calls": {
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
         *     The live API answers with *flat* pagination metadata (`metadata.total_pages`,
         *     `metadata.current_page`), unlike `GET /contacts`; this description follows the wire.
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
    "/contacts": {
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
    "/contacts/{contact_id}": {
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
    "/contact/{contact_id}": {
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
    "/contact/{contact_id}/conversation": {
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
    "/webhooks": {
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
         *     The response names the number `alloNumber` (camelCase), unlike every other response; this
         *     description follows the wire.
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
    "/webhooks/{webhook_id}": {
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
         * E164Number
         * @description A phone number in E.164 format, such as `+33612345678`.
         * @example +33612345678
         */
        E164Number: string;
        /**
         * ResourceId
         * @description An id of a contact or webhook, other than `.` and `..`, which a URL resolves to the parent path
         *     even when encoded, so the request would reach another route.
         * @example cnt_abc123
         */
        ResourceId: string;
        /**
         * PhoneNumberValue
         * @description A phone number as the API reports it: usually E.164, but not always (`anonymous` for a
         *     hidden caller).
         * @example +13055550142
         * @example anonymous
         */
        PhoneNumberValue: string;
        /**
         * LocalDateTime
         * @description An ISO 8601 date-time. The API often omits the zone offset (`2024-01-15T10:30:00`), so this is
         *     kept as a string rather than parsed.
         * @example 2026-04-21T10:30:00
         */
        LocalDateTime: string;
        /**
         * Message
         * @description The text of an SMS, 1 to 1000 characters.
         */
        Message: string;
        /**
         * SenderId
         * @description A pre-verified alphanumeric sender for France, 3 to 11 characters.
         * @example MyCompany
         */
        SenderId: string;
        /**
         * CallDirection
         * @description Direction of a call or text. Open enum.
         */
        CallDirection: "INBOUND" | "OUTBOUND" | (string & {});
        /**
         * CallResult
         * @description How a call ended. Open enum; the live API returns values beyond these.
         */
        CallResult: "ANSWERED" | "VOICEMAIL" | "TRANSFERRED_AI" | "TRANSFERRED_EXTERNAL" | "BLOCKED" | "FAILED" | (string & {});
        /**
         * TranscriptSource
         * @description Who spoke a transcript line. Open enum.
         */
        TranscriptSource: "AGENT" | "EXTERNAL" | "USER" | (string & {});
        /**
         * ConversationEntryType
         * @description Kind of a conversation entry. Open enum.
         */
        ConversationEntryType: "CALL" | "TEXT_MESSAGE" | (string & {});
        /**
         * WebhookTopic
         * @description A topic a webhook can subscribe to. Closed in requests.
         * @enum {string}
         */
        WebhookTopic: "CALL_RECEIVED" | "SMS_RECEIVED" | "SMS_SENT" | "CONTACT_CREATED" | "CONTACT_UPDATED";
        /**
         * WebhookTopicValue
         * @description A topic as the API reports it. Open enum.
         */
        WebhookTopicValue: "CALL_RECEIVED" | "SMS_RECEIVED" | "SMS_SENT" | "CONTACT_CREATED" | "CONTACT_UPDATED" | (string & {});
        /**
         * ErrorCode
         * @description A machine-readable error code. Open enum.
         */
        ErrorCode: "API_KEY_INVALID" | "API_KEY_INSUFFICIENT_SCOPE" | "RATE_LIMITED" | "API_KEY_QUOTA_EXCEEDED" | "CONTACT_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "INVALID_SENDER_ID" | "SENDER_ID_NOT_ACTIVE" | "FROM_NUMBER_NOT_FOUND" | "INVALID_TO_NUMBER" | "TO_NUMBER_COUNTRY_MISMATCH" | "INVALID_LENGTH" | "PROVIDER_NOT_SUPPORTED" | "INVALID_REQUEST_BODY" | "INTERNAL_ERROR" | (string & {});
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
         * SendSmsInput
         * @description An SMS to a US or international number, sent from one of your Allo numbers.
         */
        SendSmsInput: {
            from: components["schemas"]["E164Number"];
            to: components["schemas"]["E164Number"];
            message: components["schemas"]["Message"];
        };
        /**
         * SendSmsFranceInput
         * @description An SMS to a French number, sent from a pre-verified sender ID.
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
        /** PaginationMetadata */
        PaginationMetadata: {
            pagination: {
                total_pages: number;
                current_page: number;
            };
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
            emails: string[];
            /** @description The contact's company; a bare name on some records. */
            company?: components["schemas"]["Company"] | string | null;
            engagement?: string | null;
            last_activity_date?: components["schemas"]["LocalDateTime"] | null;
            /** @description Seen on the live API; not in the seeds. */
            tags?: string[];
        };
        /** ContactEnvelope */
        ContactEnvelope: {
            data: components["schemas"]["Contact"];
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
        /** SmsMessage */
        SmsMessage: {
            from_number?: components["schemas"]["PhoneNumberValue"] | null;
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
        /** Webhook */
        Webhook: {
            id: string;
            allo_number: components["schemas"]["PhoneNumberValue"];
            enabled: boolean;
            url: string;
            topics: components["schemas"]["WebhookTopicValue"][];
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
        /** @description Acknowledge with a 2xx within 30 seconds, or Allo counts the delivery as failed. */
        WebhookAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
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
        /** @description The SMS was refused. Tell the cases apart by `code`. */
        SmsBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
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
    };
    parameters: {
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
    };
    requestBodies: never;
    headers: {
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
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
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
