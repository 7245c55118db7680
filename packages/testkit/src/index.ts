export * from './database';
export * from './topicReader';
export * from './tokens';
export * from './serviceEnv';
export * from './graphqlClient';
export * from './waitFor';
export * from './testService';
export * from './consumerGroups';
