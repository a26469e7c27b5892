/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

import { onCallReceivedBody, onSmsReceivedBody, onSmsSentBody, onContactCreatedBody, onContactUpdatedBody, onPingBody, callReceivedBody, callTriggeredBody, callAnsweredBody, callCompletedBody, tagAddedBody, tagRemovedBody, smsReceivedBody, smsSentBody, contactCreatedBody, contactUpdatedBody, summaryUpdatedBody } from "./schemas.js";

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

/** Every v2 (dotted) topic of the spec's `webhooks:` section, in spec order. */
export const v2WebhookTopics = ["call.received", "call.triggered", "call.answered", "call.completed", "tag.added", "tag.removed", "sms.received", "sms.sent", "contact.created", "contact.updated", "summary.updated"] as const;

/** A v2 topic the spec documents. */
export type SpecV2WebhookTopic = (typeof v2WebhookTopics)[number];

/** Per v2 topic, the zod schema of a whole delivery (`{ topic, version, timestamp, data }`). */
export const v2WebhookBodies = {
  "call.received": callReceivedBody,
  "call.triggered": callTriggeredBody,
  "call.answered": callAnsweredBody,
  "call.completed": callCompletedBody,
  "tag.added": tagAddedBody,
  "tag.removed": tagRemovedBody,
  "sms.received": smsReceivedBody,
  "sms.sent": smsSentBody,
  "contact.created": contactCreatedBody,
  "contact.updated": contactUpdatedBody,
  "summary.updated": summaryUpdatedBody,
} as const;

/** Per v2 topic, the spec's first example of a delivery. */
export const v2WebhookExamples: { readonly [T in SpecV2WebhookTopic]: { readonly topic: T; readonly version: string; readonly timestamp: string; readonly data: Readonly<Record<string, unknown>> } } = {
  "call.received": {
    "topic": "call.received",
    "version": "2.0",
    "timestamp": "2025-03-15T14:30:00.000Z",
    "data": {
      "from_number": "+33612345678",
      "to_number": "+33112345678",
      "started_at": "2025-03-15T14:30:00.000Z",
      "user_email": "alex.kim@example.com",
      "person": {
        "id": "con_5MiGNHp2vI1AN6sTu4Cw",
        "name": "Marie",
        "last_name": "Dupont",
        "email": "marie.dupont@example.com",
        "emails": [
          "marie.dupont@example.com"
        ],
        "numbers": [
          "+33612345678"
        ],
        "job_title": "Head of Sales",
        "linkedin_url": "https://linkedin.com/in/mariedupont",
        "lead_source": "Inbound"
      },
      "company": {
        "id": "com-a1b2c3d4e5f6",
        "name": "Acme Corp"
      },
      "deals": [
        {
          "id": "dea-x1y2z3w4v5u6",
          "name": "Enterprise Plan",
          "status": "qualified",
          "value": 25000,
          "currency": "EUR",
          "close_date": "2025-06-15T00:00:00"
        }
      ]
    }
  },
  "call.triggered": {
    "topic": "call.triggered",
    "version": "2.0",
    "timestamp": "2025-03-15T16:02:00.000Z",
    "data": {
      "id": "cll_2PgELFn0tG9yL4qRs2Au",
      "from_number": "+33112345678",
      "to_number": "+33612345678",
      "started_at": "2025-03-15T16:02:00.000Z",
      "user_email": "alex.kim@example.com"
    }
  },
  "call.answered": {
    "topic": "call.answered",
    "version": "2.0",
    "timestamp": "2025-03-15T14:30:08.000Z",
    "data": {
      "id": "cll_2NfDKEm9sF8xK3pQr1Zt",
      "type": "INBOUND",
      "from_number": "+33612345678",
      "to_number": "+33112345678",
      "started_at": "2025-03-15T14:30:00.000Z",
      "user_email": "alex.kim@example.com"
    }
  },
  "call.completed": {
    "topic": "call.completed",
    "version": "2.0",
    "timestamp": "2025-03-15T14:45:00.000Z",
    "data": {
      "id": "cll_2NfDKEm9sF8xK3pQr1Zt",
      "from_number": "+33612345678",
      "to": "+33112345678",
      "type": "INBOUND",
      "result": "ANSWERED",
      "summary": "Customer called about upgrading to the Enterprise plan; a quote goes out by Friday.",
      "length_in_minutes": 14.5,
      "start_date": "2025-03-15T14:30:00.000Z",
      "recording_url": "https://storage.withallo.com/recordings/cll_2NfDKEm9sF8xK3pQr1Zt.mp3",
      "user_email": "alex.kim@example.com"
    }
  },
  "tag.added": {
    "topic": "tag.added",
    "version": "2.0",
    "timestamp": "2025-03-15T14:46:30.000Z",
    "data": {
      "id": "cll_2NfDKEm9sF8xK3pQr1Zt",
      "tag": "qualified"
    }
  },
  "tag.removed": {
    "topic": "tag.removed",
    "version": "2.0",
    "timestamp": "2025-03-18T09:12:00.000Z",
    "data": {
      "id": "cll_2NfDKEm9sF8xK3pQr1Zt",
      "tag": "follow_up"
    }
  },
  "sms.received": {
    "topic": "sms.received",
    "version": "2.0",
    "timestamp": "2025-03-15T17:20:05.000Z",
    "data": {
      "id": "msg_2QhFMGo1uH0zM5rSt3Bv",
      "direction": "INBOUND",
      "type": "SMS",
      "content": "Thanks for the call, can you send the quote to my email?",
      "sent_at": "2025-03-15T17:20:04.000Z",
      "from_number": "+33612345678",
      "to_number": "+33112345678",
      "from_name": "Marie Dupont",
      "to_name": "Paris office"
    }
  },
  "sms.sent": {
    "topic": "sms.sent",
    "version": "2.0",
    "timestamp": "2025-03-15T17:24:31.000Z",
    "data": {
      "id": "msg_2QhFMHp2vI1AN6sTu4Cx",
      "direction": "OUTBOUND",
      "type": "SMS",
      "content": "Done, the quote is in your inbox.",
      "sent_at": "2025-03-15T17:24:30.000Z",
      "from_number": "+33112345678",
      "to_number": "+33612345678",
      "from_name": "Paris office",
      "to_name": "Marie Dupont"
    }
  },
  "contact.created": {
    "topic": "contact.created",
    "version": "2.0",
    "timestamp": "2025-03-14T09:00:02.000Z",
    "data": {
      "id": "con_5MiGNHp2vI1AN6sTu4Cw",
      "name": "Marie",
      "last_name": "Dupont",
      "email": "marie.dupont@example.com",
      "emails": [
        "marie.dupont@example.com"
      ],
      "numbers": [
        "+33612345678"
      ],
      "job_title": "Head of Sales",
      "website": "https://acme.example.com",
      "company": {
        "id": "com-a1b2c3d4e5f6",
        "name": "Acme Corp"
      },
      "created_at": "2025-03-14T09:00:00"
    }
  },
  "contact.updated": {
    "topic": "contact.updated",
    "version": "2.0",
    "timestamp": "2025-03-16T11:15:01.000Z",
    "data": {
      "id": "con_5MiGNHp2vI1AN6sTu4Cw",
      "name": "Marie",
      "last_name": "Dupont",
      "email": "marie.dupont@example.com",
      "emails": [
        "marie.dupont@example.com",
        "marie@acme.example.com"
      ],
      "numbers": [
        "+33612345678"
      ],
      "job_title": "VP Sales",
      "company": {
        "id": "com-a1b2c3d4e5f6",
        "name": "Acme Corp"
      },
      "updated_at": "2025-03-16T11:15:00"
    }
  },
  "summary.updated": {
    "topic": "summary.updated",
    "version": "2.0",
    "timestamp": "2025-03-15T15:10:02.000Z",
    "data": {
      "id": "cll_2NfDKEm9sF8xK3pQr1Zt",
      "content": "# Summary\n\nMarie Dupont (Acme Corp) wants the Enterprise plan for 40 seats. Quote to send by Friday.",
      "version": 2,
      "updated_at": "2025-03-15T15:10:00",
      "updated_by": {
        "id": "usr-abc123",
        "name": "Alex Kim"
      }
    }
  },
};
