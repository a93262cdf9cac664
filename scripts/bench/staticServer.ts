import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'

/**
 * A plain Node static file server for one file, the comparison point for `next start`: what
 * serving the same HTML costs with no framework at all (the file is read from disk, as a
 * static server would; the OS keeps it cached).
 */
export async function serveFile(file: string, port: number): Promise<{ origin: string; stop: () => Promise<void> }> {
  const { size } = statSync(file)
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end()
      return
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': size })
    if (request.method === 'HEAD') response.end()
    else createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
