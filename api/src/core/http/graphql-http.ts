import type http from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from '../context.js';
import { COMPRESS_MIN_BYTES, compressBody, negotiateEncoding } from './compression.js';

const MAX_BODY_BYTES = 2 * 1024 * 1024;

function sendJsonError(res: http.ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }));
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so the client still gets its 413.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * A whole answer, compressed when it is large enough and the client takes br or gzip. Only HTTP:
 * the WebSocket's frames are small events already shared as one JSON string by every subscriber.
 */
async function sendComplete(req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<void> {
  res.setHeader('vary', 'Accept-Encoding');
  const bytes = Buffer.from(body, 'utf8');
  const encoding = bytes.length >= COMPRESS_MIN_BYTES ? negotiateEncoding(req.headers['accept-encoding']) : null;
  if (!encoding) {
    res.end(bytes);
    return;
  }
  const packed = await compressBody(bytes, encoding);
  res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', packed.length);
  res.end(packed);
}

/**
 * Serves /graphql straight from node:http into Apollo, without Express routing and body
 * parsing: the directory benchmark showed that layer as a measurable share of each request.
 */
export function graphqlHttpHandler(apollo: ApolloServer<Context>, context: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<Context>) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      if (raw === null) return sendJsonError(res, 413, 'Request body too large');
      if ((headers.get('content-type') ?? '').startsWith('application/json')) {
        try {
          body = raw === '' ? undefined : JSON.parse(raw);
        } catch {
          return sendJsonError(res, 400, 'Malformed JSON body');
        }
      } else {
        body = raw;
      }
    }
    const url = req.url ?? '/graphql';
    const q = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: q >= 0 ? url.slice(q) : '', body },
      context: () => context(req, res),
    });
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) {
      // Keep Set-Cookie headers that the context added (sign-in) alongside Apollo's own.
      if (key === 'set-cookie' && res.hasHeader('set-cookie')) res.appendHeader('set-cookie', value);
      else res.setHeader(key, value);
    }
    if (response.body.kind === 'complete') {
      await sendComplete(req, res, response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
