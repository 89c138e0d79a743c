import type { HostTheme } from "./outlookHost";

/** The subset of Office.OfficeTheme we read; kept structural so tests can pass plain objects. */
export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
  themeId?: unknown;
}

/** Relative luminance (0 black … 1 white) of a "#rrggbb" colour, or null when it cannot be read. */
function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex?.trim() ?? "");
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Maps Outlook's theme to one of ours. High contrast is not reported by Office, so the caller passes
 * the browser's forced-colors state; isDarkTheme is missing on older hosts, so fall back to the body colour.
 */
export function themeFromOffice(theme: OfficeThemeLike | null | undefined, forcedColors = false): HostTheme {
  if (forcedColors) return "highContrast";
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const l = luminance(theme.bodyBackgroundColor);
  return l !== null && l < 0.2 ? "dark" : "light";
}
