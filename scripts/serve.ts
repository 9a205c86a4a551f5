import http from 'node:http';
import type {AddressInfo} from 'node:net';
import compression from 'compression';
import serveHandler from 'serve-handler';

export interface StaticServer {
  /** The site's root URL, ending in its baseUrl. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 under its baseUrl, gzip-compressed as a
 * real host would, for benchmarks, Lighthouse and sub-path tests.
 */
export async function startStaticServer({
  dir,
  baseUrl = '/',
  port = 0,
  gzip = true,
}: {
  dir: string;
  baseUrl?: string;
  port?: number;
  gzip?: boolean;
}): Promise<StaticServer> {
  const compress = compression();
  const server = http.createServer((req, res) => {
    const serve = () => {
      const pathname = req.url ?? '/';
      if (!pathname.startsWith(baseUrl) && `${pathname}/` !== baseUrl) {
        res.statusCode = 404;
        res.end('Not under the site baseUrl');
        return;
      }
      // `/fr/` is a folder's page (the locale dropdown links a locale's home
      // so): served as a host serves it, not redirected to a URL that has
      // lost the baseUrl.
      req.url = `/${pathname.slice(baseUrl.length)}`.replace(/(.)\/(\?|$)/, '$1$2');
      void serveHandler(req, res, {public: dir, cleanUrls: true, trailingSlash: false});
    };
    if (gzip) {
      // compression is Express middleware; it only needs Node's req/res.
      compress(req as never, res as never, serve);
    } else {
      serve();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const {port: actualPort} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}${baseUrl}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (require.main === module) {
  const [dir = 'build', baseUrl = '/', port = '3000'] = process.argv.slice(2);
  startStaticServer({dir, baseUrl, port: Number(port)}).then(({url}) =>
    console.log(`Serving ${dir} with gzip at ${url}`),
  );
}
