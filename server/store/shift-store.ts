import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * One agent's weekly shift in the site's time zone: weekday 0 is Monday,
 * hours [startHour, endHour); an end at or before the start runs past midnight.
 */
export interface ShiftRecord {
  id: string;
  siteId: string;
  agentId: string | null;
  weekday: number;
  startHour: number;
  endHour: number;
}

export interface ShiftStore {
  list(siteId: string): Promise<ShiftRecord[]>;
  /** The site's whole rota at once (one transaction). */
  replace(siteId: string, shifts: ShiftRecord[]): Promise<void>;
  get(id: string): Promise<ShiftRecord | null>;
  create(shift: ShiftRecord): Promise<void>;
  /** Moves a shift (agent, day, hours); null when it is gone. */
  update(id: string, patch: Pick<ShiftRecord, 'agentId' | 'weekday' | 'startHour' | 'endHour'>): Promise<ShiftRecord | null>;
  /** False when it was gone already. */
  delete(id: string): Promise<boolean>;
}

export class KyselyShiftStore implements ShiftStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(siteId: string): Promise<ShiftRecord[]> {
    const rows = await this.db.selectFrom('shifts').selectAll().where('site_id', '=', siteId).orderBy('weekday').orderBy('start_hour').orderBy('id').execute();
    return rows.map(toShift);
  }

  async get(id: string): Promise<ShiftRecord | null> {
    const row = await this.db.selectFrom('shifts').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toShift(row) : null;
  }

  async create(s: ShiftRecord): Promise<void> {
    await this.db.insertInto('shifts').values({ id: s.id, site_id: s.siteId, agent_id: s.agentId, weekday: s.weekday, start_hour: s.startHour, end_hour: s.endHour }).execute();
  }

  async update(id: string, patch: Pick<ShiftRecord, 'agentId' | 'weekday' | 'startHour' | 'endHour'>): Promise<ShiftRecord | null> {
    await this.db.updateTable('shifts').set({ agent_id: patch.agentId, weekday: patch.weekday, start_hour: patch.startHour, end_hour: patch.endHour }).where('id', '=', id).execute();
    return this.get(id);
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('shifts').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async replace(siteId: string, shifts: ShiftRecord[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('shifts').where('site_id', '=', siteId).execute();
      if (shifts.length === 0) return;
      await trx
        .insertInto('shifts')
        .values(shifts.map((s) => ({ id: s.id, site_id: siteId, agent_id: s.agentId, weekday: s.weekday, start_hour: s.startHour, end_hour: s.endHour })))
        .execute();
    });
  }
}

function toShift(row: Database['shifts']): ShiftRecord {
  return { id: row.id, siteId: row.site_id, agentId: row.agent_id, weekday: Number(row.weekday), startHour: Number(row.start_hour), endHour: Number(row.end_hour) };
}
