import { classifyDeepStateFeature, isCrimeaFeature } from "./territory-classify";

describe("DeepState layer classification", () => {
  it("trusts the fill colour first, whatever the name says", () => {
    expect(classifyDeepStateFeature("#a52714", "Окуповано /// Occupied")).toBe("occupiedSince2022");
    expect(classifyDeepStateFeature("#880e4f", "Окупований Крим /// Occupied Crimea")).toBe(
      "occupiedBefore2022",
    );
    expect(classifyDeepStateFeature("#000000", "ОРДЛО")).toBe("occupiedBefore2022");
    expect(classifyDeepStateFeature("#0f9d58", "Окуповано")).toBe("liberated");
    expect(classifyDeepStateFeature("#BCAAA4", "x")).toBe("unknown");
  });

  it("falls back to the name for colours outside the table, across the naming eras", () => {
    expect(classifyDeepStateFeature("#0097a7", "Звільнено /// Liberated")).toBe("liberated");
    expect(classifyDeepStateFeature("#123456", "geoJSON.status.occupied")).toBe("occupiedSince2022");
    expect(classifyDeepStateFeature(undefined, "Окупований Крим /// Occupied Crimea")).toBe(
      "occupiedBefore2022",
    );
    expect(classifyDeepStateFeature("#757575", "Під питанням /// Contested")).toBe("unknown");
    expect(classifyDeepStateFeature("#fbc02d", "Багатокутник 54")).toBe("other");
  });

  it("recognises Crimea and Tuzla by name", () => {
    expect(isCrimeaFeature("Острів Тузла /// Occupied Tuzla Island")).toBe(true);
    expect(isCrimeaFeature("ОРДЛО /// CADR and CALR")).toBe(false);
  });
});
