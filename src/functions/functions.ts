/** Entry point of the custom functions, loaded by the shared runtime page. */
import { bindFunctions, type CustomFunctionsApi } from "./bind";

bindFunctions(CustomFunctions as unknown as CustomFunctionsApi);
