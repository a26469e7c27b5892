// An operation's fields as flags, and the flags' text back into the operation's input. The text is
// turned into the type the spec gives the field and nothing more: the client's validators, the
// same as for a method call, then judge the value and name the field.
import { Option } from "commander";
import type { ToolField } from "../../generated/tools.js";
import { AlloValidationError } from "../errors/index.js";
import type { FlatInput } from "../operations/flat-input.js";
import { CliInputError } from "./failure.js";
import { flagOf } from "./names.js";

/** A field and the option that carries it. */
export interface FieldFlag {
  field: ToolField;
  option: Option;
}

/** What a field says in help: its description, then its type and constraints. */
export function helpOf(field: ToolField): string {
  const description = field.description.replace(/\s+/g, " ").trim();
  const required = field.required ? (field.name.includes(".") ? "required in its object; " : "required; ") : "";
  return `${description}${description ? " " : ""}(${required}${field.constraints})`;
}

/** A flag per query and body field (path parameters are the command's arguments). */
export function fieldFlags(fields: readonly ToolField[]): FieldFlag[] {
  return fields
    .filter((field) => field.in !== "path")
    .map((field) => {
      const value = field.kind === "boolean" ? "[true|false]" : field.kind === "object" || field.kind === "json" ? "<json>" : "<value>";
      const option = new Option(`${flagOf(field.name)} ${value}`, helpOf(field));
      // Repeated, or comma-separated, or a JSON array: each occurrence is kept and read below.
      if (field.kind === "array") option.argParser((text: string, before: string[] | undefined) => [...(before ?? []), text]);
      return { field, option };
    });
}

/**
 * A flag that takes one value refuses a second: `--name A --name B` is a mistake to point out, not
 * B to keep. Lists (and --header) read their repeats themselves, and switches have no value.
 */
export function takesOnce(option: Option): void {
  if (option.parseArg || !(option.required || option.optional)) return;
  option.argParser((text: string, before: unknown) => {
    if (before !== undefined) throw new CliInputError(`${option.long} is given more than once, and it takes one value: give it once.`);
    return text;
  });
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** One flag's text as the field's type; text that is not of that type stays text, for the validator to refuse. */
export function flagValue(operation: string, field: ToolField, raw: unknown): unknown {
  const refuse = (message: string): never => {
    throw new AlloValidationError(operation, [{ field: field.name, message }]);
  };
  if (field.nullable && raw === "null") return null;
  switch (field.kind) {
    case "boolean":
      return raw === true || raw === "true" ? true : raw === "false" ? false : raw;
    case "integer":
    case "number":
      return scalar("number", raw);
    case "object":
      return json(raw, refuse);
    case "json":
      return json(raw, () => raw);
    case "array":
      return (raw as string[]).flatMap((text) => {
        if (text.trimStart().startsWith("[")) {
          const list = json(text, refuse);
          return Array.isArray(list) ? list : refuse("must be a list: repeat the flag, separate values by commas, or give a JSON array");
        }
        if (field.items === "object" || field.items === "json") return [json(text, refuse)];
        return text.split(",").map((part) => scalar(field.items ?? "string", part.trim()));
      });
    default:
      return raw;
  }
}

function scalar(kind: string, text: unknown): unknown {
  if ((kind === "integer" || kind === "number") && typeof text === "string" && NUMBER.test(text)) return Number(text);
  if (kind === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}

function json(text: unknown, otherwise: (message: string) => unknown): unknown {
  try {
    return JSON.parse(String(text));
  } catch {
    // The parser's own message quotes the text, which may be anything: it is not repeated.
    return otherwise("is not valid JSON");
  }
}

/**
 * The flat input of a call: `--data`'s body first, then the arguments, then each flag (an object's
 * flag before its members', so `--date.from` refines `--date`).
 */
export function inputOf(operation: string, flags: readonly FieldFlag[], values: Record<string, unknown>, base: FlatInput): FlatInput {
  const input: FlatInput = { ...base };
  const byDepth = [...flags].sort((a, b) => a.field.name.split(".").length - b.field.name.split(".").length);
  for (const { field, option } of byDepth) {
    const raw = values[option.attributeName()];
    if (raw === undefined) continue;
    setAt(operation, input, field.name.split("."), flagValue(operation, field, raw));
  }
  return input;
}

function setAt(operation: string, target: Record<string, unknown>, path: string[], value: unknown): void {
  let at = target;
  for (const [i, key] of path.slice(0, -1).entries()) {
    const next = at[key];
    if (next === undefined) at[key] = {};
    else if (next === null || typeof next !== "object" || Array.isArray(next)) {
      throw new AlloValidationError(operation, [
        { field: path.slice(0, i + 1).join("."), message: `is not an object, so ${flagOf(path.join("."))} cannot set a member of it` },
      ]);
    }
    at = at[key] as Record<string, unknown>;
  }
  at[path.at(-1)!] = value;
}
