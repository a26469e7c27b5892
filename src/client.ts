import createClient from "openapi-fetch";
import type { paths } from "../generated/allo.js";
import { createContext } from "./context.js";
import { PreparedRequest } from "./http/prepared.js";
import { createTransport } from "./http/transport.js";
import { resolveOptions, type AlloClientOptions } from "./options.js";
import { CallsResource } from "./resources/calls.js";
import { ContactsResource } from "./resources/contacts.js";
import { NumbersResource } from "./resources/numbers.js";
import { SmsResource } from "./resources/sms.js";
import { WebhooksResource } from "./resources/webhooks.js";

/**
 * The Allo API client: `numbers`, `sms`, `calls`, `contacts`, `webhooks`.
 *
 * @example
 * import { AlloClient } from "allo-client";
 * const allo = new AlloClient({ apiKey: process.env.ALLO_API_KEY! });
 * const numbers = await allo.numbers.list();
 */
export class AlloClient {
  /** The account's Allo numbers. */
  readonly numbers: NumbersResource;
  /** Outbound SMS. */
  readonly sms: SmsResource;
  /** Call history. */
  readonly calls: CallsResource;
  /** Contacts and their conversations. */
  readonly contacts: ContactsResource;
  /** Webhook subscriptions. */
  readonly webhooks: WebhooksResource;

  constructor(options: AlloClientOptions) {
    const resolved = resolveOptions(options);
    // The key goes to the transport's closure only, never onto an object (util.inspect shows those).
    const transport = createTransport(resolved, options.apiKey);
    const api = createClient<paths>({
      baseUrl: resolved.baseUrl,
      headers: resolved.headers,
      // `extend=engagement,activity`: arrays as one comma-separated value.
      querySerializer: { array: { style: "form", explode: false } },
      // The transport sends each attempt itself: no undici Request to build and take apart.
      Request: PreparedRequest as unknown as typeof Request,
    });
    const ctx = createContext(api, resolved, transport);
    this.numbers = new NumbersResource(ctx);
    this.sms = new SmsResource(ctx);
    this.calls = new CallsResource(ctx);
    this.contacts = new ContactsResource(ctx);
    this.webhooks = new WebhooksResource(ctx);
  }
}
