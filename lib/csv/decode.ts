import { CsvError } from "./errors";

/** How much of the file is checked for NUL bytes and binary signatures. */
export const SNIFF_BYTES = 64 * 1024;

const MAGIC_BYTES = 4;

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/**
 * Turns the file's bytes into text. UTF-8 (with or without BOM) is the
 * norm; UTF-16 with a BOM is accepted because Excel's "Unicode text"
 * export produces it. Anything else in the first chunk is reported as a
 * binary file, and invalid UTF-8 later on as an encoding error, rather
 * than silently turning names into replacement characters.
 */
export class CsvByteDecoder {
  private decoder: TextDecoder | null = null;
  private encoding: Encoding = "utf-8";
  private head: Uint8Array | null = null;
  private offset = 0;
  private sawText = false;

  decode(chunk: Uint8Array | string, final: boolean): string {
    if (typeof chunk === "string") return this.decodeString(chunk, final);

    let bytes = chunk;
    if (this.decoder === null) {
      bytes = this.head ? concat(this.head, chunk) : chunk;
      if (bytes.length < MAGIC_BYTES && !final) {
        this.head = bytes;
        return "";
      }
      this.head = null;
      this.start(bytes);
    }
    const decoder = this.decoder!;
    const at = this.offset;
    this.offset += bytes.length;

    if (this.encoding === "utf-8" && at < SNIFF_BYTES) {
      const nul = bytes.subarray(0, SNIFF_BYTES - at).indexOf(0);
      if (nul !== -1) throw binaryFile(at + nul);
    }
    try {
      return decoder.decode(bytes, { stream: !final });
    } catch {
      if (at < SNIFF_BYTES) throw binaryFile(at);
      throw new CsvError(
        "invalid_encoding",
        "Part of the file is not valid UTF-8 text. Save it again as " +
          '"CSV UTF-8" and upload it once more.',
        { byteOffset: at },
      );
    }
  }

  private decodeString(chunk: string, final: boolean): string {
    if (this.head !== null || this.decoder !== null) {
      // Bytes came first; finish them before taking text as is.
      return this.decode(new TextEncoder().encode(chunk), final);
    }
    let text = chunk;
    if (!this.sawText && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.length > 0) this.sawText = true;
    const at = this.offset;
    this.offset += text.length;
    if (at < SNIFF_BYTES) {
      const window = text.slice(0, SNIFF_BYTES - at);
      const bad = window.search(/[\u0000\ufffd]/);
      if (bad !== -1) throw binaryFile(at + bad);
    }
    return text;
  }

  private start(bytes: Uint8Array): void {
    const hint = binarySignature(bytes);
    if (hint) throw binaryFile(0, hint);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) this.encoding = "utf-16le";
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      this.encoding = "utf-16be";
    }
    this.decoder = new TextDecoder(this.encoding, { fatal: true });
  }
}

function binarySignature(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) {
    return "It looks like an Excel workbook or another zip file.";
  }
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) {
    return "It looks like an old Excel (.xls) workbook.";
  }
  if (a === 0x25 && b === 0x50 && c === 0x44 && d === 0x46) {
    return "It looks like a PDF.";
  }
  return null;
}

function binaryFile(byteOffset: number, hint?: string): CsvError {
  return new CsvError(
    "binary_file",
    `This is not a CSV text file.${hint ? ` ${hint}` : ""} Open it in ` +
      'your spreadsheet app and save it as "CSV UTF-8".',
    { byteOffset },
  );
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
