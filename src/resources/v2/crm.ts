import { operations, type OperationEntry, type OperationName } from "../../../generated/operations.js";
import type { AlloPromise } from "../../allo-promise.js";
import type { Context } from "../../context.js";
import type { PagingOptions, RequestOptions } from "../../options.js";
import { paginateV2 } from "../../pagination.js";
import type {
  AllInput,
  CreateCrmCompanyInput,
  CreateCrmDealInput,
  CreateCrmPersonInput,
  CrmCompany,
  CrmDeal,
  CrmPerson,
  PageOf,
  SearchCrmCompaniesInput,
  SearchCrmDealsInput,
  SearchCrmPeopleInput,
  UpdateCrmCompanyInput,
  UpdateCrmDealInput,
  UpdateCrmPersonInput,
} from "../../types.js";
import { check, refuseKey } from "../../validate.js";

/** The Allo CRM: people, companies and deals. Scopes `CRM_READ`, `CRM_WRITE` and `CRM_DELETE`. */
export class CrmResource {
  /** People: create, get, update, search. */
  readonly people: CrmRecords<CrmPerson, CreateCrmPersonInput, UpdateCrmPersonInput, SearchCrmPeopleInput>;
  /** Companies: create, get, update, search. */
  readonly companies: CrmRecords<CrmCompany, CreateCrmCompanyInput, UpdateCrmCompanyInput, SearchCrmCompaniesInput>;
  /** Deals: create, get, update, delete, search. */
  readonly deals: CrmDeals;

  constructor(ctx: Context) {
    this.people = new CrmRecords(ctx, "crm.people");
    this.companies = new CrmRecords(ctx, "crm.companies");
    this.deals = new CrmDeals(ctx, "crm.deals");
  }
}

type Kind = "crm.people" | "crm.companies" | "crm.deals";

/**
 * One kind of CRM record. The three kinds share their methods; each calls its own operation of
 * the table (`crm.people.create`, `crm.companies.create`, ...).
 */
export class CrmRecords<T, Create, Update, Search extends { page?: number | undefined }> {
  constructor(
    protected readonly ctx: Context,
    private readonly kind: Kind,
  ) {}

  /**
   * Creates a record.
   * @example
   * const person = await allo.crm.people.create({ name: "Jane", last_name: "Doe", numbers: ["+14155551234"] });
   */
  create(input: Create, options?: RequestOptions): AlloPromise<T> {
    return this.ctx.call(this.op("create"), { body: input }, options);
  }

  /**
   * One record by id (`per-...`, `com-...`, `dea-...`).
   * @example
   * const company = await allo.crm.companies.get("com-xyz789");
   */
  get(id: string, options?: RequestOptions): AlloPromise<T> {
    return this.ctx.call(this.op("get"), { path: { id } }, options);
  }

  /**
   * Changes the fields given; the others stay as they are.
   * @example
   * await allo.crm.people.update("per-abc123", { job_title: "CTO" });
   */
  update(id: string, input: Update, options?: RequestOptions): AlloPromise<T> {
    return this.ctx.call(this.op("update"), { path: { id }, body: input }, options);
  }

  /**
   * One page of the records matching `filters` (and, for people and deals, `search`).
   * @example
   * const { results, pagination } = await allo.crm.people.search({ filters: { company: "Acme" }, sort: "NAME_ASC" });
   */
  search(input: Search = {} as Search, options?: RequestOptions): AlloPromise<PageOf<T>> {
    return this.ctx.call(this.op("search"), { body: input }, options);
  }

  /**
   * Every matching record, page after page, fetched as you iterate (`concurrency` pages at once, 4 by default, yielded in order).
   * @default size 100
   * @example
   * for await (const person of allo.crm.people.searchAll({ filters: { deal_status: "won" } })) sync(person);
   */
  searchAll(input: AllInput<Search> = {} as AllInput<Search>, options?: PagingOptions): AsyncGenerator<T, void, undefined> {
    const name = `${this.kind}.searchAll`;
    refuseKey(name, input, "page", "is not taken: searchAll starts at page 1 and reads them all");
    const body = { size: 100, ...input } as unknown as Search;
    const { validate } = operations[this.op("search")] as OperationEntry;
    if (validate.body) check(name, validate.body, body);
    return paginateV2((page, opts) => this.search({ ...body, page }, opts), options, name);
  }

  protected op(method: string): OperationName {
    return `${this.kind}.${method}` as OperationName;
  }
}

/** Deals: as people and companies, and they can be deleted. */
export class CrmDeals extends CrmRecords<CrmDeal, CreateCrmDealInput, UpdateCrmDealInput, SearchCrmDealsInput> {
  /**
   * Deletes a deal.
   * @example
   * await allo.crm.deals.delete("dea-def456");
   */
  delete(id: string, options?: RequestOptions): AlloPromise<void> {
    return this.ctx.call(this.op("delete"), { path: { id } }, options);
  }
}
