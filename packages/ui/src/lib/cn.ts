import { type ClassValue, clsx } from 'clsx'

/** Joins class names, skipping falsy ones. Variants are written so that no two set the same property. */
export function cn(...classes: ClassValue[]): string {
  return clsx(classes)
}
