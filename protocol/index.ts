export * from './version';
export * from './limits';
export * from './errors';
export * from './domain';
export * from './player';
export * from './agent';
export * from './http';
export * from './codec';
