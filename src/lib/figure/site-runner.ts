import { getGraph } from '../graph/site-graph';
import { urls } from '../urls';
import { buildRunner, runnerCss, type GroupPhases, type Runner } from './stride/runner';

let runner: Promise<{ runner: Runner; css: string; phases: GroupPhases }> | undefined;

/** The stride view's runner, lit from each group's stride frontmatter, built once per build. */
export function getRunner() {
  runner ??= getGraph().then((graph) => {
    const phases: GroupPhases = new Map(
      graph.muscles.map((m) => [m.id, m.data.stride.phases.map((p) => p.phase)]),
    );
    const built = buildRunner(urls.demoSprite(), phases);
    return { runner: built, css: runnerCss(built, phases), phases };
  });
  return runner;
}
