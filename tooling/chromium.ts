import { existsSync } from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import { chromium, type Browser } from 'playwright-core'

// Debian's Chromium; a browser is never downloaded. CHROMIUM_PATH points elsewhere when needed.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

// Quiet, offline-safe flags for every browser the tests and benchmarks start (docs: Known pitfalls).
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`)
  }
}

/** Chromium driven by Playwright; every launch gets a fresh temporary profile (--user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  assertChromium()
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS })
}

/**
 * Chromium with a debugging port for Lighthouse to drive (chrome.port) and a fresh profile;
 * chrome.kill() ends it.
 */
export async function launchChromeForLighthouse(): Promise<chromeLauncher.LaunchedChrome> {
  assertChromium()
  return chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' })
}
