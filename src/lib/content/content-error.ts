/**
 * A content mistake that must stop the build. The message always starts with the file and
 * the field, because that is what an author needs to fix it.
 */
export class ContentError extends Error {
  constructor(file: string | undefined, field: string, problem: string) {
    super(`${file ?? '(unknown file)'}: ${field}: ${problem}`);
    this.name = 'ContentError';
  }
}
