import { createRequire } from 'node:module'

// Noto Sans covers every Vietnamese letter and "₫"; pdfkit embeds only the glyphs a document uses.
const require = createRequire(import.meta.url)
export const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')
export const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')

// fontkit's default "ccmp" feature splits letters such as "ị" and "ụ" into base + combining dot,
// and pdfkit then writes a ToUnicode map that copies and searches as "i S". With it off, Noto Sans
// draws its precomposed Vietnamese glyphs (text is NFC-normalised first) and the text layer is exact.
// @types/pdfkit only knows the array form; fontkit also takes an object of feature switches.
export const TEXT_FEATURES = { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[]
