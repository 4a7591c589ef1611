import type { SystemBlock } from "../model-port.ts";

/**
 * The system blocks as one model should see them: with a prompt-cache point after the static
 * leading blocks where the model supports caching, and without any where it does not (Bedrock
 * rejects cache points for such models).
 */
export function prepareSystemBlocks(system: SystemBlock[], options: { promptCaching: boolean; staticBlocks?: number }): SystemBlock[] {
  const withoutCachePoints = system.filter((block) => !("cachePoint" in block));
  if (!options.promptCaching) return withoutCachePoints;
  if (withoutCachePoints.length !== system.length) return system;
  const staticBlocks = options.staticBlocks ?? 1;
  if (staticBlocks < 1 || staticBlocks > system.length) return system;
  return [...system.slice(0, staticBlocks), { cachePoint: { type: "default" } }, ...system.slice(staticBlocks)];
}
