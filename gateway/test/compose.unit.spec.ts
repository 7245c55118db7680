// docker-compose.yml publishes the gateway alone (it also serves the mail links); the mail catcher, which
// holds every tenant's mail, is reachable from the host's loopback only.
import fs from 'node:fs';
import path from 'node:path';

const composeFile = path.resolve(__dirname, '../../docker-compose.yml');

/** Each service's `ports` as written, from the file's fixed layout (two-space service names, flow lists). */
function publishedPorts(text: string): Record<string, string[]> {
  const ports: Record<string, string[]> = {};
  let section = '';
  let service = '';
  for (const line of text.split('\n')) {
    const top = /^([\w-]+):/.exec(line);
    if (top) section = top[1]!;
    const name = /^ {2}([\w-]+):\s*$/.exec(line);
    if (section === 'services' && name) service = name[1]!;
    const list = /^ {4}ports:\s*\[(.*)\]\s*$/.exec(line);
    if (section === 'services' && list) {
      ports[service] = list[1]!.split(',').map((entry) => entry.trim().replace(/^['"]|['"]$/g, ''));
    } else if (section === 'services' && /^\s+ports:/.test(line)) {
      throw new Error(`ports of ${service} not written as a flow list: ${line}`);
    }
  }
  return ports;
}

test('compose publishes the gateway on every interface, the mail catcher’s inbox on loopback, nothing else', () => {
  expect(publishedPorts(fs.readFileSync(composeFile, 'utf8'))).toEqual({
    gateway: ['4000:4000'],
    mailpit: ['127.0.0.1:8025:8025'],
  });
});

test('mail links point at the gateway, which forwards them to marketing', () => {
  expect(fs.readFileSync(composeFile, 'utf8')).toContain(
    'MARKETING_PUBLIC_URL: ${MARKETING_PUBLIC_URL:-http://localhost:4000}',
  );
});
