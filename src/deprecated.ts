// Names of 0.2 that the generated client no longer has, kept so that code written against 0.2
// still compiles.
import type { AlloPromise } from "./allo-promise.js";
import type { PagingOptions, RequestOptions } from "./options.js";
import type { AllInput, PageOf } from "./types.js";

/**
 * The type `crm.people` and `crm.companies` shared in 0.2, with the record, its create and update
 * inputs and its search input. Each has a type of its own now.
 * @deprecated Use `CrmPeopleResource` or `CrmCompaniesResource` (or `AlloClient["crm"]["people"]`).
 */
export interface CrmRecords<T, Create, Update, Search extends { page?: number | undefined }> {
  create(input: Create, options?: RequestOptions): AlloPromise<T>;
  get(id: string, options?: RequestOptions): AlloPromise<T>;
  update(id: string, input: Update, options?: RequestOptions): AlloPromise<T>;
  search(input?: Search, options?: RequestOptions): AlloPromise<PageOf<T>>;
  searchAll(input?: AllInput<Search>, options?: PagingOptions): AsyncGenerator<T, void, undefined>;
}
