import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

/** A TypeORM logger that only counts SQL statements: tests and the benchmark prove batching with it. */
export class StatementCounter extends AbstractLogger {
  count = 0;

  constructor() {
    super(['query']);
  }

  override logQuery(): void {
    this.count++;
  }

  protected writeLog(
    _level: LogLevel,
    _message: LogMessage | string | number | (LogMessage | string | number)[],
  ): void {
    // counting only
  }
}
