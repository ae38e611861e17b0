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
}

export class KyselyShiftStore implements ShiftStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(siteId: string): Promise<ShiftRecord[]> {
    const rows = await this.db.selectFrom('shifts').selectAll().where('site_id', '=', siteId).orderBy('weekday').orderBy('start_hour').orderBy('id').execute();
    return rows.map((row) => ({
      id: row.id,
      siteId: row.site_id,
      agentId: row.agent_id,
      weekday: Number(row.weekday),
      startHour: Number(row.start_hour),
      endHour: Number(row.end_hour),
    }));
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
