import { getGraph } from '../graph/site-graph';
import { loadArtwork } from './artwork';
import { buildBodyMap, type BodyMap } from './body-map';

let bodyMap: Promise<BodyMap> | undefined;

/** The body figure for the site's muscle groups, built once; a group it cannot draw fails the build. */
export function getBodyMap(): Promise<BodyMap> {
  bodyMap ??= Promise.all([getGraph(), loadArtwork()]).then(([graph, artwork]) =>
    buildBodyMap(graph.muscles, artwork),
  );
  return bodyMap;
}
