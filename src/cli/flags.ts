/** Command-line arguments: options with values, switches and positional arguments. */
import { Bilingual, Lang } from '../domain/text';
import { ARG } from './say';

export interface Flags {
  positional: string[];
  values: Record<string, string>;
  switches: Set<string>;
}

/** The parsed arguments, or what is wrong with them (in Thai and English). */
export function parseFlags(args: string[], withValue: string[], switches: string[]): Flags | Bilingual {
  const out: Flags = { positional: [], values: {}, switches: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (withValue.includes(a)) {
      if (i + 1 >= args.length) return ARG.needsValue(a);
      out.values[a] = args[++i];
    } else if (switches.includes(a)) out.switches.add(a);
    else if (a.startsWith('-') && a !== '-') return ARG.unknownOption(a);
    else out.positional.push(a);
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
