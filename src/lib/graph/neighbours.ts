/** The entries before and after one entry in an ordered collection, for previous/next links. */
export function neighbours<T extends { id: string }>(
  list: readonly T[],
  id: string,
): { prev: T | undefined; next: T | undefined } {
  const index = list.findIndex((item) => item.id === id);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: list[index - 1], next: list[index + 1] };
}
