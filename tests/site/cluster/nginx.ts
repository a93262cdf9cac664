import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startServerProcess, type ServerProcess } from '@/tooling/serverProcess'

// nginx from Debian with the deploy template (deploy/nginx.conf) balancing the site's instances,
// run unprivileged as docs/deploy.md describes: every file it writes in one scratch folder.

const NGINX = '/usr/sbin/nginx'
const TEMPLATE = path.join(process.cwd(), 'deploy/nginx.conf')

export type NginxSettings = { NGINX_LISTEN_PORT: string; SITE_UPSTREAM_1: string; SITE_UPSTREAM_2: string }

/**
 * `envsubst '${NGINX_LISTEN_PORT} ${SITE_UPSTREAM_1} ${SITE_UPSTREAM_2}'`: only the named
 * variables are filled in, so nginx's own ($host, $remote_addr) stay as they are.
 */
export function fillTemplate(template: string, settings: NginxSettings): string {
  return template.replace(
    /\$\{(NGINX_LISTEN_PORT|SITE_UPSTREAM_1|SITE_UPSTREAM_2)\}/g,
    (_, name: keyof NginxSettings) => settings[name],
  )
}

/** nginx on 127.0.0.1:`port` in front of the two upstreams (host:port), once it answers. */
export async function startNginx(folder: string, port: number, upstreams: [string, string]): Promise<ServerProcess> {
  mkdirSync(folder, { recursive: true })
  const file = (name: string) => path.join(folder, name)
  const site = fillTemplate(readFileSync(TEMPLATE, 'utf8'), {
    NGINX_LISTEN_PORT: `127.0.0.1:${port}`,
    SITE_UPSTREAM_1: upstreams[0],
    SITE_UPSTREAM_2: upstreams[1],
  })
  writeFileSync(file('site.conf'), site)
  writeFileSync(
    file('nginx.conf'),
    `pid ${file('nginx.pid')};
error_log ${file('error.log')};
events {}
http {
    access_log off;
    client_body_temp_path ${file('body')};
    proxy_temp_path ${file('proxy')};
    fastcgi_temp_path ${file('fastcgi')};
    uwsgi_temp_path ${file('uwsgi')};
    scgi_temp_path ${file('scgi')};
    include ${file('site.conf')};
}
`,
  )
  return startServerProcess({
    name: `nginx on port ${port}`,
    command: NGINX,
    // In the foreground, so it stays in the process group stop() ends; -e before the config is read.
    args: ['-p', folder, '-c', file('nginx.conf'), '-e', file('error.log'), '-g', 'daemon off;'],
    ready: () => fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok),
    readyTimeoutMs: 10_000,
  })
}
