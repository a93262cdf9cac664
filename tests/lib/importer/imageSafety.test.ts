import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { AssetCollector } from '@/lib/importer/assets'
import { runImportCli } from '@/lib/importer/cli'
import { parseCliOptions, USAGE } from '@/lib/importer/cliOptions'
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

  // The test server is on 127.0.0.1: a loopback address, downloaded from only when allowed.
  const download = safeDownload({ timeoutMs: 300, maxBytes: 256 * 1024 }, fetch, { allowPrivateHosts: true })

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

describe('remote image downloads and private addresses', () => {
  const LIMITS = { timeoutMs: 1_000, maxBytes: 256 * 1024 }
  const image = () => new Response(TINY_PNG, { headers: { 'content-type': 'image/png' } })

  /** A download whose DNS answers from `names` and whose network serves `serve`, recording what it fetched. */
  function downloadWith(
    names: Record<string, string[]>,
    serve: (url: URL) => Response = image,
    allowPrivateHosts = false,
  ) {
    const fetched: string[] = []
    const fetcher = (async (input: URL | RequestInfo) => {
      const url = new URL(input instanceof Request ? input.url : input)
      fetched.push(url.href)
      return serve(url)
    }) as typeof fetch
    const resolve = async (hostname: string) => {
      const addresses = names[hostname]
      if (!addresses) throw new Error(`getaddrinfo ENOTFOUND ${hostname}`)
      return addresses
    }
    return { download: safeDownload(LIMITS, fetcher, { allowPrivateHosts, resolve }), fetched }
  }

  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.0.0.8',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.1',
    '169.254.169.254',
    '0.0.0.0',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:a00:1',
  ])('refuses a host resolving to %s, without fetching it', async (address) => {
    const { download, fetched } = downloadWith({ 'images.example': [address] })
    await expect(download('https://images.example/photo.png')).rejects.toThrow(
      `images.example is a private or loopback address (${address}); give --allow-private-hosts to download from it`,
    )
    expect(fetched).toEqual([])
  })

  it('checks every address a name resolves to, not only the first', async () => {
    const { download, fetched } = downloadWith({ 'images.example': ['93.184.216.34', '10.1.2.3'] })
    await expect(download('https://images.example/photo.png')).rejects.toThrow(
      /private or loopback address \(10\.1\.2\.3\)/,
    )
    expect(fetched).toEqual([])
  })

  it.each(['http://127.0.0.1:8080/a.png', 'http://[::1]/a.png', 'http://0.0.0.0/a.png', 'http://2130706433/a.png'])(
    'refuses the address literal %s',
    async (url) => {
      const { download, fetched } = downloadWith({
        '127.0.0.1': ['127.0.0.1'],
        '::1': ['::1'],
        '0.0.0.0': ['0.0.0.0'],
      })
      await expect(download(url)).rejects.toThrow(/private or loopback address/)
      expect(fetched).toEqual([])
    },
  )

  it('refuses a public host that redirects to a private one', async () => {
    const { download, fetched } = downloadWith(
      { 'images.example': ['93.184.216.34'], 'metadata.internal': ['169.254.169.254'] },
      (url) =>
        url.hostname === 'images.example'
          ? new Response(null, { status: 302, headers: { location: 'http://metadata.internal/latest/meta-data/' } })
          : image(),
    )
    await expect(download('https://images.example/photo.png')).rejects.toThrow(
      /metadata\.internal is a private or loopback address \(169\.254\.169\.254\)/,
    )
    expect(fetched).toEqual(['https://images.example/photo.png'])
  })

  it('downloads from public addresses, IPv4 and IPv6, following a redirect between them', async () => {
    const { download } = downloadWith(
      { 'images.example': ['93.184.216.34', '2606:2800:220:1::1'], 'cdn.example': ['8.8.8.8'] },
      (url) =>
        url.pathname === '/moved.png'
          ? new Response(null, { status: 301, headers: { location: 'https://cdn.example/photo.png' } })
          : image(),
    )
    expect(await download('https://images.example/photo.png')).toEqual(TINY_PNG)
    expect(await download('https://images.example/moved.png')).toEqual(TINY_PNG)
  })

  it('downloads from a private address with --allow-private-hosts', async () => {
    const { download } = downloadWith({ 'intranet.example': ['10.0.0.8'] }, image, true)
    expect(await download('http://intranet.example/photo.png')).toEqual(TINY_PNG)
  })

  it('stops after 5 redirects', async () => {
    const { download } = downloadWith({ 'images.example': ['93.184.216.34'] }, (url) => {
      const hop = Number(url.searchParams.get('hop') ?? 0)
      return new Response(null, { status: 302, headers: { location: `/a.png?hop=${hop + 1}` } })
    })
    await expect(download('https://images.example/a.png')).rejects.toThrow('more than 5 redirects')
  })
})

describe('the import command and private addresses', () => {
  it('takes --allow-private-hosts with --download-images, and lists it in its usage', () => {
    expect(parseCliOptions(['a.xml', '--to-sanity', '--download-images', '--allow-private-hosts'])).toMatchObject({
      downloadImages: true,
      allowPrivateHosts: true,
    })
    expect(parseCliOptions(['a.xml', '--to-sanity', '--download-images'])).toMatchObject({ allowPrivateHosts: false })
    expect(parseCliOptions(['a.xml', '--dry-run', '--allow-private-hosts'])).toEqual({
      problem: '--allow-private-hosts applies to --download-images',
    })
    expect(USAGE).toContain('--allow-private-hosts')
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
