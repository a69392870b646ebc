import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared styles of the pane's sections. */
export const useCommonStyles = makeStyles({
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  section: { display: 'flex', flexDirection: 'column', rowGap: '12px' },
  h2: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  h3: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  /**
   * Columns as wide as their content, headers never broken inside a word (Thai has no spaces,
   * so a narrow fixed column broke "ถ่วงน้ำหนัก" after "น้ำ").
   */
  table: {
    tableLayout: 'auto',
    '& th': { whiteSpace: 'nowrap' },
    '& th, & td': { paddingLeft: '4px', paddingRight: '4px' },
  },
  num: { fontVariantNumeric: 'tabular-nums' },
});
