#!/usr/bin/env node
// Runs the TypeScript CLI in this very process (tsx compiles it on the fly), so signals such as
// SIGTERM reach Switchboard directly and `npx switchboard` works without a build step.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
