import yauzl from "yauzl";

// Zip files (.xlsx, an HSDS data package) are opened only after their directory is read: too many entries or too
// many bytes once unpacked (a zip bomb) refuse the file before anything is inflated.

export const ZIP_LIMITS = { entries: 2000, uncompressedBytes: 500 * 1024 * 1024 } as const;

export type ZipEntry = { name: string; size: number };

export class ZipRefused extends Error {
  constructor(readonly reason: "entries" | "size" | "unreadable") {
    super(`zip refused: ${reason}`);
  }
}

/** The entries of a zip file, or ZipRefused when it exceeds the limits or is no zip. */
export function zipEntries(path: string, limits: { entries: number; uncompressedBytes: number } = ZIP_LIMITS) {
  return new Promise<ZipEntry[]>((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(new ZipRefused("unreadable"));
      if (zip.entryCount > limits.entries) {
        zip.close();
        return reject(new ZipRefused("entries"));
      }
      const entries: ZipEntry[] = [];
      let total = 0;
      zip.on("entry", (e: yauzl.Entry) => {
        total += e.uncompressedSize;
        if (total > limits.uncompressedBytes) {
          zip.close();
          return reject(new ZipRefused("size"));
        }
        entries.push({ name: e.fileName, size: e.uncompressedSize });
        zip.readEntry();
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", () => reject(new ZipRefused("unreadable")));
      zip.readEntry();
    });
  });
}

/** One entry's bytes (checked: never more than the directory said, so a lying header cannot inflate further). */
export function readZipEntry(path: string, name: string, maxBytes = ZIP_LIMITS.uncompressedBytes): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(new ZipRefused("unreadable"));
      zip.on("entry", (e: yauzl.Entry) => {
        if (e.fileName !== name) return zip.readEntry();
        if (e.uncompressedSize > maxBytes) return reject(new ZipRefused("size"));
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(new ZipRefused("unreadable"));
          const parts: Buffer[] = [];
          stream.on("data", (b: Buffer) => parts.push(b));
          stream.on("end", () => {
            zip.close();
            resolve(Buffer.concat(parts));
          });
          stream.on("error", () => reject(new ZipRefused("size")));
        });
      });
      zip.on("end", () => reject(new ZipRefused("unreadable")));
      zip.readEntry();
    });
  });
}
