import { avatarSvg } from './avatar-svg.js'
import { hospitalSvg } from './hospital-svg.js'
import { specialtySvg } from './specialty-svg.js'

// The demo data's pictures are drawn from their URL, so nothing is stored and every seeded URL
// answers: /images/avatars/<who>-<INITIALS>.svg, /images/hospitals/h-<n>[-<view>].svg and
// /images/specialties/<slug>.svg (packages/db/src/seed writes them in these shapes).

const AVATAR = /^\/images\/avatars\/([a-z]+-\d{1,7})-(\p{Lu}{1,3})\.svg$/u
const HOSPITAL = /^\/images\/hospitals\/h-(\d{1,5})(?:-([2-9]))?\.svg$/
const SPECIALTY = /^\/images\/specialties\/([a-z0-9]+(?:-[a-z0-9]+){0,8})\.svg$/

/** The SVG for a drawn-image path, or null when the path names no picture. */
export function drawnImage(pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  const avatar = AVATAR.exec(decoded)
  if (avatar?.[1] && avatar[2]) return avatarSvg(avatar[1], avatar[2])
  const hospital = HOSPITAL.exec(decoded)
  if (hospital?.[1]) return hospitalSvg(`h-${hospital[1]}`, Number(hospital[2] ?? 1))
  const specialty = SPECIALTY.exec(decoded)
  if (specialty?.[1]) return specialtySvg(specialty[1])
  return null
}
