// office-addin-lint (npm run lint) picks this file up instead of its built-in config:
// Microsoft's office-addins rules for the add-in code, plus what the other parts of the tree need.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  { ignores: ["dist/**", "lib/**", "coverage/**", "node_modules/**", "test/artifacts/**", "bench/out/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  // The command line and scripts run on Node.
  {
    files: ["src/cli/**/*.ts", "scripts/**/*.js", "bench/**/*.{ts,js}", "*.js"],
    languageOptions: { globals: { ...globals.node } },
  },
  // Only src/excel talks to Office.js; elsewhere "context.sync" rules would misread exceljs and plain objects.
  {
    files: ["src/cli/**/*.ts", "src/core/**/*.ts", "src/scorecard/**/*.ts", "src/functions/registry/**/*.ts"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
  // The custom-functions runtime global.
  { files: ["src/functions/functions.ts"], languageOptions: { globals: { CustomFunctions: "readonly" } } },
  // decimal.js's idiom: the constructor and its instance type share a name.
  { files: ["src/core/decimal.ts"], rules: { "no-redeclare": "off" } },
];
