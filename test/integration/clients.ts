import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';

/*
 * Clients that misbehave the way real ones do under load and faults: any HTTP method, a body that
 * trickles in, an upload cut off halfway, a huge declared upload. node:http and raw TCP, not fetch:
 * fetch refuses TRACE and CONNECT and gives up on an exchange the server answers before the upload ends.
 */

export interface MethodAnswer {
  status: number;
  allow: string | undefined;
  /** The reply's text; empty for HEAD. */
  text: string;
}

/** Sends a request with `method` and no body on a fresh connection, and reads the whole answer. */
export function sendMethod(url: string, method: string): Promise<MethodAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, text: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** What a raw TCP client saw: every byte the server sent, and when the server closed, in ms after the request head went out. */
export interface RawExchange {
  response: string;
  /** Infinity when the server still held the connection at `giveUpMs`. */
  closedAfterMs: number;
}

/** Opens a TCP connection to `url`'s host and writes a POST head declaring `contentLength` bytes. */
function postHead(url: string, contentLength: number): { socket: Socket; startedAt: number } {
  const target = new URL(url);
  const socket = connect(Number(target.port), target.hostname);
  socket.on('error', () => undefined); // a reset after the server's answer is expected; 'close' follows
  socket.write(
    `POST ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${contentLength}\r\n\r\n`,
  );
  return { socket, startedAt: Date.now() };
}

/**
 * A slowloris: declares 1000 bytes, then sends one byte every `intervalMs`, until the server closes
 * the connection or `giveUpMs` passes.
 */
export function trickleBody(url: string, intervalMs: number, giveUpMs: number): Promise<RawExchange> {
  return new Promise((resolve) => {
    const { socket, startedAt } = postHead(url, 1000);
    const chunks: Buffer[] = [];
    const drip = setInterval(() => {
      if (socket.writable) socket.write(' ');
    }, intervalMs);
    const giveUp = setTimeout(() => socket.destroy(), giveUpMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => {
      clearInterval(drip);
      clearTimeout(giveUp);
      const elapsed = Date.now() - startedAt;
      resolve({ response: Buffer.concat(chunks).toString(), closedAfterMs: elapsed >= giveUpMs ? Number.POSITIVE_INFINITY : elapsed });
    });
  });
}

/** Declares 1000 bytes, sends 10, waits `pauseMs` so the server is reading, and cuts the connection. */
export function abortMidBody(url: string, pauseMs: number): Promise<void> {
  const { socket } = postHead(url, 1000);
  socket.write('{"Callback');
  return new Promise((resolve) =>
    setTimeout(() => {
      socket.destroy();
      resolve();
    }, pauseMs),
  );
}

/** What a client uploading a body the server refuses saw. */
export interface RefusedUpload {
  /** The status it read; 0 if none. */
  status: number;
  /** The error its connection failed with (EPIPE, ECONNRESET ...), before or after the answer. */
  error: string | undefined;
}

/**
 * Uploads `size` bytes with a matching Content-Length, written in one go as node:http clients do,
 * and reads the answer. A server that closes the connection under a client still sending resets it:
 * node:http still reads an answer that arrived first, but curl and others fail the whole exchange
 * (curl exit 55), so any error here counts.
 */
export function uploadDeclared(url: string, size: number): Promise<RefusedUpload> {
  return new Promise((resolve) => {
    let status = 0;
    let error: string | undefined;
    const req = httpRequest(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': String(size) } },
      (res) => {
        status = res.statusCode ?? 0;
        res.resume();
      },
    );
    req.on('error', (cause: NodeJS.ErrnoException) => {
      error = cause.code ?? cause.message;
    });
    req.on('close', () => resolve({ status, error }));
    req.end(Buffer.alloc(size, 0x20));
  });
}
