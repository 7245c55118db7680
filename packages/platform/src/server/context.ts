import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '../audit/recordAudit';
import { canSeePersonalData, type Principal } from '../auth/principal';
import type { BaseConfig } from '../config/config';
import { unauthenticated } from '../errors/errors';
import { hashSecretLinkToken } from '../auth/secretLink';
import { TenantDb, type TenantOwned } from '../db/tenantDb';
import { Loaders } from '../graphql/loaders';
import type { Logger } from '../log/logger';

/**
 * What every resolver receives. `config` is the service's configuration, read and validated once at start:
 * a module whose resolvers or commands need its own settings types its context with the service's config
 * (`RequestContext<MarketingConfig>`), which the service's `defineService({ config })` guarantees.
 */
export class RequestContext<C extends BaseConfig = BaseConfig> {
  readonly loaders = new Loaders();
  private tenantDb?: TenantDb;

  constructor(
    readonly requestId: string,
    readonly principal: Principal | null,
    readonly log: Logger,
    private readonly dataSource: DataSource,
    readonly config: C,
  ) {}

  /** The caller's tenant-scoped data access; without a token there is none. */
  get db(): TenantDb {
    if (!this.principal) throw unauthenticated();
    this.tenantDb ??= new TenantDb(this.dataSource.manager, this.principal.tenantId);
    return this.tenantDb;
  }

  /**
   * The way in of a public operation (permission `'public'`, no token): the row whose `hashProperty`
   * holds the hash of the secret link token the caller presents, with data access scoped to that row's
   * tenant. The secret is the caller's only credential, so it is the only key this unscoped read takes.
   * Null for an unknown token.
   */
  async bySecretLinkToken<T extends ObjectLiteral & TenantOwned>(
    entity: EntityTarget<T>,
    hashProperty: keyof T & string,
    token: string,
  ): Promise<{ row: T; db: TenantDb } | null> {
    const row = await this.dataSource.manager.findOne(entity, {
      where: { [hashProperty]: hashSecretLinkToken(token) } as never,
    });
    return row ? { row, db: new TenantDb(this.dataSource.manager, row.tenantId) } : null;
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

  /**
   * Whether the caller may see personal data (the fields marked `@personal`, personal filters): analysts and
   * anonymous callers may not.
   */
  get seesPersonalData(): boolean {
    return this.principal !== null && canSeePersonalData(this.principal);
  }
}
