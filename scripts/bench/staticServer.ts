import { spawn } from 'node:child_process'
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

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

const NGINX = '/usr/sbin/nginx'

/**
 * Serves a folder with Debian's nginx rather than a Node server: nginx is the static server the
 * issue-13 figures were taken against and what a clinic's host or CDN edge runs, so the copy is
 * measured on a typical static server, not on Node's own HTTP stack. One worker (next start is one
 * process too); gzip for text at level 6, the level Next's compression uses, so the bytes compare
 * pages and not zlib settings; types by extension from nginx's mime.types; `/a/b` answered from
 * `/a/b.html`, as static hosts do for clean URLs. Everything nginx writes stays in a temporary
 * prefix, so it needs no system paths.
 */
export async function serveFolder(root: string, port: number): Promise<{ origin: string; stop: () => Promise<void> }> {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: apt-get install -y nginx-light`)
  const prefix = mkdtempSync(path.join(tmpdir(), 'bench-nginx-'))
  const config = path.join(prefix, 'nginx.conf')
  writeFileSync(
    config,
    `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  gzip on;
  gzip_comp_level 6;
  gzip_types text/css application/javascript text/javascript application/json image/svg+xml text/plain;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri $uri.html $uri/index.html =404; }
  }
}
`,
  )
  const child = spawn(NGINX, ['-p', prefix, '-c', config, '-e', path.join(prefix, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let output = ''
  let running = true
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running = false
      resolve()
    }),
  )
  const origin = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (running) child.kill('SIGQUIT')
    await exited
    rmSync(prefix, { recursive: true, force: true })
  }
  const deadline = Date.now() + 10_000
  for (;;) {
    if (!running) throw new Error(`nginx exited before serving:\n${output}`)
    try {
      await fetch(origin + '/', { signal: AbortSignal.timeout(1_000) })
      return { origin, stop }
    } catch {
      if (Date.now() > deadline) {
        await stop()
        throw new Error(`nginx did not answer at ${origin}:\n${output}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}
