// How an SDK method name and a field name read on a command line: `conversations.items.batchGet`
// is `allo conversations items batch-get`, `allo_number` is `--allo-number`, a member of a body
// object keeps its dot (`--date.from`).
import type { OperationName } from "../../generated/operations.js";

/** `batchGet` → `batch-get`, `allo_number` → `allo-number`. */
export function kebab(word: string): string {
  return word
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase();
}

/** The words of the command that calls an operation: `["conversations", "items", "batch-get"]`. */
export function commandWords(name: OperationName): string[] {
  return name.split(".").map(kebab);
}

/** The flag of a field: `--allo-number`, `--date.from`. */
export function flagOf(field: string): string {
  return `--${field.split(".").map(kebab).join(".")}`;
}
