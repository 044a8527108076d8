import { describe, expect, it } from "vitest";
import { dirOf, fromAcceptLanguage, resolveGuestLocale } from "./locales";

describe("the guest's language", () => {
  it("is the picked one first, then the booking's, the browser's, the hotel's default, English", () => {
    const all = { picked: "fr", booking: "de", acceptLanguage: "es-ES,es;q=0.9", hotelDefault: "pt" };
    expect(resolveGuestLocale(all)).toBe("fr");
    expect(resolveGuestLocale({ ...all, picked: null })).toBe("de");
    expect(resolveGuestLocale({ ...all, picked: null, booking: null })).toBe("es");
    expect(resolveGuestLocale({ ...all, picked: null, booking: null, acceptLanguage: "ja,zh;q=0.8" })).toBe("pt");
    expect(resolveGuestLocale({})).toBe("en");
  });

  it("ignores values that are not one of our languages (a forged cookie, an old booking value)", () => {
    expect(resolveGuestLocale({ picked: "xx", booking: "<script>", acceptLanguage: null, hotelDefault: "de" })).toBe("de");
    expect(resolveGuestLocale({ picked: "EN", hotelDefault: "ar" })).toBe("ar");
  });

  it("reads Accept-Language by weight, then order, by primary subtag", () => {
    expect(fromAcceptLanguage("de-CH;q=0.5, ar-MA;q=0.9, en;q=0.1")).toBe("ar");
    expect(fromAcceptLanguage("pt-BR,pt;q=0.9,en;q=0.8")).toBe("pt");
    expect(fromAcceptLanguage("fr;q=0, es")).toBe("es");
    expect(fromAcceptLanguage("*")).toBeNull();
    expect(fromAcceptLanguage("")).toBeNull();
    expect(fromAcceptLanguage("q=;;,,")).toBeNull();
  });

  it("Arabic is right to left, the others left to right", () => {
    expect(dirOf("ar")).toBe("rtl");
    expect(dirOf("pt")).toBe("ltr");
  });
});
