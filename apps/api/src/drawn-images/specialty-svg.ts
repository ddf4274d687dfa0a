import { drawFrom } from './palette.js'

/** A specialty's icon: a medical cross on a rounded tile in the specialty's own colour. */
export function specialtySvg(slug: string): string {
  const { hue } = drawFrom(slug)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96" role="img" aria-hidden="true">
<rect width="96" height="96" rx="22" fill="hsl(${hue} 70% 94%)"/>
<path d="M40 20h16v20h20v16H56v20H40V56H20V40h20z" fill="hsl(${hue} 60% 40%)"/>
</svg>`
}
