import { progressLine, progressReporter } from '@/lib/importer/progress'

describe('import progress', () => {
  it('states count, share, rate and time left', () => {
    expect(progressLine(1234, 10_000, 'posts of export.xml', 2000, false)).toBe(
      '1,234/10,000 posts of export.xml   12%  617/s  about 14 s left',
    )
    expect(progressLine(5000, 10_000, 'posts', 100_000, true)).toBe(
      '5,000/10,000 posts   50%  [==========          ]  50/s  about 1 min 40 s left',
    )
    expect(progressLine(10_000, 10_000, 'posts', 65_000, false)).toBe(
      '10,000/10,000 posts  100%  154/s  done in 1 min 5 s',
    )
    expect(progressLine(300, 0, 'posts', 3000, false)).toBe('300 posts  100/s')
  })

  it('off a terminal, prints a line about every tenth of the way and stays quiet for small inputs', () => {
    const lines: string[] = []
    let clock = 0
    const report = progressReporter((line) => lines.push(line), { now: () => clock })
    for (let done = 1; done <= 10; done++) report(done, 10, 'files')
    for (let done = 1; done <= 1000; done++) {
      clock += 10
      report(done, 1000, 'posts')
    }
    expect(lines).toHaveLength(11)
    expect(lines[0]).toBe('progress: 1/1,000 posts    0%')
    expect(lines[5]).toBe('progress: 500/1,000 posts   50%  100/s  about 5 s left')
    expect(lines[10]).toBe('progress: 1,000/1,000 posts  100%  100/s  done in 10 s')
  })

  it('without a known total, prints a line every few seconds', () => {
    const lines: string[] = []
    let clock = 0
    const report = progressReporter((line) => lines.push(line), { now: () => clock, everyMs: 1000 })
    for (let done = 1; done <= 350; done++) {
      clock += 10
      report(done, 0, 'posts')
    }
    expect(lines).toEqual([
      'progress: 1 posts',
      'progress: 101 posts  100/s',
      'progress: 201 posts  100/s',
      'progress: 301 posts  100/s',
    ])
  })

  it('on a terminal, redraws one line in place and ends it when the work is done', () => {
    const written: string[] = []
    const printed: string[] = []
    let clock = 0
    const report = progressReporter((line) => printed.push(line), {
      now: () => clock,
      terminal: { write: (text) => written.push(text), columns: 200 },
    })
    for (let done = 1; done <= 100; done++) {
      clock += 20
      report(done, 100, 'posts')
    }
    expect(printed).toEqual([])
    expect(written.length).toBeGreaterThan(10)
    expect(written.length).toBeLessThan(30)
    for (const text of written.slice(0, -1)) expect(text).toMatch(/^\rprogress: \d+\/100 posts .*\x1b\[K$/)
    expect(written.at(-1)).toBe('\rprogress: 100/100 posts  100%  [====================]  50/s  done in 2 s\x1b[K\n')
  })

  it('fits the line to a narrow terminal, dropping the file name first', () => {
    const written: string[] = []
    const report = progressReporter(() => undefined, {
      now: () => 0,
      terminal: { write: (text) => written.push(text), columns: 60 },
    })
    report(10, 100, 'posts of /a/very/long/path/to/the/export/of/the/old/site.xml')
    expect(written).toEqual(['\rprogress: 10/100 posts   10%  [==                  ]\x1b[K'])
  })
})
