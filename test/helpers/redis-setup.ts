import { hasRedisServer, REDIS_INSTALL_HINT } from './redis.js';

/**
 * Vitest global setup: says once per run why the Redis suites are skipped. Under CI they must run,
 * so a missing redis-server fails the run instead (`.ci/run` installs it).
 */
export default function checkRedisServer(): void {
  if (hasRedisServer()) return;
  if (process.env.CI === 'true' || process.env.CI === '1')
    throw new Error('redis-server is missing, and under CI the Redis tests never skip: apt-get install -y redis-server (.ci/run does)');
  console.warn(REDIS_INSTALL_HINT);
}
