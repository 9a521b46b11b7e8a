export * from './auto-showcase';
export * from './buyer-name';
export * from './countdown';
export * from './overlay-layout';
export * from './overlay-state';
export * from './overlay-view';
