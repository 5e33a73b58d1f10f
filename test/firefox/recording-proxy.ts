/**
 * An HTTP proxy that Firefox is told to send everything through, localhost included: every
 * request any part of the browser makes (pages, the add-on's background page, its pages and
 * content scripts, Firefox's own services) passes here and is written down. Requests for the
 * local fixture server are passed on to it; anything else is refused, this machine having no
 * internet to pass it to.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** What was asked for, in order: absolute URLs, and `CONNECT host:port` for TLS. */
  seen: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(passTo: string): Promise<RecordingProxy> {
  const target = new URL(passTo);
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    seen.push(url);
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      // Not a proxy request (someone asked the proxy for a path of its own).
    }
    if (!parsed || parsed.host !== target.host) {
      res.writeHead(502).end();
      return;
    }
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: parsed.pathname + parsed.search, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Firefox's preferences that send every request through the proxy, loopback included. */
export function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.share_proxy_settings': true,
  };
}
