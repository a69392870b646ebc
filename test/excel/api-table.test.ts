/**
 * docs/excel-api.md lists every Excel JavaScript API member the add-in uses, with its requirement
 * set and the feature flag it is used under. The members are found in src/excel/ and
 * src/taskpane/excel-host.ts by the TypeScript checker (scripts/excel-api-members.js), so a new
 * call without a row fails here, and so does a row whose set differs from Microsoft's.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FEATURE_REQUIREMENTS, MIN_EXCEL_API } from '../../src/excel/features';
import type { ExcelFeatures } from '../../src/excel/features';

interface Member {
  member: string;
  set: string | undefined;
  uses: string[];
}
/* eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS script without types, typed by Member */
const { excelApiMembers } = require('../../scripts/excel-api-members') as { excelApiMembers(): Member[] };

const repo = path.resolve(__dirname, '..', '..');
const NO_SET = 'ExcelApi 1.1'; // members the types give no set (Excel.run, collections' items)

interface Row {
  member: string;
  set: string;
  gate?: keyof ExcelFeatures;
}

function tableRows(): Row[] {
  const text = fs.readFileSync(path.join(repo, 'docs', 'excel-api.md'), 'utf8');
  return text
    .split('\n')
    .map((line) => /^\| `([^`]+)` \| (ExcelApi \d+\.\d+) \| (?:`(\w+)`|—) \|$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ member: m[1], set: m[2], ...(m[3] ? { gate: m[3] as keyof ExcelFeatures } : {}) }));
}

const minor = (set: string): number => Number(/ExcelApi 1\.(\d+)/.exec(set)![1]);

describe('docs/excel-api.md, the Excel API members the add-in uses', () => {
  let found: Member[];
  let rows: Row[];
  beforeAll(() => {
    found = excelApiMembers();
    rows = tableRows();
  }, 120_000);

  it('has a row for every member called in src/excel and the pane’s Excel host, and none that is not called', () => {
    expect(found.length).toBeGreaterThan(50); // the checker really found the adapter's calls
    const missing = found.filter((m) => !rows.some((r) => r.member === m.member));
    expect(missing.map((m) => `${m.member} (${m.set ?? 'no set'}) at ${m.uses.join(', ')}`)).toEqual([]);
    const stale = rows.filter((r) => !found.some((m) => m.member === r.member)).map((r) => r.member);
    expect(stale).toEqual([]);
  });

  it('gives each member the requirement set Microsoft documents for it', () => {
    const wrong = found
      .map((m) => ({
        member: m.member,
        documented: m.set ?? NO_SET,
        table: rows.find((r) => r.member === m.member)?.set,
      }))
      .filter((m) => m.table !== undefined && m.table !== m.documented);
    expect(wrong).toEqual([]);
  });

  it('names, for every member above the floor, a feature flag that asks for at least its set; none below', () => {
    const floor = minor(`ExcelApi ${MIN_EXCEL_API}`);
    const bad = rows
      .filter((r) =>
        minor(r.set) > floor
          ? !r.gate ||
            !(r.gate in FEATURE_REQUIREMENTS) ||
            minor(`ExcelApi ${FEATURE_REQUIREMENTS[r.gate]}`) < minor(r.set)
          : r.gate !== undefined,
      )
      .map((r) => `${r.member} ${r.set} ${r.gate ?? '—'}`);
    expect(bad).toEqual([]);
  });

  it("makes the manifest's floor the highest set used without a flag, and the adapter's MIN_EXCEL_API the same", () => {
    const ungated = Math.max(...rows.filter((r) => !r.gate).map((r) => minor(r.set)));
    const manifest = fs.readFileSync(path.join(repo, 'manifest.xml'), 'utf8');
    const declared = /<Set Name="ExcelApi" MinVersion="1\.(\d+)"\/>/.exec(manifest);
    expect(declared).not.toBeNull();
    expect(Number(declared![1])).toBe(ungated);
    expect(`1.${ungated}`).toBe(MIN_EXCEL_API);
  });
});
