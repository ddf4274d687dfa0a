/** A readable name for a session's user agent: "Chrome on Windows", "Safari on iPhone". */
export function describeDevice(userAgent: string | null): {
  browser: string | null
  system: string | null
  mobile: boolean
} {
  if (!userAgent) return { browser: null, system: null, mobile: false }
  const ua = userAgent
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /OPR\/|Opera/.test(ua)
      ? 'Opera'
      : /CocCoc|coc_coc/.test(ua)
        ? 'Cốc Cốc'
        : /Firefox\//.test(ua)
          ? 'Firefox'
          : /Chrome\/|Chromium\/|CriOS\//.test(ua)
            ? 'Chrome'
            : /Safari\//.test(ua)
              ? 'Safari'
              : null
  const system = /iPhone/.test(ua)
    ? 'iPhone'
    : /iPad/.test(ua)
      ? 'iPad'
      : /Android/.test(ua)
        ? 'Android'
        : /Windows/.test(ua)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(ua)
            ? 'macOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : null
  return { browser, system, mobile: /Mobile|iPhone|Android/.test(ua) }
}
