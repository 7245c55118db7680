/**
 * Mints a development token:  pnpm run token --tenant demo --role admin [--role analyst] [--user alice]
 * An operator's: pnpm run token --tenant _operators --role operator
 * Signs with JWT_SECRET, or with the secret `npm start` keeps in .data/jwt-secret.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import jwt from 'jsonwebtoken';
import { baseConfigSchema } from '../config/config';
import { isValidRoleMix, operatorTenantId, roles, type Role } from './principal';
import { signToken, tokenLifetimeProblem } from './token';

const { values } = parseArgs({
  options: {
    tenant: { type: 'string', default: 'demo' },
    role: { type: 'string', multiple: true, default: ['admin'] },
    user: { type: 'string' },
    expires: { type: 'string', default: '12h' },
  },
});

const unknown = values.role.filter((role) => !(roles as readonly string[]).includes(role));
if (unknown.length > 0) {
  console.error(`Unknown role ${unknown.join(', ')}; roles: ${roles.join(', ')}`);
  process.exit(2);
}
if (!isValidRoleMix(values.tenant, values.role as Role[])) {
  console.error(`The operator role goes alone, with --tenant ${operatorTenantId}`);
  process.exit(2);
}
const secretFile = join(__dirname, '../../../../.data/jwt-secret');
const secret =
  process.env.JWT_SECRET ?? (existsSync(secretFile) ? readFileSync(secretFile, 'utf8').trim() : undefined);
if (!secret) {
  console.error('Set JWT_SECRET (or run npm start once, which creates .data/jwt-secret)');
  process.exit(2);
}
const token = signToken(
  {
    tenantId: values.tenant,
    roles: values.role as Role[],
    userId: values.user,
    expiresIn: values.expires as '12h',
  },
  {
    JWT_SECRET: secret,
    JWT_ISSUER: process.env.JWT_ISSUER ?? 'crm-platform',
    JWT_AUDIENCE: process.env.JWT_AUDIENCE ?? 'crm-api',
  },
);
// The services would refuse it: say so now rather than with a 401 later.
const maxLifetime = baseConfigSchema.shape.JWT_MAX_LIFETIME.parse(process.env.JWT_MAX_LIFETIME);
const tooLong = tokenLifetimeProblem(jwt.decode(token, { json: true }) ?? {}, maxLifetime);
if (tooLong) {
  console.error(`--expires ${values.expires}: the token ${tooLong}`);
  process.exit(2);
}
console.log(token);
