import { failingAudits, launchChromeForLighthouse, runLighthouse } from '../support/lighthouse'

export type FormFactor = 'mobile' | 'desktop'

export type AccessibilityAudit = {
  /** 0-100, as Lighthouse reports it. */
  score: number
  /** The audits that cost points. */
  failing: string[]
}

/** Lighthouse's accessibility category for one URL, at its mobile or desktop settings. */
export async function accessibilityAudit(url: string, formFactor: FormFactor): Promise<AccessibilityAudit> {
  const chrome = await launchChromeForLighthouse()
  try {
    const lhr = await runLighthouse(url, chrome.port, { categories: ['accessibility'], preset: formFactor === 'desktop' ? 'desktop' : undefined })
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const score = lhr.categories.accessibility?.score
    if (score === undefined || score === null) throw new Error(`Lighthouse gave no accessibility score for ${url}`)
    return { score: Math.round(score * 100), failing: failingAudits(lhr, 'accessibility') }
  } finally {
    chrome.kill()
  }
}
