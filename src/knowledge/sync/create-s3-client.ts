import { S3Client } from "@aws-sdk/client-s3";

/**
 * The S3 client of `kb.sync`, from Switchboard's own settings: the endpoint is always explicit (an
 * S3-compatible server, with path-style addressing) or AWS's regional one; AWS_ENDPOINT_URL is never read.
 */
export function createS3Client(settings: { region: string; endpoint?: string; credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } }): S3Client {
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint ?? `https://s3.${settings.region}.amazonaws.com`,
    forcePathStyle: settings.endpoint !== undefined,
    credentials: settings.credentials,
  });
}
