import { z } from "zod";

/** An optional environment value, trimmed; blank counts as unset. */
export const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));
