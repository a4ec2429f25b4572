import type { Lang } from "../core";
/**
 * The add-in's one language rule, shared by the ribbon (manifest.xml), the pane and the ribbon
 * commands' notices: English when Office's display language is English (en, en-*), Vietnamese
 * otherwise (the manifest's DefaultLocale is vi-VN, so every other Office gets Vietnamese too).
 */

/**
 * The English display languages the manifest overrides, one by one: the add-in only manifest has
 * no wildcard for string overrides. Office's own English UI languages are en-US and en-GB; Office
 * on the web and on the Mac report the user's regional English too. test/manifest.test.ts checks
 * that every display string of manifest.xml has an English override for each of these.
 */
export const ENGLISH_OFFICE_LOCALES = [
  "en-US",
  "en-GB",
  "en-AU",
  "en-CA",
  "en-IE",
  "en-IN",
  "en-NZ",
  "en-SG",
  "en-ZA",
  "en-MY",
  "en-PH",
  "en-HK",
  "en-AE",
  "en-JM",
  "en-TT",
] as const;

export function uiLanguage(displayLanguage: string | null | undefined): Lang {
  return displayLanguage && /^en(-|$)/i.test(displayLanguage.trim()) ? "en" : "vi";
}
