import { readGeneralStaff } from "../sources/general-staff";
import { CORRECTIONS, EQUIPMENT, makeTempDir, PERSONNEL, writeRawDir } from "../fixtures/raw-dir";
import { deriveGeneralStaff } from "./losses";

function derive(equipment = EQUIPMENT, personnel = PERSONNEL, corrections = CORRECTIONS) {
  const dir = writeRawDir(makeTempDir(), {
    equipment: JSON.stringify(equipment),
    personnel: JSON.stringify(personnel),
    corrections: JSON.stringify(corrections),
  });
  return deriveGeneralStaff(readGeneralStaff(dir));
}

describe("deriveGeneralStaff", () => {
  it("sums military auto and fuel tank into vehicle before 2022-05-01, then uses the merged key", () => {
    const { generalStaff } = derive();
    expect(generalStaff.cumulative.vehicle).toEqual([10, 11, 12]);
  });

  it("folds the mobile SRBM count into cruiseMissile until cruise missiles are reported", () => {
    expect(derive().generalStaff.cumulative.cruiseMissile).toEqual([2, 2, 40]);
  });

  it("joins personnel from its own file by date", () => {
    expect(derive().generalStaff.cumulative.personnel).toEqual([100, 110, 125]);
  });

  it("writes null, not zero, for a category the statement does not mention", () => {
    const { generalStaff } = derive();
    expect(generalStaff.cumulative.submarine).toEqual([null, null, null]);
    expect(generalStaff.cumulative.specialEquipment).toEqual([null, null, null]);
  });

  it("fills a missing calendar day with null and reports it", () => {
    const equipment = [EQUIPMENT[0]!, EQUIPMENT[2]!];
    const derived = derive(equipment);
    expect(derived.generalStaff.dates).toEqual(["2022-04-29", "2022-04-30", "2022-05-01"]);
    expect(derived.generalStaff.cumulative.tank).toEqual([10, null, 15]);
    expect(derived.missingDays).toEqual([{ file: "equipment", date: "2022-04-30" }]);
    // Personnel was reported that day and stays.
    expect(derived.generalStaff.cumulative.personnel[1]).toBe(110);
  });

  it("sets vehicle to null when only one of its two old parts is present", () => {
    const equipment = [{ ...EQUIPMENT[0]!, "fuel tank": undefined }, EQUIPMENT[1]!, EQUIPMENT[2]!].map((r) =>
      JSON.parse(JSON.stringify(r)),
    );
    const derived = derive(equipment);
    expect(derived.generalStaff.cumulative.vehicle[0]).toBeNull();
    expect(derived.incompleteParts).toEqual([
      { date: "2022-04-29", category: "vehicle", missing: ["fuel tank"] },
    ]);
  });

  it("lists non-zero corrections and matches a negative daily change to them", () => {
    const derived = derive();
    expect(derived.generalStaff.corrections).toEqual([{ date: "2022-05-01", category: "apc", delta: -3 }]);
    expect(derived.negativeChanges).toHaveLength(1);
    expect(derived.negativeChanges[0]).toMatchObject({
      date: "2022-05-01",
      category: "apc",
      from: 21,
      to: 19,
    });
    expect(derived.negativeChanges[0]?.correction?.delta).toBe(-3);
  });

  it("matches a correction listed the day after the fall (±1 day) and writes the match into the file", () => {
    const derived = derive(EQUIPMENT, PERSONNEL, [
      { date: "2022-05-02", day: 68, tank: 0, APC: -2, personnel: 0 },
    ]);
    expect(derived.generalStaff.negativeChanges).toEqual([
      {
        date: "2022-05-01",
        category: "apc",
        from: 21,
        to: 19,
        correction: { date: "2022-05-02", category: "apc", delta: -2 },
      },
    ]);
  });

  it("leaves a correction listed two days off unmatched (an unlisted revision)", () => {
    const derived = derive(EQUIPMENT, PERSONNEL, [
      { date: "2022-05-03", day: 69, tank: 0, APC: -2, personnel: 0 },
    ]);
    expect(derived.generalStaff.negativeChanges[0]?.correction).toBeNull();
  });

  it("reports a negative change with no listed correction", () => {
    const derived = derive(EQUIPMENT, PERSONNEL, []);
    expect(derived.negativeChanges[0]?.correction).toBeNull();
  });
});

describe("derivePartChanges (via deriveGeneralStaff)", () => {
  it("reports the day a category switches raw keys, with the values either side", () => {
    const changes = derive().partChanges;
    expect(changes).toEqual([
      {
        date: "2022-05-01",
        category: "cruiseMissile",
        from: { keys: "mobile SRBM system", value: 2 },
        to: { keys: "cruise missiles", value: 40 },
      },
      {
        date: "2022-05-01",
        category: "vehicle",
        from: { keys: "military auto + fuel tank", value: 11 },
        to: { keys: "vehicles and fuel tanks", value: 12 },
      },
    ]);
  });
});
