import { describe } from 'vitest';
import { LocalBus } from '../../../server/bus/local';
import { busContract } from './bus.contract';

describe('local bus', () => {
  // In one process both "nodes" are the same bus.
  busContract(async () => {
    const bus = new LocalBus();
    return [bus, bus];
  });
});
