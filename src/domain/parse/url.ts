/** Web addresses of OIT evidence. */
import { Parsed, ok, fail } from '../problem';
import { bi } from '../text';
import { because, isBlank } from './common';

const URL_EXPECTED = bi(
  'ที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https:// เช่น "https://www.example.go.th/ita" (ไม่มีช่องว่าง)',
  'a web address starting with http:// or https://, e.g. "https://www.example.go.th/ita" (no spaces)',
);

/** A host a browser could reach: localhost, an IPv4 address, or a dotted name whose last label is a word (Thai names arrive punycoded). */
const REACHABLE_HOST = /^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|(?:[^.]+\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+))$/;

/**
 * The platform's URL parser decides what an address is (not URL.canParse: Safari 14, which we
 * support, lacks it); we add what a planner's link needs: http(s), a real host, no spaces.
 */
function isWebAddress(text: string): boolean {
  if (/\s/.test(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && REACHABLE_HOST.test(url.hostname);
}

function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .trim();
}

/** Text that becomes a web address once "https://" is put in front ("www.example.go.th/ita"). */
export function lacksScheme(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const url = tidy(v);
  return !isWebAddress(url) && !/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(url) && isWebAddress(`https://${url}`);
}

/** An http(s) URL with a host. An ExcelJS hyperlink cell value ({ text, hyperlink }) is read by its hyperlink. */
export function parseUrl(v: unknown): Parsed<string> {
  if (typeof v === 'object' && v !== null && typeof (v as { hyperlink?: unknown }).hyperlink === 'string') {
    return parseUrl((v as { hyperlink: string }).hyperlink);
  }
  if (isBlank(v)) return fail('', URL_EXPECTED);
  if (typeof v !== 'string') return fail(v, URL_EXPECTED);
  const url = tidy(v);
  if (isWebAddress(url)) return ok(url);
  if (lacksScheme(url)) {
    return fail(
      v,
      because(
        URL_EXPECTED,
        bi(`เติม https:// ข้างหน้า เช่น "https://${url}"`, `add https:// in front, e.g. "https://${url}"`),
      ),
    );
  }
  return fail(v, URL_EXPECTED);
}
