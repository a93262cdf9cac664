import { readFileSync } from 'node:fs'
import path from 'node:path'

export type Theme = Record<string, string>

const css = () => readFileSync(path.join(process.cwd(), 'app/globals.css'), 'utf8')

/** The `--color-*` custom properties declared directly in one block of CSS text. */
function colours(block: string): Theme {
  return Object.fromEntries(
    [...block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  )
}

/** The light theme (the first :root) and the dark one (the :root inside prefers-color-scheme: dark). */
export function themes(): { light: Theme; dark: Theme } {
  const text = css()
  const light = text.match(/^:root\s*\{([^}]*)\}/m)?.[1]
  const dark = text.match(/@media \(prefers-color-scheme: dark\)\s*\{[^{]*:root\s*\{([^}]*)\}/)?.[1]
  if (!light || !dark) throw new Error('app/globals.css: expected a :root block and a dark :root block')
  return { light: colours(light), dark: colours(dark) }
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** WCAG 2.x contrast ratio of two sRGB colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}
