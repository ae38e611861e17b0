import { describe } from 'vitest';
import { RedisBus } from '../../../server/bus/redis';
import { busContract } from './bus.contract';

const url = process.env.PITBOSS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('Redis bus (real Redis)', () => {
  busContract(async () => {
    const channel = `pitboss:test:${process.pid}:${Math.random().toString(36).slice(2)}`;
    const a = new RedisBus(url, channel);
    const b = new RedisBus(url, channel);
    await Promise.all([a.connected(), b.connected()]);
    return [a, b];
  });
});
