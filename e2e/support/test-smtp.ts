import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** The port serve-app.mjs points the app's SMTP_URL at. */
export const TEST_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3109);

/** A real SMTP server inside the journey: the app's email arrives here and is parsed with mailparser. */
export class TestSmtpServer {
  private readonly messages: ParsedMail[] = [];
  private server: SMTPServer | null = null;

  async start(port = TEST_SMTP_PORT): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // No reverse DNS of the app's address: without a resolver it stalls every connection for seconds.
      disableReverseLookup: true,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The messages to `address` so far. */
  to(address: string): ParsedMail[] {
    return this.messages.filter((mail) => {
      const groups = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
      return groups.some((group) => group.value.some((entry) => entry.address?.toLowerCase() === address.toLowerCase()));
    });
  }
}
