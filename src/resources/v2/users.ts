import type { AlloPromise } from "../../allo-promise.js";
import type { Context } from "../../context.js";
import type { RequestOptions } from "../../options.js";
import type { ListUsersInput, User } from "../../types.js";

/** The members of the team. Scope `USERS_READ`. */
export class UsersResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Every member of the team, in one answer (not paginated); `status` defaults to `ACTIVE`.
   * @example
   * const admins = await allo.users.list({ role: "ADMIN" });
   */
  list(input: ListUsersInput = {}, options?: RequestOptions): AlloPromise<User[]> {
    return this.ctx.call("users.list", { query: input }, options);
  }

  /**
   * One member by id (`usr-...`).
   * @example
   * const user = await allo.users.get("usr-abc123");
   */
  get(id: string, options?: RequestOptions): AlloPromise<User> {
    return this.ctx.call("users.get", { path: { id } }, options);
  }
}
