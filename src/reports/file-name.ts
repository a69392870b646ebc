/**
 * The name a report's Word file is saved under: `<agency>-ITA-<kind>-<year>.docx`, so a
 * planner's Downloads folder tells the agencies, reports and years apart (an English copy ends
 * `-en`). The kind is spelled as `ita-planner report --kind` takes it. Thai letters stay; what
 * Windows, macOS or Linux refuse in a file name does not.
 */
import type { ReportDoc, ReportKind } from './model';

/** As the command line's --kind spells each report. */
const KIND_IN_NAME: Record<ReportKind, string> = {
  analysis: 'analysis',
  plan: 'plan',
  'six-month': '6-month',
  'year-end': 'year-end',
};

/** Characters (code points) kept of the agency's name: Thai letters take 3 bytes each, names at most 255. */
const AGENCY_MAX = 60;

/**
 * The agency's name made safe as part of a file name: the characters Windows refuses
 * (`<>:"/\|?*`, control characters) become "-", invisible ones (the zero-width space Thai text
 * uses to mark word breaks) go, spaces run together, and no dot, dash or space starts or ends it
 * (a leading dot hides the file, Windows drops a trailing one). Empty if nothing is left.
 */
export function fileNamePart(text: string): string {
  let s = text
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, '-')
    .replace(/-{2,}/g, '-');
  if ([...s].length > AGENCY_MAX) s = [...s].slice(0, AGENCY_MAX).join('');
  return s.replace(/^[\s.-]+|[\s.-]+$/gu, '');
}

/** "เทศบาลนครเชียงใหม่-ITA-plan-2570.docx"; "ITA-plan-2570.docx" when the workbook names no agency. */
export function reportFileName(doc: Pick<ReportDoc, 'kind' | 'lang' | 'year' | 'agency'>): string {
  const agency = fileNamePart(doc.agency ?? '');
  const lang = doc.lang === 'th' ? '' : `-${doc.lang}`;
  return `${agency ? `${agency}-` : ''}ITA-${KIND_IN_NAME[doc.kind]}-${doc.year}${lang}.docx`;
}
