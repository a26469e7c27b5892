import type { AlloPromise } from "./allo-promise.js";
import { connect } from "./context.js";
import type { AlloClientOptions, RequestOptions } from "./options.js";
import { CallsResource } from "./resources/calls.js";
import { ContactsResource } from "./resources/contacts.js";
import { NumbersResource } from "./resources/numbers.js";
import { SmsResource } from "./resources/sms.js";
import { AnalyticsResource } from "./resources/v2/analytics.js";
import { ConversationsResource } from "./resources/v2/conversations.js";
import { CrmResource } from "./resources/v2/crm.js";
import { DialingQueueResource } from "./resources/v2/dialing-queue.js";
import { PartnerResource } from "./resources/v2/partner.js";
import { PhoneNumbersResource } from "./resources/v2/phone-numbers.js";
import { SummaryTemplatesResource } from "./resources/v2/summary-templates.js";
import { TagsResource } from "./resources/v2/tags.js";
import { UsersResource } from "./resources/v2/users.js";
import { WebhookEndpointsResource } from "./resources/v2/webhook-endpoints.js";
import { WebhooksResource } from "./resources/webhooks.js";
import type { Me } from "./types.js";

/**
 * The Allo API client, v1 and v2. Every method validates its input before sending, resolves to the
 * answer's `data` typed from the spec, and throws `AlloError`s.
 *
 * @example
 * import { AlloClient } from "allo-client";
 * const allo = new AlloClient({ apiKey: process.env.ALLO_API_KEY! });
 * const { results } = await allo.conversations.items.search({ search: "refund", type: "CALL" });
 */
export class AlloClient {
  // ── v1 (the names of the existing JS SDK's docs) ──
  /** The account's Allo numbers (v1). */
  readonly numbers: NumbersResource;
  /** Outbound SMS (v1 only: Allo has no v2 SMS). */
  readonly sms: SmsResource;
  /** Call history of one number (v1). */
  readonly calls: CallsResource;
  /** Contacts and their conversations (v1). */
  readonly contacts: ContactsResource;
  /** Per-number webhook subscriptions (v1). */
  readonly webhooks: WebhooksResource;
  // ── v2 ──
  /** Team members. */
  readonly users: UsersResource;
  /** Tags, and tagging calls. */
  readonly tags: TagsResource;
  /** Phone numbers and sender IDs, with capabilities (v2). */
  readonly phoneNumbers: PhoneNumbersResource;
  /** Conversations, and `items`: calls and SMS, keyword search over transcripts. */
  readonly conversations: ConversationsResource;
  /** Call metrics and the outbound funnel. */
  readonly analytics: AnalyticsResource;
  /** The Allo CRM: `people`, `companies`, `deals`. */
  readonly crm: CrmResource;
  /** v2 webhook endpoints, with signing secrets. */
  readonly webhookEndpoints: WebhookEndpointsResource;
  /** Call summary templates. */
  readonly summaryTemplates: SummaryTemplatesResource;
  /** The Power Dialer queue. */
  readonly dialingQueue: DialingQueueResource;
  /** Reseller accounts. */
  readonly partner: PartnerResource;

  readonly #me: (options?: RequestOptions) => AlloPromise<Me>;

  constructor(options: AlloClientOptions) {
    const ctx = connect(options);
    this.numbers = new NumbersResource(ctx);
    this.sms = new SmsResource(ctx);
    this.calls = new CallsResource(ctx);
    this.contacts = new ContactsResource(ctx);
    this.webhooks = new WebhooksResource(ctx);
    this.users = new UsersResource(ctx);
    this.tags = new TagsResource(ctx);
    this.phoneNumbers = new PhoneNumbersResource(ctx);
    this.conversations = new ConversationsResource(ctx);
    this.analytics = new AnalyticsResource(ctx);
    this.crm = new CrmResource(ctx);
    this.webhookEndpoints = new WebhookEndpointsResource(ctx);
    this.summaryTemplates = new SummaryTemplatesResource(ctx);
    this.dialingQueue = new DialingQueueResource(ctx);
    this.partner = new PartnerResource(ctx);
    this.#me = (opts) => ctx.call("me", {}, opts);
  }

  /**
   * What the key is and may do: its scopes, the endpoints they open, its team and its rate limits.
   * Needs no scope; a good first call.
   * @example
   * const { scopes, rate_limits } = await allo.me();
   */
  me(options?: RequestOptions): AlloPromise<Me> {
    return this.#me(options);
  }
}
