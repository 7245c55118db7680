import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';

/** An SMTP transport for SMTP_URL; `pooled` keeps connections open for a campaign send. */
export function smtpTransport(smtpUrl: string, pooled = false): Transporter {
  const url = new URL(smtpUrl);
  return nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // A local relay often has no certificate; STARTTLS is used when offered.
    ignoreTLS: url.searchParams.get('ignoreTLS') === 'true',
    pool: pooled,
    maxConnections: pooled ? 4 : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/** Sends one message with a transport made for it. */
export async function sendOnce(smtpUrl: string, message: SendMailOptions): Promise<{ messageId: string }> {
  const transport = smtpTransport(smtpUrl);
  try {
    const info = await transport.sendMail(message);
    return { messageId: info.messageId };
  } finally {
    transport.close();
  }
}

/** The SMTP reply code of a failed send, if the server answered one (5xx: permanent). */
export function smtpResponseCode(error: unknown): number | null {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' ? code : null;
}
