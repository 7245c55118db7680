export * from './log/logger';
