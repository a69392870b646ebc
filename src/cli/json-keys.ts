/**
 * JSON.parse keeps the last of two identical keys without a word ({"1": 90, "1": 80} scores 80).
 * jsonc-parser walks the text itself, so a key given twice in one object is an error naming it.
 */
import { visit } from 'jsonc-parser';
import { Problem } from '../domain/problem';
import { bi } from '../domain/text';
import { escapeControls } from './score-input';

export function duplicateKeyProblems(text: string): Problem[] {
  const problems: Problem[] = [];
  const open: { path: string; keys: Set<string> }[] = [];
  visit(text, {
    onObjectBegin: (_offset, _length, _line, _column, pathSupplier) => {
      open.push({ path: pathSupplier().join('.'), keys: new Set() });
    },
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (key) => {
      const object = open[open.length - 1];
      if (!object || !object.keys.has(key)) return void object?.keys.add(key);
      const shown = escapeControls(key);
      problems.push({
        severity: 'error',
        code: 'input.duplicate-key',
        field: object.path ? `${object.path}.${shown}` : shown,
        found: shown,
        message: bi(
          `${object.path || 'ระดับบนสุด'} มีคีย์ "${shown}" สองครั้ง ซึ่ง JSON จะเก็บไว้เพียงค่าหลัง — ให้เหลือคีย์เดียว`,
          `${object.path || 'The top level'} has the key "${shown}" twice, and JSON keeps only the later value; keep one`,
        ),
      });
    },
  });
  return problems;
}
