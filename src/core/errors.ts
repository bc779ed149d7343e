/** Errors as Excel shows them. The engine throws PerfError; each face converts it once. */

export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

export class PerfError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string
  ) {
    super(message);
    this.name = "PerfError";
  }

  override toString(): string {
    return `${this.code} ${this.message}`;
  }
}

export const valueError = (message: string) => new PerfError("#VALUE!", message);
export const notFound = (message: string) => new PerfError("#N/A", message);
export const divZero = (message: string) => new PerfError("#DIV/0!", message);
export const numError = (message: string) => new PerfError("#NUM!", message);

export function isPerfError(x: unknown): x is PerfError {
  return x instanceof PerfError;
}
