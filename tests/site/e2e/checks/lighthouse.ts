import type { Check } from '../harness'
import { expectNone } from '../harness'
import { accessibilityAudit, type FormFactor } from '@/tooling/lighthouse'
import { ARTICLE_PATH } from '../pages'
import type { SuiteContext } from '../context'

export function lighthouseChecks(suite: SuiteContext): Check[] {
  const formFactors: FormFactor[] = ['mobile', 'desktop']
  return formFactors.map((formFactor) => ({
    name: `Lighthouse accessibility is 100 on the example article, ${formFactor}`,
    run: async () => {
      const audit = await accessibilityAudit(`${suite.origin}${ARTICLE_PATH}`, formFactor)
      expectNone(audit.score === 100 ? [] : [`score ${audit.score}`, ...audit.failing], 'Lighthouse accessibility')
    },
  }))
}
