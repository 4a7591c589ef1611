import { GetObjectCommand, ListObjectsV2Command, type S3Client } from "@aws-sdk/client-s3";
import type { SyncSource } from "./sync-source.ts";

/** The objects under a prefix of an S3 bucket; "folders" (keys ending in /) are skipped. */
export function s3SyncSource(client: S3Client, bucket: string, prefix: string): SyncSource {
  return {
    scope: `s3://${bucket}/${prefix}`,
    async *list() {
      let continuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: continuationToken }));
        for (const object of page.Contents ?? []) {
          const key = object.Key;
          if (!key || key.endsWith("/")) continue;
          yield {
            source: `s3://${bucket}/${key}`,
            filename: key.slice(key.lastIndexOf("/") + 1),
            read: async () => {
              const body = (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body;
              if (!body) throw new Error(`s3://${bucket}/${key} has no body`);
              return body.transformToByteArray();
            },
          };
        }
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (continuationToken);
    },
  };
}
