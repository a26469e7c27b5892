import * as schemas from "../../generated/schemas.js";
import type { AlloPromise } from "../allo-promise.js";
import type { Context } from "../context.js";
import type { PagingOptions, RequestOptions } from "../options.js";
import { paginate } from "../pagination.js";
import type {
  Contact,
  ContactSearchResult,
  ConversationAllInput,
  ConversationEntry,
  ConversationInput,
  ConversationResult,
  CreateContactInput,
  GetContactInput,
  SearchAllContactsInput,
  SearchContactsInput,
  UpdateContactInput,
} from "../types.js";
import { check, refuseKey } from "../validate.js";

/**
 * Contacts and their conversations (v1). Scopes `CONTACTS_READ`, `CONTACTS_READ_WRITE` (create,
 * update) and `CONVERSATIONS_READ` (conversation). A missing contact is `AlloApiError` with code
 * `CONTACT_NOT_FOUND` (the API answers 400, not 404).
 */
export class ContactsResource {
  constructor(private readonly ctx: Context) {}

  /**
   * One page of contacts.
   * @example
   * const { results } = await allo.contacts.search({ page: 0, size: 50 });
   */
  search(input: SearchContactsInput = {}, options?: RequestOptions): AlloPromise<ContactSearchResult> {
    return this.ctx.call("contacts.search", { query: input }, options);
  }

  /**
   * Every contact, page after page, fetched as you iterate (`concurrency` pages at once, 4 by default, yielded in order).
   * @default size 100
   * @example
   * for await (const contact of allo.contacts.searchAll()) await crm.upsert(contact);
   */
  searchAll(input: SearchAllContactsInput = {}, options?: PagingOptions): AsyncGenerator<Contact, void, undefined> {
    refuseKey("contacts.searchAll", input, "page", "is not taken: searchAll starts at page 0 and reads them all");
    const query = { size: 100, ...input };
    check("contacts.searchAll", schemas.searchContactsQuery, query);
    return paginate((page, opts) => this.search({ ...query, page }, opts), options, "contacts.searchAll");
  }

  /**
   * One contact by id; `extend` adds `engagement` and/or `activity`.
   * @example
   * const contact = await allo.contacts.get("cnt_abc123");
   */
  get(contactId: string, input: GetContactInput = {}, options?: RequestOptions): AlloPromise<Contact> {
    return this.ctx.call("contacts.get", { path: { contact_id: contactId }, query: input }, options);
  }

  /**
   * Creates a contact; `numbers` needs at least one E.164 number.
   * @example
   * const contact = await allo.contacts.create({ numbers: ["+33612345678"], name: "Jean", last_name: "Dupont" });
   */
  create(input: CreateContactInput, options?: RequestOptions): AlloPromise<Contact> {
    return this.ctx.call("contacts.create", { body: input }, options);
  }

  /**
   * Updates the given fields; `emails` and `numbers`, when given, replace the stored arrays.
   * @example
   * await allo.contacts.update(contact.id, { job_title: "CEO" });
   */
  update(contactId: string, input: UpdateContactInput, options?: RequestOptions): AlloPromise<Contact> {
    return this.ctx.call("contacts.update", { path: { contact_id: contactId }, body: input }, options);
  }

  /**
   * One page of a contact's calls and SMS, merged in order.
   * @example
   * const { results } = await allo.contacts.conversation(contact.id, { size: 20 });
   */
  conversation(contactId: string, input: ConversationInput = {}, options?: RequestOptions): AlloPromise<ConversationResult> {
    return this.ctx.call("contacts.conversation", { path: { contact_id: contactId }, query: input }, options);
  }

  /**
   * A contact's whole conversation, page after page, fetched as you iterate (`concurrency` pages at once, 4 by default).
   * @default size 100
   * @example
   * for await (const entry of allo.contacts.conversationAll(contact.id)) console.log(entry.type);
   */
  conversationAll(contactId: string, input: ConversationAllInput = {}, options?: PagingOptions): AsyncGenerator<ConversationEntry, void, undefined> {
    refuseKey("contacts.conversationAll", input, "page", "is not taken: conversationAll starts at page 0 and reads them all");
    const query = { size: 100, ...input };
    check("contacts.conversationAll", schemas.getContactConversationPath, { contact_id: contactId });
    check("contacts.conversationAll", schemas.getContactConversationQuery, query);
    return paginate((page, opts) => this.conversation(contactId, { ...query, page }, opts), options, "contacts.conversationAll");
  }
}
