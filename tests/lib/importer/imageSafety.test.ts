import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { AssetCollector } from '@/lib/importer/assets'
import { runImportCli } from '@/lib/importer/cli'
import { imageSourceWithin, locateImage, type ImageFolders } from '@/lib/importer/imageLocations'
import { safeDownload } from '@/lib/importer/remoteImage'
import { useTempDir } from '../../support/tempDir'
import { fixturePath } from '../../support/fixtures'

const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
)

describe('local image paths', () => {
  const temp = useTempDir()
  let folders: ImageFolders

  beforeEach(async () => {
    // posts/ holds the post and its picture; uploads/ is a copy of wp-content/uploads; secret/ is neither.
    for (const folder of ['posts/pictures', 'uploads/2023/05', 'secret'])
      await mkdir(temp.path(folder), { recursive: true })
    await writeFile(temp.path('posts/pictures/chart.png'), TINY_PNG)
    await writeFile(temp.path('uploads/2023/05/photo one.png'), TINY_PNG)
    await writeFile(temp.path('secret/key.png'), TINY_PNG)
    await symlink(temp.path('secret/key.png'), temp.path('posts/pictures/innocent.png'))
    await symlink(temp.path('secret'), temp.path('uploads/2023/linked'))
    await symlink(temp.path('posts/pictures/chart.png'), temp.path('posts/alias.png'))
    folders = { postDirectory: temp.path('posts'), uploads: temp.path('uploads') }
  })

  it("reads files in the post's folder, and wp-content/uploads URLs and paths from --uploads", () => {
    expect(locateImage('pictures/chart.png?ver=2', folders)).toEqual({
      kind: 'file',
      path: temp.path('posts/pictures/chart.png'),
    })
    expect(locateImage('alias.png', folders)).toEqual({ kind: 'file', path: temp.path('posts/pictures/chart.png') })
    const upload = { kind: 'file', path: temp.path('uploads/2023/05/photo one.png') }
    expect(locateImage('https://old-clinic.example/wp-content/uploads/2023/05/photo%20one.png', folders)).toEqual(
      upload,
    )
    expect(locateImage('//old-clinic.example/blog/wp-content/uploads/2023/05/photo%20one.png', folders)).toEqual(upload)
    expect(locateImage('/wp-content/uploads/2023/05/photo one.png', folders)).toEqual(upload)
    expect(locateImage(pathToFileURL(temp.path('posts/pictures/chart.png')).href, folders)).toEqual({
      kind: 'file',
      path: temp.path('posts/pictures/chart.png'),
    })
  })

  it('keeps remote images remote, and an upload not in --uploads as its URL', () => {
    expect(locateImage('https://cdn.example/a.jpg', folders)).toEqual({ kind: 'url', url: 'https://cdn.example/a.jpg' })
    expect(locateImage('https://old-clinic.example/wp-content/uploads/2019/01/gone.png', folders)).toEqual({
      kind: 'url',
      url: 'https://old-clinic.example/wp-content/uploads/2019/01/gone.png',
    })
    expect(
      locateImage('https://old-clinic.example/wp-content/uploads/2023/05/photo%20one.png', {
        postDirectory: folders.postDirectory,
      }),
    ).toMatchObject({ kind: 'url' })
  })

  it.each([
    ['../secret/key.png'],
    ['pictures/../../secret/key.png'],
    ['%2e%2e/secret/key.png'],
    ['..\\secret\\key.png'],
    ['pictures/innocent.png'],
    ['/etc/passwd'],
    ['file:///etc/passwd'],
    ['/wp-content/uploads/../../secret/key.png'],
    ['/wp-content/uploads/2023/linked/key.png'],
    ['https://old-clinic.example/wp-content/uploads/2023%2f..%2f..%2f..%2fsecret/key.png'],
    ['https://old-clinic.example/wp-content/uploads/2023/linked/key.png'],
    ['pictures/chart.png%00.txt'],
  ])('refuses %s, which leads out of the folders given', (src) => {
    const found = locateImage(src, folders)
    expect(found).toMatchObject({ kind: 'refused' })
    expect(JSON.stringify(found)).not.toContain('"kind":"file"')
  })

  it('names the image in a warning for each refused or missing file, and reads nothing else', () => {
    const warnings: string[] = []
    const source = imageSourceWithin(folders, (message) => warnings.push(message))
    expect(source('../secret/key.png')).toBeUndefined()
    expect(source('pictures/innocent.png')).toBeUndefined()
    expect(source('pictures/missing.png')).toBeUndefined()
    expect(source('pictures')).toBeUndefined()
    expect(source('data:image/png;base64,AAAA')).toBeUndefined()
    expect(source('pictures/chart.png')).toEqual({ kind: 'file', path: temp.path('posts/pictures/chart.png') })
    expect(warnings).toEqual([
      `image "../secret/key.png" is outside the post's folder, so it was not read`,
      `image "pictures/innocent.png" links to ${temp.path('secret/key.png')}, outside the post's folder, so it was not read`,
      `image "pictures/missing.png" was not found in the post's folder (${temp.path('posts/pictures/missing.png')})`,
      `image "pictures" is not a regular file (${temp.path('posts/pictures')})`,
    ])
  })

  it('says to give --uploads when a post uses the old site uploads without it', () => {
    expect(locateImage('/wp-content/uploads/2023/05/photo one.png', { postDirectory: folders.postDirectory })).toEqual({
      kind: 'missing',
      reason:
        'image "/wp-content/uploads/2023/05/photo one.png" is in the old site\'s uploads; give --uploads DIR (a copy of wp-content/uploads) to import it',
    })
  })
})

describe('remote image downloads', () => {
  let server: Server
  let base: string

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/'
      if (path === '/ok.png') return void response.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG)
      if (path === '/missing.png') return void response.writeHead(404).end()
      if (path === '/page.png')
        return void response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>')
      if (path === '/fake.png')
        return void response
          .writeHead(200, { 'content-type': 'image/png' })
          .end('<?php system($_GET["c"]); ?> padding padding padding')
      if (path === '/announced-huge.png')
        return void response
          .writeHead(200, { 'content-type': 'image/png', 'content-length': String(50 * 1024 * 1024) })
          .end()
      if (path === '/endless.png') {
        // No length announced: the cap must hold while reading.
        response.writeHead(200, { 'content-type': 'image/png' })
        response.write(TINY_PNG)
        const timer = setInterval(() => response.write(Buffer.alloc(64 * 1024)), 1)
        response.on('close', () => clearInterval(timer))
        return
      }
      if (path === '/slow.png') {
        const timer = setTimeout(() => response.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG), 2_000)
        return void response.on('close', () => clearTimeout(timer))
      }
      if (path === '/redirect.png') return void response.writeHead(302, { location: '/ok.png' }).end()
      response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const download = safeDownload({ timeoutMs: 300, maxBytes: 256 * 1024 })

  it('returns the bytes of an image, following redirects', async () => {
    expect(await download(`${base}/ok.png`)).toEqual(TINY_PNG)
    expect(await download(`${base}/redirect.png`)).toEqual(TINY_PNG)
  })

  it.each([
    ['/missing.png', /^HTTP 404$/],
    ['/page.png', /served as "text\/html", not as an image/],
    ['/fake.png', /served as image\/png but is not a PNG, JPEG, GIF or WebP image/],
    ['/announced-huge.png', /50 MB is over the 0.3 MB limit/],
    ['/endless.png', /over the 0.3 MB limit/],
    ['/slow.png', /no answer within 0.3 s/],
  ])('refuses %s', async (path, message) => {
    await expect(download(`${base}${path}`)).rejects.toThrow(message)
  })

  it('downloads only http and https', async () => {
    await expect(download('file:///etc/passwd')).rejects.toThrow(/only http and https images are downloaded, not file:/)
    await expect(download('ftp://example.com/a.png')).rejects.toThrow(/not ftp:/)
  })
})

describe('reading an image file', () => {
  const temp = useTempDir()

  it('refuses a symlink that leads out of its folder, a device and a file that is not an image', async () => {
    await mkdir(temp.path('post'))
    await writeFile(temp.path('secret.png'), TINY_PNG)
    await writeFile(temp.path('post/chart.png'), TINY_PNG)
    await writeFile(temp.path('post/notes.png'), 'not a picture at all, just some text that is long enough')
    await symlink(temp.path('secret.png'), temp.path('post/post-1.png'))
    await symlink(temp.path('post/chart.png'), temp.path('post/post-2.png'))
    const assets = new AssetCollector()
    await expect(assets.resolve({ kind: 'file', path: temp.path('post/post-1.png') })).rejects.toThrow(
      /post-1\.png links to .*secret\.png, outside its folder, so it was not read/,
    )
    await expect(assets.resolve({ kind: 'file', path: '/dev/zero' })).rejects.toThrow(/not a regular file/)
    await expect(assets.resolve({ kind: 'file', path: temp.path('post/notes.png') })).rejects.toThrow(
      /not a PNG, JPEG, GIF or WebP image/,
    )
    expect(await assets.resolve({ kind: 'file', path: temp.path('post/post-2.png') })).toEqual({
      _sanityAsset: expect.stringMatching(/^image@file:\/\/\.\/images\/[0-9a-f]{40}-1x1\.png$/),
    })
  })
})

describe('the import command and image folders', () => {
  const temp = useTempDir()
  const EXPORT = fixturePath('importer', 'clinic-export.wxr.xml')

  async function run(argv: string[]) {
    const lines: string[] = []
    const code = await runImportCli(argv, { log: (line) => lines.push(line), error: (line) => lines.push(line) })
    return { code, output: lines.join('\n') }
  }

  it('imports an HTML post without the image that points outside its folder, and says which post and path', async () => {
    await mkdir(temp.path('posts'))
    await writeFile(temp.path('secret.png'), TINY_PNG)
    await writeFile(temp.path('posts/chart.png'), TINY_PNG)
    await writeFile(
      temp.path('posts/sleep-and-mood.html'),
      '<html><head><title>Sleep and mood</title></head><body><h1>Sleep and mood</h1><p>Sleep shapes mood in many ways that matter.</p><img src="chart.png" alt="A chart"><p>More text follows here.</p><img src="../secret.png" alt="Secret"></body></html>',
    )
    const { code, output } = await run([temp.path('posts'), '--out', temp.path('out/data.ndjson')])
    expect(code).toBe(0)
    expect(output).toMatch(
      /warning: .*sleep-and-mood\.html: sleep-and-mood: image "\.\.\/secret\.png" is outside the post's folder, so it was not read/,
    )
    expect(await readdir(temp.path('out/images'))).toHaveLength(1)
    expect(await readFile(temp.path('out/data.ndjson'), 'utf8')).not.toContain('secret')
  })

  it('reads the old site uploads from --uploads, and refuses an --uploads that is not a folder', async () => {
    await mkdir(temp.path('uploads'))
    await writeFile(temp.path('uploads/featured-14.jpg'), TINY_PNG)
    const { code, output } = await run([
      EXPORT,
      '--uploads',
      temp.path('uploads'),
      '--out',
      temp.path('out/data.ndjson'),
    ])
    expect(code).toBe(0)
    expect(output).toMatch(/Wrote \d+ documents/)
    expect(await readdir(temp.path('out/images'))).toEqual([expect.stringMatching(/^[0-9a-f]{40}-1x1\.png$/)])
    const article = (await readFile(temp.path('out/data.ndjson'), 'utf8'))
      .split('\n')
      .find((line) => line.includes('"_id":"article-post-number-14"'))
    expect(article).toMatch(
      /"mainImage":\{[^}]*"asset":\{"_sanityAsset":"image@file:\/\/\.\/images\/[0-9a-f]{40}-1x1\.png"\}/,
    )

    const notFolder = await run([EXPORT, '--uploads', temp.path('uploads/featured-14.jpg'), '--dry-run'])
    expect(notFolder).toEqual({
      code: 2,
      output: expect.stringMatching(/^--uploads: .*featured-14\.jpg is not a folder$/),
    })
    expect(await run([EXPORT, '--resume', '--dry-run'])).toMatchObject({
      code: 2,
      output: expect.stringMatching(/^--resume applies to --to-sanity/),
    })
  })
})
