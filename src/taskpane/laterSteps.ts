/** The 数据 and 生成 steps, loaded after the first screen (see App.tsx). */
export { DataStep } from "./DataStep";
export { GenerateStep } from "./GenerateStep";
