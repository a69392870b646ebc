import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DocumentRegular, TableRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Bilingual } from '../../domain/text';
import { REPORT_KINDS, type ReportKind } from '../../reports';
import type { WorkbookHost } from '../../workbook/host';
import { downloadBlob } from '../browser-host';
import { userErrorOf } from '../errors';
import { useI18n } from '../i18n';
import { useCommonStyles } from '../styles';
import { canDownload, NO_DOWNLOAD_HERE, reportDocxFile, writeReportSheet } from '../reports';
import { todayIso } from '../format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '12px' },
  buttons: { display: 'flex', columnGap: '8px', rowGap: '8px', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
});

const KIND_LABEL: Record<ReportKind, Bilingual> = {
  analysis: { th: 'วิเคราะห์ผลการประเมิน', en: 'Analysis of the result' },
  plan: { th: 'แผนมาตรการ', en: 'Measures plan' },
  'six-month': { th: 'รายงานความก้าวหน้ารอบ 6 เดือน', en: 'Six-month progress report' },
  'year-end': { th: 'รายงานผลประจำปี', en: 'Year-end report' },
};

const TEXT = {
  title: { th: 'รายงาน', en: 'Reports' },
  kind: { th: 'เลือกรายงาน', en: 'Choose a report' },
  hint: {
    th: 'เขียนรายงานลงชีตของ ITA Planner พร้อมพิมพ์ (A4) หรือดาวน์โหลดเป็นไฟล์ Word ไม่แก้ไขข้อมูลที่คุณกรอก',
    en: 'Writes the report on an ITA Planner sheet, ready to print (A4), or downloads it as a Word file. Your own cells are not changed.',
  },
  writeSheet: { th: 'เขียนรายงานลงชีต', en: 'Write report sheet' },
  word: { th: 'ดาวน์โหลด Word (.docx)', en: 'Download Word (.docx)' },
  wrote: (sheet: string): Bilingual => ({
    th: `เขียนรายงานลงชีต "${sheet}" แล้ว`,
    en: `The report is on the sheet "${sheet}"`,
  }),
  saved: (name: string): Bilingual => ({ th: `ดาวน์โหลด ${name} แล้ว`, en: `Downloaded ${name}` }),
};

type Note = { intent: 'success' | 'warning' | 'error'; text: Bilingual };

export interface ReportsSectionProps {
  host: WorkbookHost;
  /** The session is busy (reading or writing): wait. */
  busy: boolean;
  /** Runs the work as one of the session's actions; `reload` reads the workbook again after. */
  runTask: (body: () => Promise<{ reload: boolean }>) => void;
}

export function ReportsSection({ host, busy, runTask }: ReportsSectionProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const common = useCommonStyles();
  const [kind, setKind] = useState<ReportKind>('analysis');
  const [note, setNote] = useState<Note>();

  /** One of the pane's actions (nothing else writes meanwhile); the note says how it went. */
  const run = (body: () => Promise<Note & { reload?: boolean }>) =>
    runTask(async () => {
      setNote(undefined);
      try {
        const { reload = false, ...done } = await body();
        setNote(done);
        return { reload };
      } catch (e) {
        setNote({ intent: 'error', text: userErrorOf(e).title });
        return { reload: false };
      }
    });

  const writeSheet = () =>
    run(async () => {
      const r = await writeReportSheet(host, kind, lang, todayIso(), new Date().toISOString());
      if (!r.ok) return { intent: 'error', text: r.problem.message };
      return { intent: 'success', text: TEXT.wrote(r.sheet!), reload: true };
    });

  const downloadWord = () =>
    run(async () => {
      if (!canDownload(host)) return { intent: 'warning', text: NO_DOWNLOAD_HERE };
      const r = await reportDocxFile(host, kind, lang, todayIso());
      if ('problem' in r) return { intent: 'error', text: r.problem.message };
      downloadBlob(r.blob, r.name);
      return { intent: 'success', text: TEXT.saved(r.name) };
    });

  const disabled = busy;
  return (
    <section className={styles.root} aria-labelledby="reports-title">
      <h2 id="reports-title" className={common.h2}>
        {t(TEXT.title)}
      </h2>
      <Text className={styles.hint}>{t(TEXT.hint)}</Text>
      <Field label={t(TEXT.kind)}>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as ReportKind)}>
          {REPORT_KINDS.map((k) => (
            <Radio key={k} value={k} label={t(KIND_LABEL[k])} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<TableRegular />} disabledFocusable={disabled} onClick={writeSheet}>
          {t(TEXT.writeSheet)}
        </Button>
        <Button icon={<DocumentRegular />} disabledFocusable={disabled} onClick={downloadWord}>
          {t(TEXT.word)}
        </Button>
      </div>
      {note && (
        <MessageBar intent={note.intent} role="status">
          <MessageBarBody>{t(note.text)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
