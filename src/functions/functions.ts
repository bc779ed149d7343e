/** Entry point of the custom functions, loaded by the shared runtime page. */
import { bindFunctions, type CustomFunctionsApi } from "./bind";

// Outside a custom-functions runtime (an old Excel opening the page as a plain task pane) there is nothing to bind.
if (typeof CustomFunctions !== "undefined")
  bindFunctions(CustomFunctions as unknown as CustomFunctionsApi);
