/* global Excel, Office */
/** The real host: Excel.run and Office's requirement-set check. Only the task pane imports this. */
import type { XlRequestContext } from "./api";
import type { ExcelHost } from "./host";

// Compile-time proof that Office.js's context has every member the adapter uses, with compatible types.
const asAdapterContext = (context: Excel.RequestContext): XlRequestContext => context;

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run((context) => batch(asAdapterContext(context))),
    supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  };
}
