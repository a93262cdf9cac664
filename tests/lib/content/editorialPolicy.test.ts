import { editorialPolicySections } from '@/lib/content/editorialPolicy'

const empty = { writing: null, reviewing: null, corrections: null, reviewIntervalMonths: null }

describe('editorialPolicySections', () => {
  it('shows the settings text split into paragraphs, and the default, marked sample, where there is none', () => {
    const sections = editorialPolicySections(
      { ...empty, writing: 'We write.\n\n  Clinicians help.  \n\n', corrections: 'Tell us.' },
      'Test Clinic',
    )
    expect(sections.map(({ id, sample }) => [id, sample])).toEqual([
      ['writing', false],
      ['reviewing', true],
      ['corrections', false],
    ])
    expect(sections[0]?.paragraphs).toEqual(['We write.', 'Clinicians help.'])
    expect(sections[2]?.paragraphs).toEqual(['Tell us.'])
  })

  it("states the site's review interval in the default text", () => {
    const reviewing = (months: number | null) =>
      editorialPolicySections({ ...empty, reviewIntervalMonths: months }, 'Test Clinic')[1]?.paragraphs.join(' ')
    expect(reviewing(null)).toContain('reviewed again at least once a year')
    expect(reviewing(6)).toContain('reviewed again at least every 6 months')
  })
})
