import { createReadStream, readFileSync } from "node:fs";
import { Readable } from "node:stream";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  CsvError,
  parseCsvStream,
  suggestMapping,
  toCsvRow,
  type CsvBatch,
  type CsvProgress,
  type CsvSource,
  type ParseCsvOptions,
  type ParsedRow,
  type RejectedRow,
} from "@/lib/csv";
import type { RawLead } from "@/lib/scoring";

const SAMPLE_CSV = "/work/shared/samples/leads-sample-apollo.csv";
const SAMPLE_JSON = "/work/shared/samples/leads-sample.json";

const encoder = new TextEncoder();
const bytesOf = (text: string) => encoder.encode(text);

interface Parsed {
  batches: CsvBatch[];
  rows: ParsedRow[];
  rejected: RejectedRow[];
}

async function parse(
  source: CsvSource,
  options?: ParseCsvOptions,
): Promise<Parsed> {
  const batches: CsvBatch[] = [];
  for await (const batch of parseCsvStream(source, options)) {
    batches.push(batch);
  }
  return {
    batches,
    rows: batches.flatMap((b) => b.rows),
    rejected: batches.flatMap((b) => b.rejected),
  };
}

async function failure(
  source: CsvSource,
  options?: ParseCsvOptions,
): Promise<CsvError> {
  try {
    await parse(source, options);
  } catch (e) {
    if (e instanceof CsvError) return e;
    throw e;
  }
  throw new Error("expected the file to be refused");
}

function* split(bytes: Uint8Array, ...at: number[]): Generator<Uint8Array> {
  let from = 0;
  for (const to of at) {
    yield bytes.subarray(from, to);
    from = to;
  }
  yield bytes.subarray(from);
}

interface SampleLead {
  ref: string;
  surface: Record<string, string | number | string[]>;
}

describe("parseCsvStream on the shared Apollo sample", () => {
  const leads = (
    JSON.parse(readFileSync(SAMPLE_JSON, "utf8")) as { leads: SampleLead[] }
  ).leads;

  it("maps every column of the file", async () => {
    const header = readFileSync(SAMPLE_CSV, "utf8").split(/\r?\n/)[0]!;
    const { mapping, style } = suggestMapping(header.split(","));
    expect(Object.values(mapping)).not.toContain(null);
    expect(style).toBe("apollo");
  });

  it("reads every lead as the sample describes it", async () => {
    const { rows, rejected, batches } = await parse(
      createReadStream(SAMPLE_CSV, { highWaterMark: 1024 }),
      { batchSize: 64 },
    );
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(leads.length);
    expect(batches.map((b) => b.rows.length)).toEqual([64, 64, 64, 8]);
    expect(rows.map((r) => r.rowNumber)).toEqual(leads.map((_, i) => i + 2));

    rows.forEach((row, i) => {
      const { ref, surface } = leads[i]!;
      expect(row.ref).toBe(ref);
      expect(row.extra).toEqual({});
      const expected: Record<string, string> = {};
      for (const [key, value] of Object.entries(surface)) {
        if (Array.isArray(value)) {
          if (value.length > 0) expected[key] = value.join(", ");
        } else {
          expected[key] = String(value);
        }
      }
      // Leads go to scoring as they are: this line fails to compile if
      // the two shapes drift apart.
      const raw: RawLead = row.lead;
      expect(raw).toEqual(expected);
    });
  });

  it("reads a web ReadableStream the same as a Node stream", async () => {
    const node = await parse(createReadStream(SAMPLE_CSV));
    const web = await parse(
      Readable.toWeb(
        createReadStream(SAMPLE_CSV, { highWaterMark: 777 }),
      ) as ReadableStream<Uint8Array>,
    );
    expect(web.rows).toEqual(node.rows);
  });

  it("gives the same result when cut at any byte", async () => {
    const bytes = readFileSync(SAMPLE_CSV).subarray(0, 1500);
    const whole = await parse(bytes);
    for (let i = 0; i <= bytes.length; i += 7) {
      expect((await parse(split(bytes, i))).rows).toEqual(whole.rows);
    }
  });
});

describe("parseCsvStream input formats", () => {
  const expectedLeads = [
    { firstName: "Ann", lastName: "Lee", email: "ann@x.io" },
    { firstName: "Bo", lastName: "Ek", email: "bo@x.io" },
  ];

  it.each([
    ["comma, LF", "First,Last,Email\nAnn,Lee,ann@x.io\nBo,Ek,bo@x.io\n"],
    [
      "semicolon, CRLF",
      "First;Last;Email\r\nAnn;Lee;ann@x.io\r\nBo;Ek;bo@x.io",
    ],
    ["tab", "First\tLast\tEmail\nAnn\tLee\tann@x.io\nBo\tEk\tbo@x.io\n"],
    ["pipe", "First|Last|Email\nAnn|Lee|ann@x.io\nBo|Ek|bo@x.io\n"],
    ["BOM", "\ufeffFirst,Last,Email\r\nAnn,Lee,ann@x.io\r\nBo,Ek,bo@x.io\r\n"],
    ["bare CR", "First,Last,Email\rAnn,Lee,ann@x.io\rBo,Ek,bo@x.io\r"],
    [
      "Excel sep line",
      "sep=;\r\nFirst;Last;Email\r\nAnn;Lee;ann@x.io\r\nBo;Ek;bo@x.io",
    ],
    [
      "quoted header",
      '"First","Last","Email"\n"Ann","Lee",ann@x.io\nBo,Ek,bo@x.io',
    ],
  ])("reads %s", async (_, text) => {
    const { rows, batches } = await parse(bytesOf(text));
    expect(rows.map((r) => r.lead)).toEqual(expectedLeads);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(batches[0]!.header.headers).toEqual(["First", "Last", "Email"]);
  });

  it("reports the delimiter it detected", async () => {
    const { batches } = await parse(bytesOf("Email;Name\na@b.co;A\n"));
    expect(batches[0]!.header.delimiter).toBe(";");
  });

  it("reads UTF-16 with a BOM (Excel's Unicode text)", async () => {
    const text = "\ufeffFirst\tEmail\r\nJosé\tjose@x.io\r\n";
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[i * 2] = text.charCodeAt(i) & 0xff;
      le[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const { rows } = await parse(split(le, 1, 5, 9));
    expect(rows[0]!.lead).toEqual({ firstName: "José", email: "jose@x.io" });
  });

  it("keeps quoted newlines, delimiters and quotes inside values", async () => {
    const text =
      "Name,Email,Notes,Company\r\n" +
      '"Lee, Ann",ann@x.io,"line one\r\nline ""two""",Acme\r\n' +
      'Bo Ek,bo@x.io,,"Initech; ""Labs"""\r\n';
    const { rows } = await parse(bytesOf(text));
    expect(rows).toEqual([
      {
        rowNumber: 2,
        lead: {
          firstName: "Ann",
          lastName: "Lee",
          email: "ann@x.io",
          company: "Acme",
        },
        extra: { Notes: 'line one\r\nline "two"' },
      },
      {
        rowNumber: 3,
        lead: {
          firstName: "Bo",
          lastName: "Ek",
          email: "bo@x.io",
          company: 'Initech; "Labs"',
        },
        extra: {},
      },
    ]);
  });

  it("numbers rows as a spreadsheet shows them", async () => {
    const text = 'Email,Note\n\na@x.io,"two\nlines"\n,\nb@x.io,x\n\n\nc@x.io,y';
    const { rows } = await parse(bytesOf(text));
    expect(rows.map((r) => [r.rowNumber, r.lead.email])).toEqual([
      [3, "a@x.io"],
      [5, "b@x.io"],
      [8, "c@x.io"],
    ]);
  });

  it("applies a given mapping, keeping unmapped columns as extra", async () => {
    const text = "Email,Title,Seniority\na@x.io,CFO,C-Level\n";
    const { rows } = await parse(bytesOf(text), {
      mapping: { Email: "email", Title: null, Seniority: "seniority" },
    });
    expect(rows[0]).toMatchObject({
      lead: { email: "a@x.io", seniority: "C-Level" },
      extra: { Title: "CFO" },
    });
  });

  it("de-duplicates repeated and empty header names", async () => {
    const text = "Email,Email,,Note\na@x.io,b@x.io,c,d\n";
    const { rows, batches } = await parse(bytesOf(text));
    expect(batches[0]!.header.headers).toEqual([
      "Email",
      "Email (2)",
      "Column 3",
      "Note",
    ]);
    expect(rows[0]!.extra).toEqual({
      "Email (2)": "b@x.io",
      "Column 3": "c",
      Note: "d",
    });
  });

  it("takes a forced delimiter over the detected one", async () => {
    const text = "Email;Name,Title\na@x.io;Ann,CFO\n";
    const { rows } = await parse(bytesOf(text), { delimiter: ";" });
    expect(rows[0]!.extra).toEqual({ "Name,Title": "Ann,CFO" });
  });
});

describe("parseCsvStream chunk boundaries", () => {
  const text =
    "\ufeffFirst Name;Last Name;Email;Notes;Technologies\r\n" +
    'Zoë;Müller;zoe@x.io;"multi\r\nline; ""quoted"" 👍";' +
    '"HubSpot, Salesforce"\r\n' +
    "\r\n" +
    "Ann;;ann@x.io;;\r\n" +
    "bad;row\r\n" +
    ';;;"only notes";\r\n' +
    '李;雷;li@x.io;"";"a""b"';
  const bytes = bytesOf(text);

  it("gives identical results for every single split point", async () => {
    const whole = await parse(bytes);
    expect(whole.rows.map((r) => r.rowNumber)).toEqual([2, 4, 7]);
    expect(whole.rejected.map((r) => [r.rowNumber, r.code])).toEqual([
      [5, "column_count"],
      [6, "no_identity"],
    ]);
    for (let i = 0; i <= bytes.length; i++) {
      const cut = await parse(split(bytes, i));
      expect(cut.rows).toEqual(whole.rows);
      expect(cut.rejected).toEqual(whole.rejected);
    }
  });

  it("gives identical results one byte at a time", async () => {
    const whole = await parse(bytes);
    const bytewise = await parse(
      Array.from(bytes, (b) => Uint8Array.of(b)),
      { batchSize: 1 },
    );
    expect(bytewise.rows).toEqual(whole.rows);
    expect(bytewise.rejected).toEqual(whole.rejected);
  });

  it("gives identical results for random splits of random tables", async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('"', '""', ",", "\r\n", "\n", "é", "👍", " x "),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.nat(), { maxLength: 4 }),
        async (table, cuts) => {
          const body = table.map((r) =>
            toCsvRow([`n${r.join("").length}@x.io`, ...r], {
              neutraliseFormulas: false,
            }),
          );
          const file = bytesOf(["Email,A,B,C", ...body].join("\r\n"));
          const points = cuts.map((c) => c % (file.length + 1));
          points.sort((a, b) => a - b);
          const whole = await parse(file);
          const cut = await parse(split(file, ...points));
          expect(cut.rows).toEqual(whole.rows);
          expect(whole.rows.map((r) => r.extra.A ?? "")).toEqual(
            table.map((r) => r[0]!.trim()),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("parseCsvStream batches and progress", () => {
  const rows = Array.from({ length: 10 }, (_, i) => `Lead ${i},lead${i}@x.io`);
  const file = bytesOf(["Name,Email", ...rows].join("\n"));

  it("hands out batches of the requested size with byte progress", async () => {
    const seen: CsvProgress[] = [];
    const { batches } = await parse(split(file, 20, 40, 60), {
      batchSize: 4,
      onProgress: (p) => seen.push(p),
    });
    expect(batches.map((b) => b.rows.length)).toEqual([4, 4, 2]);
    const last = batches.at(-1)!;
    expect(last.bytesRead).toBe(file.length);
    expect(last.rowsRead).toBe(10);
    expect(last.rowsAccepted).toBe(10);
    for (let i = 1; i < batches.length; i++) {
      expect(batches[i]!.bytesRead).toBeGreaterThanOrEqual(
        batches[i - 1]!.bytesRead,
      );
    }
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.at(-1)).toEqual({
      bytesRead: file.length,
      rowsRead: 10,
      rowsAccepted: 10,
      rowsRejected: 0,
    });
  });

  it("hands out the first batch before reading the whole source", async () => {
    let served = 0;
    function* chunksOfRows() {
      yield bytesOf("Name,Email\n");
      for (let c = 0; c < 1000; c++) {
        served++;
        yield bytesOf(`Lead ${c},lead${c}@x.io\n`.repeat(100));
      }
    }
    const batches = parseCsvStream(chunksOfRows(), { batchSize: 500 });
    const first = await batches.next();
    expect(first.done).toBe(false);
    expect(served).toBeLessThanOrEqual(5);
    await batches.return();
  });

  it("stops reading the source when the consumer stops", async () => {
    const source = Readable.from(split(file, 20, 40, 60));
    for await (const batch of parseCsvStream(source, { batchSize: 2 })) {
      expect(batch.rows).toHaveLength(2);
      break;
    }
    expect(source.destroyed).toBe(true);
  });

  it("cancels a web stream when the file is refused", async () => {
    let cancelled = false;
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(bytesOf(pulls++ === 0 ? "Email\n" : "a,b\n"));
      },
      cancel() {
        cancelled = true;
      },
    });
    const error = await failure(
      { getReader: () => stream.getReader() } as ReadableStream<Uint8Array>,
      { batchSize: 50 },
    );
    expect(error.code).toBe("too_many_bad_rows");
    expect(cancelled).toBe(true);
  });

  it("stops when aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("cancelled by user"));
    await expect(parse(file, { signal: controller.signal })).rejects.toThrow(
      "cancelled by user",
    );
  });
});

describe("parseCsvStream refusing malformed files", () => {
  it.each([
    ["no bytes", ""],
    ["only a BOM", "\ufeff"],
    ["only line breaks", "\r\n\n\r\n"],
    ["only blank cells", " , \n,,\n"],
  ])("calls a file with %s empty", async (_, text) => {
    expect((await failure(bytesOf(text))).code).toBe("empty_file");
  });

  it("refuses a header without rows", async () => {
    for (const text of ["Name,Email", "Name,Email\r\n", "Name,Email\n\n,\n"]) {
      const error = await failure(bytesOf(text));
      expect(error.code).toBe("no_rows");
      expect(error.message).toBe("The file has a header row but no data rows.");
    }
  });

  it("refuses a file whose first row is data", async () => {
    const error = await failure(bytesOf("ann@x.io,Ann\nbo@x.io,Bo\n"));
    expect(error.code).toBe("no_header");
    expect(error.message).toContain("ann@x.io");
  });

  it("refuses an unterminated quote with its row number", async () => {
    const text = 'Name,Email\nAnn,ann@x.io\n"Bo,bo@x.io\nCy,cy@x.io\n';
    const error = await failure(split(bytesOf(text), 5, 30));
    expect(error.code).toBe("unterminated_quote");
    expect(error.details.rowNumber).toBe(3);
  });

  it("refuses an open quote without reading the whole file", async () => {
    let served = 0;
    function* endless() {
      yield bytesOf('Name,Email\n"Ann,ann@x.io\n');
      for (;;) {
        served++;
        yield bytesOf("x,y\n".repeat(1000));
      }
    }
    const error = await failure(endless(), { maxRecordLength: 50_000 });
    expect(error.code).toBe("unterminated_quote");
    expect(served).toBeLessThan(20);
  });

  it.each([
    ["NUL bytes", Uint8Array.from([...bytesOf("Name,Email\nA"), 0, 0, 1])],
    ["invalid UTF-8", Uint8Array.from([...bytesOf("Name\nJos"), 0xe9, 10])],
    ["a PNG", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a])],
    ["an xlsx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06])],
  ])("refuses %s as a binary file", async (_, bytes) => {
    const error = await failure(split(bytes, 1, 2));
    expect(error.code).toBe("binary_file");
  });

  it("names Excel workbooks", async () => {
    const error = await failure(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0));
    expect(error.message).toContain("Excel");
  });

  it("refuses invalid UTF-8 found after the first chunk", async () => {
    const head = bytesOf(`Name,Email\n${"Ann,ann@x.io\n".repeat(6000)}`);
    const bytes = Uint8Array.from([...head, 0xff, 0x41, 10]);
    const error = await failure(split(bytes, 65536));
    expect(error.code).toBe("invalid_encoding");
  });

  it("rejects rows with the wrong column count, one by one", async () => {
    const good = Array.from({ length: 30 }, (_, i) => `L${i},l${i}@x.io`);
    const text = ["Name,Email", ...good, "Ann,Lee,ann@x.io", "Bo"].join("\n");
    const { rows, rejected } = await parse(bytesOf(text));
    expect(rows).toHaveLength(30);
    expect(rejected).toEqual([
      {
        rowNumber: 32,
        code: "column_count",
        reason: "Row has 3 values but the header has 2 columns.",
        cells: ["Ann", "Lee", "ann@x.io"],
      },
      {
        rowNumber: 33,
        code: "column_count",
        reason: "Row has 1 value but the header has 2 columns.",
        cells: ["Bo"],
      },
    ]);
  });

  it("refuses the file when most rows have the wrong width", async () => {
    const text = [
      "Name;Email",
      ...Array.from({ length: 40 }, (_, i) => `L${i},l${i}@x.io,extra`),
    ].join("\n");
    const error = await failure(bytesOf(text), { batchSize: 25 });
    expect(error.code).toBe("too_many_bad_rows");
    expect(error.details).toMatchObject({ badRows: 25, rowsChecked: 25 });
  });

  it("refuses the file before handing out mostly bad rows", async () => {
    const text = ["Name,Email", "Ann,a@x.io", "x", "y", "z"].join("\n");
    const batches: CsvBatch[] = [];
    await expect(async () => {
      for await (const b of parseCsvStream(bytesOf(text))) batches.push(b);
    }).rejects.toThrow(CsvError);
    expect(batches).toEqual([]);
  });

  it("refuses files over the byte and row limits", async () => {
    const text = [
      "Email",
      ...Array.from({ length: 50 }, (_, i) => `${i}@x.io`),
    ].join("\n");
    expect((await failure(bytesOf(text), { maxBytes: 100 })).code).toBe(
      "too_large",
    );
    const rows = await failure(bytesOf(text), { maxRows: 49 });
    expect(rows.code).toBe("too_large");
    expect(rows.details.limit).toBe(49);
    await expect(parse(bytesOf(text), { maxRows: 50 })).resolves.toBeTruthy();
  });

  it("refuses a mapping that does not fit the file", async () => {
    const error = await failure(bytesOf("Email,Work Email\na@x.io,b@x.io\n"), {
      mapping: { Email: "email", "Work Email": "email" },
    });
    expect(error.code).toBe("invalid_mapping");
    expect(error.details.issues?.[0]?.code).toBe("duplicate_field");
  });

  it("refuses a file in which no column says who the lead is", async () => {
    const error = await failure(bytesOf("Company,Industry\nAcme,SaaS\n"));
    expect(error.code).toBe("invalid_mapping");
  });
});
