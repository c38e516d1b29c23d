import type { ProgramData } from '../content/schemas';
import { EQUIPMENT, EQUIPMENT_LABELS, LEVEL_LABELS, LEVELS } from '../content/taxonomy';

/** The ways the program list can be narrowed, each a folder of static pages under /programs/. */
export const PROGRAM_FACETS = ['level', 'equipment', 'weeks'] as const;
export type ProgramFacet = (typeof PROGRAM_FACETS)[number];

export const PROGRAM_FACET_LABELS: Record<ProgramFacet, string> = {
  level: 'Level',
  equipment: 'Equipment',
  weeks: 'Length',
};

export interface ProgramFacetValue<T> {
  facet: ProgramFacet;
  value: string;
  label: string;
  programs: T[];
}

/**
 * Every filter value that has at least one program, in a stable order (levels and equipment
 * in taxonomy order, lengths shortest first), so a filter link never leads to an empty list.
 * Each is a static page: the filters work without JavaScript.
 */
export function programFacetValues<T extends { entry: { data: ProgramData } }>(
  programs: readonly T[],
): ProgramFacetValue<T>[] {
  const lengths = [...new Set(programs.map((p) => p.entry.data.weeks))].sort((a, b) => a - b);
  const values: ProgramFacetValue<T>[] = [
    ...LEVELS.map((level) => ({
      facet: 'level' as const,
      value: level,
      label: LEVEL_LABELS[level],
      programs: programs.filter((p) => p.entry.data.level === level),
    })),
    ...EQUIPMENT.map((item) => ({
      facet: 'equipment' as const,
      value: item,
      label: EQUIPMENT_LABELS[item],
      programs: programs.filter((p) => p.entry.data.equipment.includes(item)),
    })),
    ...lengths.map((weeks) => ({
      facet: 'weeks' as const,
      value: String(weeks),
      label: `${weeks} weeks`,
      programs: programs.filter((p) => p.entry.data.weeks === weeks),
    })),
  ];
  return values.filter((v) => v.programs.length > 0);
}
