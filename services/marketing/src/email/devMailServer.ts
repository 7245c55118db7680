import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the dev mail server received it. */
export interface ReceivedMail {
  id: string;
  messageId: string | null;
  from: string;
  to: string[];
  subject: string;
  html: string | null;
  text: string | null;
  headers: Record<string, string>;
  receivedAt: string;
}

export interface DevMailServer {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  smtpUrl: string;
  /** The inbox over HTTP (when started with `httpPort`): `/` lists, `/messages` is JSON. */
  inboxUrl: string | null;
  messages(): ReceivedMail[];
  clear(): void;
  stop(): Promise<void>;
}

export interface DevMailServerOptions {
  /** 0 (default) picks a free port. */
  smtpPort?: number;
  /** Serve the inbox over HTTP on this port (0 picks one); no inbox page when left out. */
  httpPort?: number;
  /** Recipients refused with 550 at RCPT TO, to provoke bounces. */
  rejectRecipient?: (address: string) => boolean;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A local SMTP server (smtp-server, parsed with mailparser) that keeps what it receives: the mail server
 * of tests and of `npm start`. It accepts any sender without authentication or TLS: loopback only.
 */
export async function startDevMailServer(options: DevMailServerOptions = {}): Promise<DevMailServer> {
  const received: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.rejectRecipient?.(address.address)) {
        const error = Object.assign(new Error(`5.1.1 <${address.address}>: mailbox unavailable`), {
          responseCode: 550,
        });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          const headers: Record<string, string> = {};
          for (const line of mail.headerLines) {
            headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
          }
          received.push({
            id: randomUUID(),
            messageId: mail.messageId ?? null,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: mail.subject ?? '',
            html: typeof mail.html === 'string' ? mail.html : null,
            text: mail.text ?? null,
            headers,
            receivedAt: new Date().toISOString(),
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(options.smtpPort ?? 0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  let http: Server | undefined;
  if (options.httpPort !== undefined) {
    http = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/messages') {
        res.setHeader('content-type', 'application/json');
        return res.end(JSON.stringify(received));
      }
      const one = received.find((mail) => url.pathname === `/messages/${mail.id}`);
      if (one) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return res.end(one.html ?? `<pre>${escapeHtml(one.text ?? '')}</pre>`);
      }
      if (url.pathname !== '/') {
        res.statusCode = 404;
        return res.end('Not found');
      }
      const rows = [...received]
        .reverse()
        .map(
          (mail) =>
            `<tr><td>${escapeHtml(mail.receivedAt)}</td><td>${escapeHtml(mail.to.join(', '))}</td>` +
            `<td><a href="/messages/${mail.id}">${escapeHtml(mail.subject)}</a></td></tr>`,
        )
        .join('');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(
        `<!doctype html><title>Dev inbox</title><h1>Dev inbox (${received.length})</h1>` +
          `<table><tr><th>Received</th><th>To</th><th>Subject</th></tr>${rows}</table>`,
      );
    });
    await new Promise<void>((resolve) => http!.listen(options.httpPort, '127.0.0.1', resolve));
  }

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    inboxUrl: http ? `http://127.0.0.1:${(http.address() as AddressInfo).port}/` : null,
    messages: () => [...received],
    clear: () => void received.splice(0),
    stop: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (http) await new Promise<void>((resolve) => http!.close(() => resolve()));
    },
  };
}
