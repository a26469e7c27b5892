// `allo completion bash|zsh|fish`: a script that completes the command words and the flags, made
// from the command tree (itself made from the operation table), so it knows every operation. The
// script finds where the command line is in the tree by keeping each word that names a command
// under the words before it (an id or a flag's value names none), then offers that command's
// words, or its flags once the word being typed starts with `-`.
import type { Command, Option } from "commander";

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** A word or flag offered, with what it does. */
type Offer = readonly [word: string, description: string];

/** What may follow one command path: its subcommands (or an argument's choices), and its own flags. */
interface Place {
  path: string;
  words: Offer[];
  flags: Offer[];
}

/** The tree: every command path, from the root (`""`) down to each operation (`crm deals get`), and the flags every command takes. */
export function treeOf(program: Command): { places: Place[]; shared: Offer[] } {
  const places: Place[] = [];
  const visit = (command: Command, path: readonly string[]) => {
    const words: Offer[] = command.commands.map((c) => [c.name(), oneLine(c.summary() || c.description())]);
    for (const argument of command.registeredArguments)
      words.push(...(argument.argChoices ?? []).map((c): Offer => [c, argument.description]));
    if (command === program) words.push(["help", "every operation, with the scope it needs"]);
    places.push({ path: path.join(" "), words, flags: command === program ? [] : command.options.flatMap(offersOf) });
    for (const child of command.commands) visit(child, [...path, child.name()]);
  };
  visit(program, []);
  return { places, shared: [...program.options.flatMap(offersOf), ["--help", "display help"]] };
}

function offersOf(option: Option): Offer[] {
  const description = oneLine(option.description);
  return [option.long, option.short].filter((f): f is string => !!f).map((flag) => [flag, description]);
}

/** The first sentence of a help text on one line, short enough for a completion menu. */
function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  const sentence = /^.*?[^.]\.(?=\s)/.exec(line)?.[0] ?? line;
  return sentence.length > 80 ? `${sentence.slice(0, 77)}...` : sentence;
}

/** The completion script for `shell`. */
export function completionScript(program: Command, shell: Shell): string {
  const { places, shared } = treeOf(program);
  return shell === "bash" ? bash(places, shared) : shell === "zsh" ? zsh(places, shared) : fish(places, shared);
}

/** A word in single quotes for bash and zsh. */
const sh = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
/** A word in single quotes for fish, where a backslash escapes a quote and itself. */
const fq = (text: string) => `'${text.replace(/[\\']/g, "\\$&")}'`;

function bash(tree: readonly Place[], shared: readonly Offer[]): string {
  const cases = tree.map(
    (p) => `    ${sh(p.path)}) words=${sh(p.words.map(([w]) => w).join(" "))} flags=${sh(p.flags.map(([f]) => f).join(" "))} ;;`,
  );
  return `# allo completion for bash. In this shell: eval "$(allo completion bash)". For every new one:
#   allo completion bash > ~/.local/share/bash-completion/completions/allo
_allo_words() {
  case "$1" in
${cases.join("\n")}
    *) words='' flags='' ;;
  esac
}

_allo() {
  local cur=\${COMP_WORDS[COMP_CWORD]} path='' word words flags i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    _allo_words "$path"
    case " $words " in
      *" $word "*) path=\${path:+$path }$word ;;
    esac
  done
  _allo_words "$path"
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$flags ${shared.map(([f]) => f).join(" ")}" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
  fi
}

complete -F _allo allo
`;
}

function zsh(tree: readonly Place[], shared: readonly Offer[]): string {
  const described = (offers: readonly Offer[]) => offers.map(([w, d]) => sh(`${w}:${d}`)).join(" ");
  const cases = tree.map(
    (p) =>
      `    (${sh(p.path)}) names=(${p.words.map(([w]) => sh(w)).join(" ")}) described=(${described(p.words)}) flags=(${described(p.flags)}) ;;`,
  );
  return `#compdef allo
# allo completion for zsh (compinit loaded). In this shell: eval "$(allo completion zsh)". For every
# new one: allo completion zsh > "\${fpath[1]}/_allo", then start a new shell.
_allo_words() {
  case $1 in
${cases.join("\n")}
    (*) names=() described=() flags=() ;;
  esac
}

_allo() {
  local place='' word i
  local -a names described flags
  for (( i = 2; i < CURRENT; i++ )); do
    word=\${words[i]}
    _allo_words "$place"
    if (( \${names[(Ie)$word]} )); then place=\${place:+$place }$word; fi
  done
  _allo_words "$place"
  if [[ $PREFIX == -* ]]; then
    flags+=(${described(shared)})
    _describe -t options option flags
  else
    _describe -t commands command described
  fi
}

if [ "$funcstack[1]" = "_allo" ]; then _allo "$@"; else compdef _allo allo; fi
`;
}

function fish(tree: readonly Place[], shared: readonly Offer[]): string {
  const printed = (offers: readonly Offer[]) =>
    offers.length ? `printf '%s\\t%s\\n' ${offers.map(([w, d]) => `${fq(w)} ${fq(d)}`).join(" ")}` : "true";
  const switchOf = (offers: (p: Place) => readonly Offer[]) =>
    tree.map((p) => `        case ${fq(p.path)}\n            ${printed(offers(p))}`).join("\n");
  return `# allo completion for fish: allo completion fish > ~/.config/fish/completions/allo.fish
function __allo_words
    switch "$argv[1]"
${switchOf((p) => p.words)}
    end
end

function __allo_flags
    switch "$argv[1]"
${switchOf((p) => p.flags)}
    end
    ${printed(shared)}
end

function __allo_place
    set -l place ''
    for word in (commandline -opc)[2..-1]
        if contains -- $word (__allo_words "$place" | string replace -r '\\t.*' '')
            set place (string trim -- "$place $word")
        end
    end
    echo $place
end

complete -c allo -f
complete -c allo -n 'not string match -q -- "-*" (commandline -ct)' -a '(__allo_words (__allo_place))'
complete -c allo -n 'string match -q -- "-*" (commandline -ct)' -a '(__allo_flags (__allo_place))'
`;
}
