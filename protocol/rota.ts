import * as v from 'valibot';

/**
 * The rota (/api/shifts): weekly shifts in the site's time zone. Weekday 0 is
 * Monday; a shift covers the hours [startHour, endHour); an end at or before
 * the start runs past midnight into the next day (Sunday's into Monday's).
 */

export const ShiftSchema = v.object({
  id: v.string(),
  /** null: an open shift nobody holds yet (counted once in the staffing view). */
  agentId: v.nullable(v.string()),
  weekday: v.number(),
  startHour: v.number(),
  endHour: v.number(),
});
export type Shift = v.InferOutput<typeof ShiftSchema>;
export const RotaSchema = v.object({ shifts: v.array(ShiftSchema) });
export const ShiftResultSchema = v.object({ shift: ShiftSchema });

const WeekdaySchema = v.pipe(v.number('The day is a number, 0 (Monday) to 6 (Sunday).'), v.integer('The day is a whole number.'), v.minValue(0, 'The day is 0 (Monday) to 6 (Sunday).'), v.maxValue(6, 'The day is 0 (Monday) to 6 (Sunday).'));
const HourSchema = (max: number) => v.pipe(v.number('An hour is a number.'), v.integer('Shifts start and end on the hour.'), v.minValue(0, `An hour is 0 to ${max}.`), v.maxValue(max, `An hour is 0 to ${max}.`));

const ShiftFields = {
  agentId: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  weekday: WeekdaySchema,
  startHour: HourSchema(23),
  endHour: HourSchema(24),
};

type ShiftInputFields = { agentId: string | null; weekday: number; startHour: number; endHour: number };

/** A shift starting and ending at the same hour is ambiguous (nothing, or a whole day): refused. */
const hasLength = (s: ShiftInputFields) => s.startHour !== s.endHour % 24 || (s.startHour === 0 && s.endHour === 24);
const LENGTH_MESSAGE = 'A shift needs different start and end hours.';

/** POST /api/shifts, and PATCH /api/shifts/:id (moving a shift: its agent, day and hours, all given). */
export const ShiftInputSchema = v.pipe(v.strictObject(ShiftFields, 'Unknown shift field.'), v.check(hasLength, LENGTH_MESSAGE));
export type ShiftInput = v.InferOutput<typeof ShiftInputSchema>;

/** PUT /api/shifts: the whole rota at once. */
export const RotaInputSchema = v.strictObject({ shifts: v.pipe(v.array(ShiftInputSchema), v.maxLength(1000, 'At most 1000 shifts.')) }, 'Unknown rota field.');
