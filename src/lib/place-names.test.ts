import { describe, expect, it } from "vitest";
import { placeSearchKey, transliterateCyrillic } from "./place-names";

describe("transliterateCyrillic: as GeoNames romanises Ukrainian names", () => {
  it("writes ї as yi, я as ya, г as h, щ as shch and drops the soft sign and apostrophe", () => {
    expect(transliterateCyrillic("Авдіївка")).toBe("avdiyivka");
    expect(transliterateCyrillic("Запоріжжя")).toBe("zaporizhzhya");
    expect(transliterateCyrillic("Куп'янськ")).toBe("kup'yansk");
    expect(transliterateCyrillic("Вугледар")).toBe("vuhledar");
    expect(transliterateCyrillic("Щастя")).toBe("shchastya");
  });
  it("leaves Latin letters, digits and spaces alone", () => {
    expect(transliterateCyrillic("Chasiv Yar 2")).toBe("chasiv yar 2");
  });
});

describe("placeSearchKey", () => {
  it("gives GeoNames', the official and the Cyrillic spelling one key", () => {
    const keys = (...names: string[]) => [...new Set(names.map(placeSearchKey))];
    expect(keys("Avdiyivka", "Avdiivka", "Авдіївка")).toEqual(["avdiivka"]);
    expect(keys("Zaporizhzhya", "Zaporizhzhia", "Запоріжжя")).toEqual(["zaporizhzhia"]);
    expect(keys("Kupyansk", "Kupiansk", "Куп’янськ")).toEqual(["kupiansk"]);
    expect(keys("Chasiv Yar", "Часів Яр")).toEqual(["chasiv iar"]);
  });
});
