import { describe, expect, it } from 'vitest';
import { formatSetsAndReps } from '../../src/lib/content/dose';
import { schemas } from './load-content';

const dose = (d: Record<string, unknown>) => schemas.exercise.shape.dose.safeParse(d);

describe('dose forms beyond sets of reps', () => {
  it('says heavy work with its reps in reserve and share of the one-rep maximum', () => {
    expect(
      formatSetsAndReps({
        sets: 3,
        reps: '4-6',
        repsInReserve: '2-3',
        percentMax: '80-85',
        perSide: false,
        perWeek: '2',
      }),
    ).toBe('3 × 4–6 reps, 80–85% of 1RM, 2–3 reps in reserve');
  });

  it('says holds with their effort and jumps by foot contacts per session', () => {
    expect(
      formatSetsAndReps({ sets: 5, seconds: '45', effort: '70-80', perSide: false, perWeek: '3' }),
    ).toBe('5 × 45 s at 70–80% effort');
    expect(formatSetsAndReps({ contacts: '60-100', perSide: false, perWeek: '2' })).toBe(
      '60–100 foot contacts',
    );
    expect(formatSetsAndReps({ contacts: '20-30', perSide: true, perWeek: '2' })).toBe(
      '20–30 foot contacts each side',
    );
  });

  it('accepts each form and rejects mixtures that cannot be read one way', () => {
    expect(dose({ contacts: '40-80', perWeek: '2' }).success).toBe(true);
    expect(dose({ sets: 3, reps: '5', repsInReserve: '2', perWeek: '2' }).success).toBe(true);
    expect(dose({ sets: 4, seconds: '45', effort: '70', perWeek: '3' }).success).toBe(true);
    // Contacts are per session, not per set; reps and holds need sets.
    expect(dose({ sets: 3, contacts: '40', perWeek: '2' }).success).toBe(false);
    expect(dose({ reps: '8', perWeek: '2' }).success).toBe(false);
    expect(dose({ contacts: '40', reps: '8', perWeek: '2' }).success).toBe(false);
    // Effort belongs to holds, reps in reserve and %1RM to reps.
    expect(dose({ sets: 3, reps: '8', effort: '70', perWeek: '2' }).success).toBe(false);
    expect(dose({ sets: 3, seconds: '30', repsInReserve: '2', perWeek: '2' }).success).toBe(false);
    expect(dose({ contacts: '40', percentMax: '80', perWeek: '2' }).success).toBe(false);
  });
});
