/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

import { onCallReceivedBody, onSmsReceivedBody, onSmsSentBody, onContactCreatedBody, onContactUpdatedBody, onPingBody } from "./schemas.js";

/** Every topic of the spec's `webhooks:` section, in spec order. */
export const webhookTopics = ["CALL_RECEIVED", "SMS_RECEIVED", "SMS_SENT", "CONTACT_CREATED", "CONTACT_UPDATED", "PING"] as const;

/** A topic the spec documents. */
export type SpecWebhookTopic = (typeof webhookTopics)[number];

/** Per topic, the zod schema of a whole delivery (`{ topic, data }`). */
export const webhookBodies = {
  "CALL_RECEIVED": onCallReceivedBody,
  "SMS_RECEIVED": onSmsReceivedBody,
  "SMS_SENT": onSmsSentBody,
  "CONTACT_CREATED": onContactCreatedBody,
  "CONTACT_UPDATED": onContactUpdatedBody,
  "PING": onPingBody,
} as const;

/** Per topic, the receiver method that registers its handler (the spec's operationId). */
export const webhookHandlerNames = {
  "CALL_RECEIVED": "onCallReceived",
  "SMS_RECEIVED": "onSmsReceived",
  "SMS_SENT": "onSmsSent",
  "CONTACT_CREATED": "onContactCreated",
  "CONTACT_UPDATED": "onContactUpdated",
  "PING": "onPing",
} as const;

/** Per topic, the spec's first example of a delivery. */
export const webhookExamples: { readonly [T in SpecWebhookTopic]: { readonly topic: T; readonly data?: Readonly<Record<string, unknown>> } } = {
  "CALL_RECEIVED": {
    "topic": "CALL_RECEIVED",
    "data": {
      "id": "call_abc123",
      "type": "INBOUND",
      "start_date": "2026-04-21T10:30:00",
      "recording_url": "https://storage.withallo.com/recordings/call_abc123.mp3",
      "from_number": "+13055550142",
      "from_name": "Jordan Rivera",
      "to": "+13055550180",
      "to_name": "Support line",
      "length_in_minutes": 5.5,
      "length": "5m 30s",
      "tag": "support",
      "summary": "The customer asked where their order is; it shipped this morning.",
      "one_sentence_summary": "Order status inquiry",
      "transcriptions": [
        {
          "source": "EXTERNAL",
          "time": "00:00:02",
          "text": "Hi, where is my order?"
        },
        {
          "source": "AGENT",
          "time": "00:00:05",
          "text": "It shipped this morning."
        }
      ]
    }
  },
  "SMS_RECEIVED": {
    "topic": "SMS_RECEIVED",
    "data": {
      "direction": "INBOUND",
      "type": "SMS",
      "content": "Is my order on its way?",
      "sent_at": "2026-04-21T10:20:00",
      "from_number": "+13055550142",
      "to_number": "+13055550180",
      "from_name": "Jordan Rivera",
      "to_name": "Support line"
    }
  },
  "SMS_SENT": {
    "topic": "SMS_SENT",
    "data": {
      "direction": "OUTBOUND",
      "type": "SMS",
      "content": "Your order just shipped",
      "sent_at": "2026-04-21T10:30:00",
      "from_number": "+13055550180",
      "to_number": "+13055550142",
      "from_name": "Support line",
      "to_name": "Jordan Rivera"
    }
  },
  "CONTACT_CREATED": {
    "topic": "CONTACT_CREATED",
    "data": {
      "id": "cnt_abc123",
      "name": "Jean",
      "last_name": "Dupont",
      "job_title": "CTO",
      "numbers": [
        "+33612345678"
      ],
      "emails": [
        "jean.dupont@example.com"
      ],
      "created_at": "2026-04-21T10:00:00"
    }
  },
  "CONTACT_UPDATED": {
    "topic": "CONTACT_UPDATED",
    "data": {
      "id": "cnt_abc123",
      "name": "Jean",
      "last_name": "Dupont",
      "job_title": "CEO",
      "numbers": [
        "+33612345678"
      ],
      "emails": [
        "jean@example.com",
        "contact@example.com"
      ],
      "updated_at": "2026-04-22T09:00:00"
    }
  },
  "PING": {
    "topic": "PING",
    "data": {}
  },
};
