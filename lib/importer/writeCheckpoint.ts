import { createHash } from 'node:crypto'
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'

/**
 * What a `--to-sanity` run has had confirmed by the Content Lake, one NDJSON line per confirmed
 * transaction or upload, appended as soon as the confirmation arrives. A run cut short (Ctrl-C,
 * crash, network gone) leaves a file that `--resume` reads to skip what is already there:
 * a document is skipped only if the very same content was confirmed (its hash), so a post
 * edited since is still sent. A line cut in half by the interruption is ignored.
 */
const lineSchema = z.union([
  z.strictObject({ documents: z.array(z.tuple([z.string(), z.string()])) }),
  z.strictObject({ image: z.string(), assetId: z.string() }),
])

export class WriteCheckpoint {
  private constructor(
    readonly path: string,
    private readonly documents: Map<string, string>,
    private readonly images: Map<string, string>,
  ) {}

  /** With `resume`, reads what an earlier run confirmed; otherwise starts an empty record. */
  static async open(path: string, resume: boolean): Promise<WriteCheckpoint> {
    const documents = new Map<string, string>()
    const images = new Map<string, string>()
    await mkdir(dirname(path), { recursive: true })
    const text = resume ? await readFile(path, 'utf8').catch(() => '') : ''
    for (const line of text.split('\n')) {
      let json: unknown
      try {
        json = JSON.parse(line)
      } catch {
        continue
      }
      const parsed = lineSchema.safeParse(json)
      if (!parsed.success) continue
      if ('documents' in parsed.data) for (const [id, hash] of parsed.data.documents) documents.set(id, hash)
      else images.set(parsed.data.image, parsed.data.assetId)
    }
    if (!resume) await writeFile(path, '')
    return new WriteCheckpoint(path, documents, images)
  }

  /** The content hash a mutation is recorded under: the operation and the document, byte for byte. */
  static hash(mutation: unknown): string {
    return createHash('sha1').update(JSON.stringify(mutation)).digest('hex')
  }

  confirmed(id: string, hash: string): boolean {
    return this.documents.get(id) === hash
  }

  uploadedAsset(image: string): string | undefined {
    return this.images.get(image)
  }

  async recordDocuments(entries: Array<[id: string, hash: string]>): Promise<void> {
    for (const [id, hash] of entries) this.documents.set(id, hash)
    await appendFile(this.path, JSON.stringify({ documents: entries }) + '\n')
  }

  async recordImage(image: string, assetId: string): Promise<void> {
    this.images.set(image, assetId)
    await appendFile(this.path, JSON.stringify({ image, assetId }) + '\n')
  }
}

/**
 * One checkpoint per target (API host, project, dataset), kept where npm tools keep caches, so
 * resuming into another dataset never skips anything.
 */
export function defaultCheckpointPath(
  target: { apiHost?: string; projectId?: string; dataset?: string },
  base = process.cwd(),
): string {
  const key = createHash('sha1')
    .update(`${target.apiHost ?? ''}\n${target.projectId ?? ''}\n${target.dataset ?? ''}`)
    .digest('hex')
    .slice(0, 12)
  return join(
    base,
    'node_modules',
    '.cache',
    'clinic-blog-import',
    `${target.projectId ?? 'project'}-${target.dataset ?? 'dataset'}-${key}.ndjson`,
  )
}
