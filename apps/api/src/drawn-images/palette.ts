/** FNV-1a: the same name always draws the same picture, with no state kept anywhere. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** A hue for the name, and a numbered pick from `count` choices seeded by it. */
export function drawFrom(name: string) {
  const hash = hashOf(name)
  return {
    hue: hash % 360,
    pick: (count: number, salt: number) => hashOf(`${name}#${salt}`) % count,
  }
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
