import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPages, type Page } from '../../src/lib/page-model/pages';
import { muscleExerciseSections } from '../../src/lib/page-model/sections';
import { loadContent } from './load-content';

const content = loadContent();
const [guide] = content.guides;
// The unit tests validate content with a stand-in reference(); the model only reads ids and data.
const build = (history = new Map<string, Date>()) =>
  buildPages(
    content.graph as never,
    guide as never,
    content.index as never,
    content.programIndex as never,
    history,
  );
const pages: Page[] = build();
const site = 'https://stride-atlas.example';

/** What the site must have, counted from the content folder rather than from the model. */
const expectedCount =
  1 + // home
  1 + // guide
  1 + // muscle list
  content.muscles.length +
  1 + // stride
  1 + // sources
  1 + // exercise list
  content.exercises.length +
  1 + // complaint list
  content.complaints.length +
  1 + // program list
  content.programs.length +
  1 + // search
  1 + // 404
  1; // offline

describe('page model', () => {
  it('has one page per entry plus the fixed pages and the browse pages', () => {
    const browse = pages.filter((p) => p.kind === 'browse');
    // One filtered program list per level, piece of equipment and length that a program has.
    const filters = new Set(
      content.programs.flatMap((p) => [
        `level/${p.data.level}`,
        `weeks/${p.data.weeks}`,
        ...p.data.equipment.map((e) => `equipment/${e}`),
      ]),
    );
    const programFilters = pages.filter((p) => p.kind === 'program-filter').map((p) => p.path);
    expect(programFilters.sort()).toEqual([...filters].map((f) => `/programs/${f}/`).sort());
    expect(pages.length).toBe(expectedCount + browse.length + filters.size);
    // Every kind, level and piece of equipment in use has a browse page, and every muscle group.
    const used = new Set(content.exercises.flatMap((e) => [e.data.kind, e.data.level]));
    for (const value of used) {
      expect(browse.some((p) => p.path.endsWith(`/${value}/`))).toBe(true);
    }
    for (const m of content.muscles) {
      expect(browse.map((p) => p.path)).toContain(`/exercises/muscle/${m.id}/`);
    }
  });

  it('gives every page a unique path, title and document title', () => {
    for (const key of ['path', 'title', 'docTitle'] as const) {
      const values = pages.map((p) => p[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
    for (const p of pages) expect(p.path).toMatch(/^\/([a-z0-9-]+\/)*$/);
  });

  it('matches each breadcrumb trail with its BreadcrumbList, with absolute URLs', () => {
    for (const p of pages) {
      const lists = p.jsonLd.filter((ld) => ld['@type'] === 'BreadcrumbList');
      if (!p.trail) {
        expect(lists, p.path).toEqual([]);
        continue;
      }
      expect(lists, p.path).toHaveLength(1);
      const items = (lists[0]?.['itemListElement'] ?? []) as {
        position: number;
        name: string;
        item: string;
      }[];
      const expected = [{ label: 'Home', href: '/' }, ...p.trail, { label: p.title, href: p.path }];
      expect(items.map((i) => i.name)).toEqual(expected.map((c) => c.label));
      expect(items.map((i) => i.item)).toEqual(expected.map((c) => `${site}${c.href}`));
      expect(items.map((i) => i.position)).toEqual(expected.map((_, i) => i + 1));
    }
  });

  it('keeps the 404 and offline pages out of the sitemap and every other page in it', () => {
    expect(pages.filter((p) => !p.indexable).map((p) => p.path)).toEqual(['/404/', '/offline/']);
  });

  it('saves every page offline but the 404 page, which only a host can answer with', () => {
    expect(pages.filter((p) => !p.savedOffline).map((p) => p.path)).toEqual(['/404/']);
  });

  it('labels cards as the pages label themselves', () => {
    for (const p of pages.filter((page) => page.kind !== 'not-found')) {
      expect(p.card.title, p.path).toBe(p.title);
      expect(p.card.eyebrow, p.path).toBe(p.eyebrow);
    }
    const highlighted = pages.filter((p) => p.card.highlight).map((p) => p.path);
    expect(highlighted.sort()).toEqual(content.muscles.map((m) => `/muscles/${m.id}/`).sort());
  });

  it('dates an entry page by `updated`, else by its last commit, and a list by its newest entry', () => {
    const [first, second] = content.exercises;
    if (!first || !second) throw new Error('needs two exercises');
    const commit = new Date('2020-01-02T03:04:05Z');
    const dated = build(new Map([[resolve(first.filePath), commit]]));
    const page = (path: string) => dated.find((p) => p.path === path);
    const expectFirst = first.data.updated ?? commit;
    expect(page(`/exercises/${first.id}/`)?.lastModified).toEqual(expectFirst);
    const newestExercise = Math.max(
      ...content.exercises.map((e) => (e.data.updated ?? new Date(0)).getTime()),
    );
    expect(page('/exercises/')?.lastModified?.getTime()).toBe(
      Math.max(newestExercise, expectFirst.getTime()),
    );
  });

  it('steps through muscles and exercises in site order with previous and next', () => {
    const exercises = pages.filter((p) => p.kind === 'exercise');
    expect(exercises[0]?.prev).toBeUndefined();
    expect(exercises.at(-1)?.next).toBeUndefined();
    exercises.slice(1).forEach((p, i) => {
      expect(p.prev?.href).toBe(exercises[i]?.path);
      expect(exercises[i]?.next?.label).toBe(p.title);
    });
  });

  it('lists a muscle group’s exercises in full unless the list is long or only assists', () => {
    const compactness = (id: string) =>
      Object.fromEntries(
        muscleExerciseSections(content.graph, content.graph.muscle(id)).map((s) => [
          s.slug,
          s.compact,
        ]),
      );
    // More than eight exercises target the glutes, two the shins.
    expect(compactness('glutes')).toEqual({ exercises: true, 'also-works': true });
    expect(compactness('ankle-dorsiflexors')).toEqual({ exercises: false, 'also-works': true });
  });
});
