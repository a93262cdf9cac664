import { z } from 'zod'
import { parseDocument, parseList } from '@/lib/sanity/validate'

const schema = z.object({ _id: z.string(), title: z.string() })

describe('validation of query results', () => {
  let warn: jest.SpyInstance
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => warn.mockRestore())

  it('drops a document missing a required field, naming its _id and the path, and keeps the rest', () => {
    const list = parseList(
      schema,
      [{ _id: 'a', title: 'A' }, { _id: 'broken-1' }, { _id: 'c', title: 'C' }],
      'listQuery',
    )
    expect(list.map((item) => item._id)).toEqual(['a', 'c'])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toMatch(/listQuery: document broken-1 skipped: title:/)
  })

  it('treats an invalid single document as missing', () => {
    expect(parseDocument(schema, { _id: 'x', title: 42 }, 'oneQuery')).toBeNull()
    expect(warn.mock.calls[0]?.[0]).toMatch(/oneQuery: document x skipped: title:/)
  })

  it('answers an empty list, not a crash, when a list query returns something else', () => {
    expect(parseList(schema, null, 'listQuery')).toEqual([])
  })
})
