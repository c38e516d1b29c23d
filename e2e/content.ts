import { join } from 'node:path';
import { readContentFiles } from '../tests/read-content';

/**
 * The frontmatter of every file in a content folder, read straight from the source files, so
 * the tests compare the built pages against what the authors wrote, not against the build.
 */
export function frontmatter<T>(
  collection: 'muscles' | 'exercises' | 'programs',
): { id: string; data: T }[] {
  return readContentFiles(join(import.meta.dirname, '..', 'content'))
    .filter((f) => f.collection === collection)
    .map((f) => ({ id: f.id, data: f.frontmatter as T }));
}

export interface MuscleMatter {
  name: string;
  stride: { phases: { phase: string; role: string }[] };
}

export interface ExerciseMatter {
  name: string;
  primary: string[];
  secondary?: string[];
}

export interface ProgramItemMatter {
  exercise: string;
  rung?: string;
  sets?: number;
  reps?: string;
  seconds?: string;
  contacts?: string;
}

export interface ProgramMatter {
  name: string;
  level: string;
  equipment: string[];
  weeks: number;
  sessionsPerWeek: number;
  plan: {
    week: number;
    lighter?: boolean;
    sessions: { name: string; slot: string; exercises: ProgramItemMatter[] }[];
  }[];
}
