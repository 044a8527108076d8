import { describe, expect, it } from "vitest";
import { tableCsv } from "./csv";

describe("report CSV", () => {
  it("quotes what needs quoting, leaves numbers alone, and defuses formulas in text", () => {
    const csv = tableCsv({
      name: "cancellations",
      caption: "",
      columns: [
        { key: "reason", label: "Reason", kind: "text" },
        { key: "count", label: "Orders", kind: "count" },
      ],
      rows: [
        ['Said "no", twice', 2],
        ["=HYPERLINK(\"http://x\")", 1],
        ["-1 star", null],
      ],
    });
    expect(csv).toBe('reason,count\r\n"Said ""no"", twice",2\r\n"\'=HYPERLINK(""http://x"")",1\r\n\'-1 star,\r\n');
  });
});
