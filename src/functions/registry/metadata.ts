/**
 * Excel's custom-function metadata (functions.json), generated from the registry:
 * the default file in English and a zh-CN file, both keeping the PERF.* names
 * (localised names would break formulas written by code).
 */
import { FUNCTIONS } from "./definitions";
import type { FunctionSpec } from "./types";

export type MetadataLanguage = "en" | "zh";

interface MetaParam {
  name: string;
  description: string;
  type: "any" | "number" | "string" | "boolean";
  dimensionality: "scalar" | "matrix";
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: MetaParam[];
  result: { type: "any" | "number" | "string" | "boolean"; dimensionality: "scalar" | "matrix" };
}

function describe(spec: FunctionSpec, lang: MetadataLanguage): FunctionMetadata {
  return {
    id: spec.id,
    name: spec.id,
    description: lang === "zh" ? spec.zh : spec.en,
    parameters: spec.params.map((p) => ({
      name: p.name,
      description: lang === "zh" ? p.zh : p.en,
      // Values are taken as "any" and parsed by our runner, so numeric text and Chinese messages work.
      type: "any",
      dimensionality: p.type === "numbers" ? "matrix" : "scalar",
      ...(p.optional ? { optional: true } : {}),
    })),
    result: { type: spec.result.type, dimensionality: spec.result.matrix ? "matrix" : "scalar" },
  };
}

export function functionsMetadata(lang: MetadataLanguage): { functions: FunctionMetadata[] } {
  return { functions: FUNCTIONS.map((f) => describe(f, lang)) };
}

/** File names the build emits and the manifest references. */
export const METADATA_FILES: Record<MetadataLanguage, string> = {
  en: "functions.json",
  zh: "functions.zh-CN.json",
};
