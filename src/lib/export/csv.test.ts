import { buildCsv, csvField } from "./csv";

describe("csvField", () => {
  it("quotes text with commas, quotes, line breaks or edge spaces, and leaves the rest bare", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('the "big" one')).toBe('"the ""big"" one"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded")).toBe('" padded"');
  });

  it("writes numbers without grouping and missing values as empty fields", () => {
    expect(csvField(12345.5)).toBe("12345.5");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });
});

describe("buildCsv", () => {
  const csv = buildCsv(
    {
      columns: ["date", "Tanks, per day"],
      rows: [
        ["2023-07-18", 9],
        ["2023-07-19", null],
      ],
    },
    {
      title: "Tanks lost,\nper day",
      subtitle: "18 – 19 Jul 2023",
      sources: [{ name: "Source A", url: "https://example.org/a", licence: "CC BY 4.0" }],
      permalink: "https://example.org/?from=2023-07-18&to=2023-07-19#tanks",
      accessed: "2026-01-02",
    },
  );
  const lines = csv.split("\r\n");

  it("starts with comment lines naming the title, range, source with licence and permalink", () => {
    expect(lines.slice(0, 5)).toEqual([
      "# Tanks lost, per day",
      "# 18 – 19 Jul 2023",
      "# Source: Source A, https://example.org/a (licence: CC BY 4.0)",
      "# Permalink: https://example.org/?from=2023-07-18&to=2023-07-19#tanks",
      "# Downloaded: 2026-01-02",
    ]);
  });

  it("then the header and one line per row, CRLF-terminated", () => {
    expect(lines.slice(5)).toEqual(['date,"Tanks, per day"', "2023-07-18,9", "2023-07-19,", ""]);
  });
});
