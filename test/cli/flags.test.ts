import { isFlags, parseFlags } from '../../src/cli/flags';

const RECOMPUTE_VALUES = ['-o', '--output', '--as-of', '--lang'];
const RECOMPUTE_SWITCHES = ['--in-place', '--json'];

function parsed(args: string[]) {
  const flags = parseFlags(args, RECOMPUTE_VALUES, RECOMPUTE_SWITCHES);
  if (!isFlags(flags)) throw new Error(`expected flags, got ${flags.en}`);
  return flags;
}

function problem(args: string[]) {
  const flags = parseFlags(args, RECOMPUTE_VALUES, RECOMPUTE_SWITCHES);
  if (isFlags(flags)) throw new Error('expected a problem');
  return flags;
}

describe('command-line arguments', () => {
  it('reads options with values, switches and positional arguments in any order', () => {
    const f = parsed(['--json', 'in.xlsx', '-o', 'out.xlsx', '--lang', 'en']);
    expect(f.positional).toEqual(['in.xlsx']);
    expect(f.values).toEqual({ '-o': 'out.xlsx', '--lang': 'en' });
    expect([...f.switches]).toEqual(['--json']);
  });

  it('takes a value written after "=" too', () => {
    expect(parsed(['in.xlsx', '--as-of=2027-03-31']).values['--as-of']).toBe('2027-03-31');
  });

  it('reads everything after "--" as a file name, so a file may start with a dash', () => {
    expect(parsed(['--', '-odd.xlsx']).positional).toEqual(['-odd.xlsx']);
  });

  it('an option without its value is named, in Thai and English', () => {
    const p = problem(['in.xlsx', '-o']);
    expect(p.en).toBe('-o needs a value');
    expect(p.th).toContain('-o');
  });

  it('an option the command does not take is named as typed, a switch given a value too', () => {
    expect(problem(['in.xlsx', '--year', '2569']).en).toBe('unknown option --year');
    expect(problem(['in.xlsx', '--output-file', 'x']).en).toBe('unknown option --output-file');
    expect(problem(['in.xlsx', '--json=yes']).en).toBe('unknown option --json=yes');
  });
});
