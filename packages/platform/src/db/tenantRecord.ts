import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * The columns every tenant-owned aggregate has: a UUID, its tenant, and a version for optimistic
 * concurrency (`expectedVersion`), with creation and change times.
 */
export abstract class TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @VersionColumn({ type: 'int' })
  version!: number;

  // Milliseconds, as the API's DateTime shows them: a filter on a shown time then matches exactly.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
