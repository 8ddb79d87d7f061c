/**
 * "Chrome on Android" from a User-Agent header, enough for a person to recognise their own
 * phone or laptop in the sessions list. Order matters: Edge and Opera say "Chrome" too, and
 * Chrome says "Safari".
 */
const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/UCBrowser\//, 'UC Browser'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
  [/^curl\//, 'curl'],
  [/node|undici/i, 'Node.js'],
];

const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

const first = (ua: string, table: [RegExp, string][]) => table.find(([re]) => re.test(ua))?.[1];

export interface Device {
  browser: string | null;
  system: string | null;
}

export function deviceOf(userAgent: string | null | undefined): Device {
  const ua = userAgent ?? '';
  return { browser: first(ua, BROWSERS) ?? null, system: first(ua, SYSTEMS) ?? null };
}
