/**
 * Command-line arguments: options with values, switches and positional arguments. Node's own
 * parseArgs splits them (it knows "--as-of=2026-01-01", "-o x", "--" and "-"); we only check the
 * tokens against what each command takes, so that a problem is told in Thai and English.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Bilingual, Lang } from '../domain/text';
import { ARG } from './say';

export interface Flags {
  positional: string[];
  values: Record<string, string>;
  switches: Set<string>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** "-o" is a short option, "--output" a long one, as the command lists them. */
function optionsOf(withValue: readonly string[], switches: readonly string[]): Options {
  const options: Options = {};
  const declare = (flag: string, type: 'string' | 'boolean'): void => {
    const short = /^-[^-]$/.test(flag);
    options[short ? flag.slice(1) : flag.slice(2)] = short ? { type, short: flag.slice(1) } : { type };
  };
  for (const flag of withValue) declare(flag, 'string');
  for (const flag of switches) declare(flag, 'boolean');
  return options;
}

/** The parsed arguments, or what is wrong with them (in Thai and English). */
export function parseFlags(args: string[], withValue: string[], switches: string[]): Flags | Bilingual {
  const out: Flags = { positional: [], values: {}, switches: new Set() };
  const { tokens } = parseArgs({
    args,
    options: optionsOf(withValue, switches),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional') out.positional.push(token.value);
    if (token.kind !== 'option') continue;
    const flag = token.rawName.startsWith('--') ? `--${token.name}` : token.rawName;
    if (withValue.includes(flag)) {
      if (token.value === undefined) return ARG.needsValue(flag);
      out.values[flag] = token.value;
    } else if (switches.includes(flag) && token.value === undefined) out.switches.add(flag);
    else return ARG.unknownOption(token.inlineValue ? `${token.rawName}=${token.value}` : token.rawName);
  }
  return out;
}

export function isFlags(f: Flags | Bilingual): f is Flags {
  return 'positional' in f;
}

export function readLang(v: string | undefined): Lang | undefined | 'bad' {
  if (v === undefined) return undefined;
  return v === 'th' || v === 'en' ? v : 'bad';
}
