import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageTitle } from '../../src/lib/site';
import { withHash } from '../../src/lib/urls';
import { nextUse } from '../../src/lib/evidence/cite-counter';
import { ContentError } from '../../src/lib/content/content-error';
import { contentLoader, contentRoot, idFromFileName } from '../../src/lib/content/loader';
import { readSources, sourceIds } from '../../src/lib/evidence/source-files';
import { sourcesLoader } from '../../src/lib/evidence/sources-loader';
import { programClaims } from '../../src/lib/evidence/citations';
import { STRENGTH_SCHEDULE } from '../../src/lib/training/schedule';
import { buildGraph } from '../../src/lib/graph/graph';
import { exercise, muscle, ref } from './fixtures';

// glob() only builds Astro's loader object; standing in for it shows the options it was given.
vi.mock('astro/loaders', () => ({ glob: (options: unknown) => options }));

describe('pageTitle', () => {
  it('adds the site name after a page title', () => {
    expect(pageTitle('Muscles')).toBe('Muscles · Stride Atlas');
  });

  it('leaves the site name alone on the home page', () => {
    expect(pageTitle('Stride Atlas')).toBe('Stride Atlas');
  });
});

describe('withHash', () => {
  it('appends a fragment to a path', () => {
    expect(withHash('/muscles/quads/', 'sources')).toBe('/muscles/quads/#sources');
  });
});

describe('nextUse', () => {
  it('counts each source per request from 1', () => {
    const page = new Request('https://example.org/muscles/quads/');
    const other = new Request('https://example.org/muscles/glutes/');
    expect(nextUse(page, 'hamner-2010')).toBe(1);
    expect(nextUse(page, 'hamner-2010')).toBe(2);
    expect(nextUse(page, 'dorn-2012')).toBe(1);
    expect(nextUse(page, 'hamner-2010')).toBe(3);
    expect(nextUse(other, 'hamner-2010')).toBe(1);
    expect(nextUse(page, 'dorn-2012')).toBe(2);
  });
});

describe('ContentError', () => {
  it('names the file and the field first', () => {
    const error = new ContentError('content/x.mdx', 'dose', 'too high');
    expect(error.message).toBe('content/x.mdx: dose: too high');
    expect(error.name).toBe('ContentError');
    expect(error).toBeInstanceOf(Error);
  });

  it('says when the file is unknown', () => {
    expect(new ContentError(undefined, 'id', 'missing').message).toBe(
      '(unknown file): id: missing',
    );
  });
});

describe('content loader', () => {
  afterEach(() => {
    delete process.env['STRIDE_CONTENT_DIR'];
  });

  it('reads content/ unless STRIDE_CONTENT_DIR moves it', () => {
    expect(contentRoot()).toBe('./content');
    process.env['STRIDE_CONTENT_DIR'] = '/tmp/bench';
    expect(contentRoot()).toBe('/tmp/bench');
  });

  it('takes the id from the file name without .mdx', () => {
    expect(idFromFileName('exercises', 'hip-thrust.mdx')).toBe('hip-thrust');
    expect(idFromFileName('exercises', 'step-up2.mdx')).toBe('step-up2');
  });

  it('only strips .mdx at the end of the name', () => {
    expect(() => idFromFileName('exercises', 'squat.mdxa')).toThrow(
      './content/exercises/squat.mdxa: file name: "squat.mdxa" is not a valid id',
    );
  });

  it.each(['Squat.mdx', 'hip_thrust.mdx', 'hip--thrust.mdx', '-squat.mdx'])(
    'rejects %s, naming the file',
    (file) => {
      const id = file.replace('.mdx', '');
      expect(() => idFromFileName('exercises', file)).toThrow(ContentError);
      expect(() => idFromFileName('exercises', file)).toThrow(
        `./content/exercises/${file}: file name: "${id}" is not a valid id: use lowercase words joined by hyphens, like "hip-thrust", so it cannot duplicate another file's id`,
      );
    },
  );

  it('globs the MDX files of one collection folder', () => {
    process.env['STRIDE_CONTENT_DIR'] = '/data/c';
    const options = contentLoader('exercises') as unknown as {
      pattern: string;
      base: string;
      generateId: (o: { entry: string }) => string;
    };
    expect(options.pattern).toBe('*.mdx');
    expect(options.base).toBe('/data/c/exercises');
    expect(options.generateId({ entry: 'calf-raise.mdx' })).toBe('calf-raise');
    expect(() => options.generateId({ entry: 'Calf.mdx' })).toThrow(
      '/data/c/exercises/Calf.mdx: file name:',
    );
  });
});

describe('readSources', () => {
  let dir: string;
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mut-sources-'));
    process.env['STRIDE_CONTENT_DIR'] = dir;
  });
  afterEach(() => {
    delete process.env['STRIDE_CONTENT_DIR'];
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads nothing when no file is there', () => {
    expect(readSources()).toEqual([]);
    expect(sourceIds().size).toBe(0);
  });

  it('merges the shared and added lists with their origin and the notes', () => {
    write('sources.yaml', '- id: a-2001\n  year: 2001\n- id: b-2002\n  year: 2002\n');
    write('sources-added.yaml', '- id: c-2003\n  year: 2003\n');
    write('source-notes.yaml', 'b-2002:\n  says: "B found it."\n');
    expect(readSources()).toEqual([
      { id: 'a-2001', year: 2001, origin: 'shared' },
      { id: 'b-2002', year: 2002, origin: 'shared', says: 'B found it.' },
      { id: 'c-2003', year: 2003, origin: 'added' },
    ]);
    expect([...sourceIds()]).toEqual(['a-2001', 'b-2002', 'c-2003']);
  });

  it('reads the shared list alone when nothing was added', () => {
    write('sources.yaml', '- id: a-2001\n');
    expect(readSources()).toEqual([{ id: 'a-2001', origin: 'shared' }]);
  });

  it('fails on a file that is not a list', () => {
    write('sources-added.yaml', 'id: c-2003\n');
    expect(() => readSources()).toThrow(
      new ContentError('content/sources-added.yaml', 'file', 'expected a list'),
    );
    expect(() => readSources()).toThrow('content/sources-added.yaml: file: expected a list');
  });

  it('fails on an id listed twice', () => {
    write('sources.yaml', '- id: a-2001\n');
    write('sources-added.yaml', '- id: a-2001\n');
    expect(() => readSources()).toThrow('content/sources-added.yaml: id: "a-2001" is listed twice');
  });

  it('fails on a note for a source that is not listed', () => {
    write('sources.yaml', '- id: a-2001\n');
    write('source-notes.yaml', 'z-1999:\n  says: "Nothing."\n');
    expect(() => readSources()).toThrow(
      'content/source-notes.yaml: z-1999: no source has the id "z-1999"',
    );
  });

  it('loads each merged source into the store once, watching content/', async () => {
    write('sources.yaml', '- id: a-2001\n');
    write('sources-added.yaml', '- id: c-2003\n');
    const calls: string[] = [];
    const loader = sourcesLoader();
    expect(loader.name).toBe('stride-atlas:sources');
    const context = {
      store: {
        clear: () => calls.push('clear'),
        set: ({ id, data }: { id: string; data: { checked: boolean } }) =>
          calls.push(`set ${id} ${String(data.checked)}`),
      },
      parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => ({
        ...data,
        checked: data['id'] === id,
      }),
      watcher: { add: (path: string) => calls.push(`watch ${path}`) },
    };
    await loader.load(context as unknown as Parameters<typeof loader.load>[0]);
    expect(calls).toEqual(['clear', 'set a-2001 true', 'set c-2003 true', 'watch ./content']);
  });
});

describe('programClaims', () => {
  it('lists structure, the shared schedule, then progression', () => {
    const grade = { level: 'mixed' as const, why: 'Two trials.' };
    expect(
      programClaims({
        sources: { structure: ['a-2001'], progression: ['b-2002', 'c-2003'] },
        grades: { progression: grade },
      }),
    ).toEqual([
      { key: 'structure', ids: ['a-2001'], grade: undefined },
      { key: 'schedule', ids: STRENGTH_SCHEDULE.sources, grade: STRENGTH_SCHEDULE.grade },
      { key: 'progression', ids: ['b-2002', 'c-2003'], grade },
    ]);
  });

  it('gives empty claims to a program that cites nothing', () => {
    const claims = programClaims({});
    expect(claims.map((c) => c.key)).toEqual(['structure', 'schedule', 'progression']);
    expect(claims[0]).toEqual({ key: 'structure', ids: [], grade: undefined });
    expect(claims[2]).toEqual({ key: 'progression', ids: [], grade: undefined });
  });

  it('reads the structure grade under its own key', () => {
    const grade = { level: 'limited' as const, why: 'One study.' };
    expect(programClaims({ grades: { structure: grade } })[0]?.grade).toBe(grade);
  });
});

describe('buildGraph messages', () => {
  const quads = muscle('quads', { order: 1 });
  const calves = muscle('calves', { order: 2 });

  it('lists the known muscle groups when one is unknown', () => {
    expect(() => buildGraph([quads, calves], [exercise('squat', ['shins'])])).toThrow(
      'content/exercises/squat.mdx: primary[0]: unknown muscle group "shins" (known: quads, calves)',
    );
  });

  it('names the partner that does not exist', () => {
    const broken = muscle('glutes', { partners: [ref('muscles', 'quads'), ref('muscles', 'x')] });
    expect(() => buildGraph([quads, broken], [])).toThrow(
      'content/muscles/glutes.mdx: partners[1]: unknown muscle group "x"',
    );
  });

  it('gives a rung with neither exercise nor name an empty label', () => {
    const squat = exercise('squat', ['quads'], { ladder: [{ here: true }] });
    expect(buildGraph([quads], [squat]).ladder(squat)[0]?.label).toBe('');
  });

  it('fails on looking up an id that is not there', () => {
    const graph = buildGraph([quads], []);
    expect(() => graph.muscle('hams')).toThrow('Unknown muscle group "hams"');
    expect(() => graph.exercise('lunge')).toThrow('Unknown exercise "lunge"');
    expect(graph.muscle('quads')).toBe(quads);
  });
});
