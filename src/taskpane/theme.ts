import { Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** Thai first: Leelawadee UI ships with Windows and Office; Noto Sans Thai on Linux. */
export const THAI_FONT_STACK = '"Leelawadee UI", "Tahoma", "Noto Sans Thai", sans-serif';

export function paneTheme(dark: boolean): Theme {
  const base = dark ? webDarkTheme : webLightTheme;
  return { ...base, fontFamilyBase: THAI_FONT_STACK };
}
