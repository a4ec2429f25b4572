/** What Office tells the pane at start-up: inside Office or not, dark theme, display language. */

export interface OfficeEnvironment {
  /** True when Office.js reports a host application (Excel); false on the plain browser page. */
  inOffice: boolean;
  dark: boolean;
  displayLanguage: string | null;
}

/** Relative luminance below one half counts as a dark theme ("#1f1f1f" is dark). */
export function isDarkColor(hex: string | undefined | null): boolean {
  const m = hex ? /^#?([0-9a-f]{6})$/i.exec(hex.trim()) : null;
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}

function pageOverrides(): { lang: string | null; theme: string | null } {
  try {
    const params = new URLSearchParams(window.location.search);
    return { lang: params.get("lang"), theme: params.get("theme") };
  } catch {
    return { lang: null, theme: null };
  }
}

function browserEnvironment(): OfficeEnvironment {
  const { lang, theme } = pageOverrides();
  const prefersDark =
    theme === "dark" ||
    (theme === null &&
      typeof window.matchMedia === "function" &&
      window.matchMedia("(prefers-color-scheme: dark)").matches);
  return { inOffice: false, dark: prefersDark, displayLanguage: lang };
}

function officeEnvironment(): OfficeEnvironment {
  let dark = false;
  let displayLanguage: string | null = null;
  try {
    dark = isDarkColor(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    dark = false;
  }
  try {
    displayLanguage = Office.context.displayLanguage ?? null;
  } catch {
    displayLanguage = null;
  }
  return { inOffice: true, dark, displayLanguage };
}

/**
 * Waits for Office.onReady, but not forever: without Office.js (blocked, offline, a plain browser)
 * or when it reports no host, the pane starts in browser mode after `timeoutMs`. It keeps
 * listening: when Office answers later with a host (a slow start of Excel, a slow network for
 * Office.js), `onLateOffice` gets the Office environment so that the pane can switch back.
 */
export function detectOffice(
  timeoutMs = 4000,
  onLateOffice?: (env: OfficeEnvironment) => void,
): Promise<OfficeEnvironment> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return Promise.resolve(browserEnvironment());
  return new Promise((resolve) => {
    let settled = false;
    const settle = (env: OfficeEnvironment) => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      resolve(env);
      return true;
    };
    const timer = setTimeout(() => settle(browserEnvironment()), timeoutMs);
    Office.onReady()
      .then((info) => {
        const env = info && info.host ? officeEnvironment() : browserEnvironment();
        if (!settle(env) && env.inOffice) onLateOffice?.(env);
      })
      .catch(() => settle(browserEnvironment()));
  });
}
