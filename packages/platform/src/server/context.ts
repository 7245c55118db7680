import type { DataSource } from 'typeorm';
import type { Actor } from '../audit/recordAudit';
import type { Principal } from '../auth/principal';
import { unauthenticated } from '../errors/errors';
import { TenantDb } from '../db/tenantDb';
import { Loaders } from '../graphql/loaders';
import type { Logger } from '../log/logger';

/** What every resolver receives. */
export class RequestContext {
  readonly loaders = new Loaders();
  private tenantDb?: TenantDb;

  constructor(
    readonly requestId: string,
    readonly principal: Principal | null,
    readonly log: Logger,
    private readonly dataSource: DataSource,
  ) {}

  /** The caller's tenant-scoped data access; without a token there is none. */
  get db(): TenantDb {
    if (!this.principal) throw unauthenticated();
    this.tenantDb ??= new TenantDb(this.dataSource.manager, this.principal.tenantId);
    return this.tenantDb;
  }

  /** The caller as the author of a change (audit records). */
  get actor(): Actor {
    return { actorId: this.user.userId, requestId: this.requestId };
  }

  /** The caller, for audit records and "owned by" rules. */
  get user(): Principal {
    if (!this.principal) throw unauthenticated();
    return this.principal;
  }
}
