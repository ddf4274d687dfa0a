import { drawFrom } from './palette.js'

const WIDTH = 640
const HEIGHT = 400

function frame(body: string, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${label}">
${body}
</svg>`
}

const redCross = (x: number, y: number, size: number) => {
  const bar = size / 3
  return `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="${bar / 2}" fill="#fff"/>
<path d="M${x + bar} ${y + bar / 3}h${bar}v${bar * (2 / 3)}h${bar * (2 / 3)}v${bar}h-${bar * (2 / 3)}v${bar * (2 / 3)}h-${bar}v-${bar * (2 / 3)}h-${bar * (2 / 3)}v-${bar}h${bar * (2 / 3)}z" fill="#d62828"/>`
}

/** The building from the street: floors of windows, an entrance and the red cross. */
function exterior(name: string): string {
  const { hue, pick } = drawFrom(name)
  const floors = 3 + pick(5, 1)
  const columns = 5 + pick(4, 2)
  const wall = `hsl(${(hue + 180) % 360} 15% ${82 + pick(10, 3)}%)`
  const width = columns * 48 + 32
  const left = (WIDTH - width) / 2
  const top = 330 - floors * 44 - 40
  const windows: string[] = []
  for (let floor = 0; floor < floors; floor++)
    for (let column = 0; column < columns; column++)
      windows.push(
        `<rect x="${left + 24 + column * 48}" y="${top + 28 + floor * 44}" width="32" height="26" rx="3" fill="hsl(${hue} 45% ${55 + pick(20, floor * 31 + column)}%)"/>`,
      )
  return frame(
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="hsl(${hue} 70% 88%)"/>
<circle cx="${90 + pick(460, 4)}" cy="70" r="28" fill="#fff6c9"/>
<rect y="330" width="${WIDTH}" height="70" fill="hsl(110 35% 55%)"/>
<rect x="${left}" y="${top}" width="${width}" height="${330 - top}" fill="${wall}"/>
${windows.join('\n')}
<rect x="${WIDTH / 2 - 36}" y="284" width="72" height="46" fill="hsl(${hue} 30% 30%)"/>
<rect x="${WIDTH / 2 - 90}" y="${top - 46}" width="180" height="40" rx="6" fill="#d62828"/>
${redCross(WIDTH / 2 - 16, top - 42, 32)}
<circle cx="${left - 30}" cy="300" r="26" fill="hsl(130 40% 38%)"/><rect x="${left - 34}" y="318" width="8" height="14" fill="#7a5230"/>
<circle cx="${left + width + 30}" cy="300" r="26" fill="hsl(130 40% 38%)"/><rect x="${left + width + 26}" y="318" width="8" height="14" fill="#7a5230"/>`,
    'Hospital building',
  )
}

/** The reception hall: a desk under the cross, waiting chairs. */
function reception(name: string): string {
  const { hue, pick } = drawFrom(name)
  const chairs = 3 + pick(4, 5)
  const seats = Array.from(
    { length: chairs },
    (_, i) =>
      `<rect x="${40 + i * 56}" y="300" width="44" height="40" rx="6" fill="hsl(${(hue + 40) % 360} 50% 45%)"/>`,
  )
  return frame(
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="hsl(${hue} 30% 94%)"/>
<rect y="340" width="${WIDTH}" height="60" fill="hsl(${hue} 15% 78%)"/>
<rect x="380" y="250" width="220" height="90" rx="8" fill="hsl(${hue} 40% 40%)"/>
<rect x="380" y="240" width="220" height="16" rx="4" fill="hsl(${hue} 30% 85%)"/>
<rect x="430" y="90" width="120" height="120" rx="12" fill="#d62828"/>
${redCross(458, 118, 64)}
${seats.join('\n')}
<rect x="40" y="60" width="${chairs * 56 - 12}" height="150" rx="8" fill="hsl(${hue} 60% 80%)"/>`,
    'Hospital reception',
  )
}

/** A patient room: a bed by the window. */
function ward(name: string): string {
  const { hue, pick } = drawFrom(name)
  const sheet = `hsl(${hue} 55% ${70 + pick(15, 6)}%)`
  return frame(
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="hsl(${(hue + 30) % 360} 25% 92%)"/>
<rect y="330" width="${WIDTH}" height="70" fill="hsl(${hue} 10% 74%)"/>
<rect x="380" y="60" width="200" height="150" rx="6" fill="hsl(200 70% 82%)" stroke="#fff" stroke-width="10"/>
<rect x="80" y="250" width="300" height="40" rx="10" fill="${sheet}"/>
<rect x="80" y="226" width="80" height="30" rx="12" fill="#fff"/>
<rect x="70" y="200" width="14" height="130" fill="hsl(${hue} 20% 45%)"/>
<rect x="370" y="236" width="14" height="94" fill="hsl(${hue} 20% 45%)"/>
<rect x="450" y="240" width="70" height="90" rx="6" fill="hsl(${hue} 25% 60%)"/>`,
    'Hospital patient room',
  )
}

const SCENES = [exterior, reception, ward] as const

/** Picture `view` (1 = the building, 2 = reception, 3 = a patient room, then again) of hospital `name`. */
export function hospitalSvg(name: string, view: number): string {
  const scene = SCENES[(view - 1) % SCENES.length] ?? exterior
  return scene(`${name}-${view}`)
}
