import { drawFrom, escapeXml } from './palette.js'

/** A square initials avatar: white letters on a dark enough colour for 4.5:1 contrast. */
export function avatarSvg(name: string, initials: string): string {
  const { hue } = drawFrom(name)
  const text = escapeXml(initials)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="${text}">
<rect width="256" height="256" fill="hsl(${hue} 55% 36%)"/>
<text x="128" y="128" dy="0.35em" text-anchor="middle" font-family="system-ui, 'Segoe UI', Roboto, sans-serif" font-size="${initials.length > 2 ? 84 : 104}" font-weight="600" fill="#fff">${text}</text>
</svg>`
}
