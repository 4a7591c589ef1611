import type { z } from "zod";

/** A zod failure phrased the way Bedrock phrases validation errors. */
export function validationMessage(error: z.ZodError): string {
  const issues = error.issues.slice(0, 5);
  const count = error.issues.length;
  const described = issues.map((issue) => {
    const path = issue.path.map(String).join(".") || "body";
    return `Value at '${path}' failed to satisfy constraint: ${issue.message}`;
  });
  return `${count} validation error${count === 1 ? "" : "s"} detected: ${described.join("; ")}`;
}
