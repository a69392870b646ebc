import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useI18n } from '../i18n';
import { useCommonStyles } from '../styles';
import { ActionTooltip } from './ActionTooltip';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '8px',
    padding: '10px 12px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '6px' },
  mode: { color: tokens.colorNeutralForeground3 },
  file: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

export interface FileBarProps {
  fileName?: string;
  canDownload: boolean;
  resultName: string;
  busy: boolean;
  onOpenSample: () => void;
  onOpenFile: (file: File) => void;
  onDownload: () => void;
}

/** Browser mode only: which file is open, open another, download the result. */
export function FileBar({
  fileName,
  canDownload,
  resultName,
  busy,
  onOpenSample,
  onOpenFile,
  onDownload,
}: FileBarProps) {
  const { s } = useI18n();
  const styles = useStyles();
  const common = useCommonStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.bar} role="region" aria-label={s.browserTitle}>
      <Text size={200} className={styles.mode}>
        {s.browserMode}
      </Text>
      <Text className={styles.file} data-testid="file-name">
        {fileName ? s.currentFile(fileName) : s.noWorkbook}
      </Text>
      <div className={styles.buttons}>
        <Button size="small" icon={<DocumentTableRegular />} disabledFocusable={busy} onClick={onOpenSample}>
          {s.openSample}
        </Button>
        <Button
          size="small"
          icon={<FolderOpenRegular />}
          disabledFocusable={busy}
          onClick={() => input.current?.click()}
        >
          {s.openFile}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          aria-label={s.openFileLabel}
          className={common.visuallyHidden}
          tabIndex={-1}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onOpenFile(file);
          }}
        />
        <ActionTooltip content={s.downloadHint(resultName)}>
          <Button
            size="small"
            icon={<ArrowDownloadRegular />}
            disabled={!canDownload}
            disabledFocusable={busy && canDownload}
            onClick={onDownload}
          >
            {s.download}
          </Button>
        </ActionTooltip>
      </div>
    </div>
  );
}
