// The territory step's tests need mapshaper, which the app's install leaves out: install it once.
import { ensurePipelineTools } from "./ensure-pipeline-tools";

export default function setup(): void {
  ensurePipelineTools((line) => console.log(line));
}
