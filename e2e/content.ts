import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', 'content');

/**
 * The frontmatter of every file in a content folder, parsed here with `yaml` straight from the
 * source files and never through src/lib, so the tests compare the built pages against what the
 * authors wrote rather than against the build's own reading of it.
 */
export function frontmatter<T>(
  collection: 'muscles' | 'exercises' | 'guide' | 'complaints' | 'programs',
): { id: string; data: T }[] {
  const dir = join(root, collection);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      if (yaml === undefined) throw new Error(`${collection}/${file} has no frontmatter`);
      return { id: file.replace(/\.mdx$/, ''), data: parse(yaml) as T };
    });
}

/** The ids of every source in the bibliography (content/sources*.yaml), as the authors wrote them. */
export function sourceIds(): string[] {
  return readdirSync(root)
    .filter((file) => /^sources.*\.yaml$/.test(file))
    .flatMap((file) => parse(readFileSync(join(root, file), 'utf8')) as { id: string }[])
    .map((source) => source.id);
}

export interface MuscleMatter {
  name: string;
  tier: string;
  aliases?: string[];
  order: number;
  stride: { phases: { phase: string; role: string }[] };
}

export interface Rung {
  name?: string;
  exercise?: string;
  note?: string;
  here?: boolean;
}

export interface ExerciseMatter {
  name: string;
  kind: string;
  primary: string[];
  secondary?: string[];
  aliases?: string[];
  steps: string[];
  ladder: Rung[];
  dose: {
    sets?: number;
    reps?: string;
    seconds?: string;
    contacts?: string;
    effort?: string;
    percentMax?: string;
    repsInReserve?: string;
    perSide?: boolean;
    perWeek: string;
  };
}

export interface ComplaintMatter {
  name: string;
  aliases: string[];
  muscles: { muscle: string; role: string }[];
  exercises: { exercise: string; grade: string }[];
  redFlags: { sign: string }[];
  avoid: { text: string }[];
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
