import * as schemas from "../../generated/schemas.js";
import type { Context } from "../context.js";
import { unwrap } from "../http/unwrap.js";
import type { RequestOptions } from "../options.js";
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
 * Contacts and their conversations. Scopes `CONTACTS_READ`, `CONTACTS_READ_WRITE` (create, update)
 * and `CONVERSATIONS_READ` (conversation). A missing contact is `AlloApiError` with code
 * `CONTACT_NOT_FOUND` (the API answers 400, not 404).
 */
export class ContactsResource {
  constructor(private readonly ctx: Context) {}

  /**
   * One page of contacts.
   * @example
   * const { results } = await allo.contacts.search({ page: 0, size: 50 });
   */
  async search(input: SearchContactsInput = {}, options?: RequestOptions): Promise<ContactSearchResult> {
    check("contacts.search", schemas.searchContactsQuery, input);
    const init = this.ctx.init("contacts.search", options);
    return unwrap("GET", "/contacts", this.ctx.api.GET("/contacts", { params: { query: input }, ...init }));
  }

  /**
   * Every contact, page after page, fetched as you iterate (one page in memory at a time).
   * @default size 100
   * @example
   * for await (const contact of allo.contacts.searchAll()) await crm.upsert(contact);
   */
  searchAll(input: SearchAllContactsInput = {}, options?: RequestOptions): AsyncGenerator<Contact, void, undefined> {
    refuseKey("contacts.searchAll", input, "page", "is not taken: searchAll starts at page 0 and reads them all");
    const query = { size: 100, ...input };
    check("contacts.searchAll", schemas.searchContactsQuery, query);
    return paginate((page) => this.search({ ...query, page }, options));
  }

  /**
   * One contact by id; `extend` adds `engagement` and/or `activity`.
   * @example
   * const contact = await allo.contacts.get("cnt_abc123");
   */
  async get(contactId: string, input: GetContactInput = {}, options?: RequestOptions): Promise<Contact> {
    const path = { contact_id: contactId };
    check("contacts.get", schemas.getContactPath, path);
    check("contacts.get", schemas.getContactQuery, input);
    const init = this.ctx.init("contacts.get", options);
    return unwrap("GET", "/contact/{contact_id}", this.ctx.api.GET("/contact/{contact_id}", { params: { path, query: input }, ...init }));
  }

  /**
   * Creates a contact; `numbers` needs at least one E.164 number.
   * @example
   * const contact = await allo.contacts.create({ numbers: ["+33612345678"], name: "Jean", last_name: "Dupont" });
   */
  async create(input: CreateContactInput, options?: RequestOptions): Promise<Contact> {
    check("contacts.create", schemas.CreateContactInput, input);
    return unwrap("POST", "/contacts", this.ctx.api.POST("/contacts", { body: input, ...this.ctx.init("contacts.create", options) }));
  }

  /**
   * Updates the given fields; `emails` and `numbers`, when given, replace the stored arrays.
   * @example
   * await allo.contacts.update(contact.id, { job_title: "CEO" });
   */
  async update(contactId: string, input: UpdateContactInput, options?: RequestOptions): Promise<Contact> {
    const path = { contact_id: contactId };
    check("contacts.update", schemas.updateContactPath, path);
    check("contacts.update", schemas.UpdateContactInput, input);
    const init = this.ctx.init("contacts.update", options);
    return unwrap("PUT", "/contacts/{contact_id}", this.ctx.api.PUT("/contacts/{contact_id}", { params: { path }, body: input, ...init }));
  }

  /**
   * One page of a contact's calls and SMS, merged in order.
   * @example
   * const { results } = await allo.contacts.conversation(contact.id, { size: 20 });
   */
  async conversation(contactId: string, input: ConversationInput = {}, options?: RequestOptions): Promise<ConversationResult> {
    const path = { contact_id: contactId };
    check("contacts.conversation", schemas.getContactConversationPath, path);
    check("contacts.conversation", schemas.getContactConversationQuery, input);
    const init = this.ctx.init("contacts.conversation", options);
    return unwrap(
      "GET",
      "/contact/{contact_id}/conversation",
      this.ctx.api.GET("/contact/{contact_id}/conversation", { params: { path, query: input }, ...init }),
    );
  }

  /**
   * A contact's whole conversation, page after page, fetched as you iterate.
   * @default size 100
   * @example
   * for await (const entry of allo.contacts.conversationAll(contact.id)) console.log(entry.type);
   */
  conversationAll(contactId: string, input: ConversationAllInput = {}, options?: RequestOptions): AsyncGenerator<ConversationEntry, void, undefined> {
    refuseKey("contacts.conversationAll", input, "page", "is not taken: conversationAll starts at page 0 and reads them all");
    const query = { size: 100, ...input };
    check("contacts.conversationAll", schemas.getContactConversationPath, { contact_id: contactId });
    check("contacts.conversationAll", schemas.getContactConversationQuery, query);
    return paginate((page) => this.conversation(contactId, { ...query, page }, options));
  }
}
