import { parseTerm, productType, segmentScope, termMonthsOrUndefined } from "../../src/cells/terms";

describe("terms (RULES.md §2)", () => {
  it.each([
    ["P1M", 1],
    ["monthly", 1],
    ["1 month", 1],
    [1, 1],
    ["One-Month commitment for monthly/yearly billing", 1],
    ["P1Y", 12],
    ["p1y", 12],
    ["annual", 12],
    ["Yearly", 12],
    ["1 year", 12],
    ["12 months", 12],
    [12, 12],
    ["One-Year commitment for monthly/yearly billing", 12],
    ["1 Year - Monthly billing", 12],
    ["P3Y", 36],
    ["triennial", 36],
    ["3 years", 36],
    ["36 months", 36],
    [36, 36],
    ["3 Years", 36],
    ["Three-Year commitment for monthly/yearly/triennial billing", 36],
  ])("%p is a term of %p months", (text, months) => {
    expect(parseTerm(text)).toBe(months);
  });

  it.each([["Flexi"], ["Flexible"], ["2 years"], [24], ["P2Y"], [""], [true]])(
    "%p is refused with #VALUE! naming the accepted forms",
    (text) => {
      expect(termMonthsOrUndefined(text)).toBeUndefined();
      expect(() => parseTerm(text)).toThrow(/P1M, P1Y, P3Y/);
    },
  );
});

describe("EA segments and product types (RULES.md §4)", () => {
  it.each([
    ["Commercial"],
    ["EA"],
    ["EAS"],
    ["SCE"],
    ["indirect"],
    ["Public sector deal desk"],
    ["Commercial (Indirect)"],
    ["Private Sector"],
    ["SMB"],
  ])("%s loses discount when late", (s) => {
    expect(segmentScope(s)).toBe("in-scope");
  });
  it.each([
    ["Public Sector"],
    ["GOV"],
    ["PUBSEC"],
    ["SOE"],
    ["Nonprofit"],
    ["non-profit"],
    ["Education"],
    ["new commerce"],
    ["AWS price-matched"],
    ["non-enterprise"],
    ["Not-for-profit"],
    ["NFP"],
    ["Federal"],
    ["State & Local"],
    ["Education (K-12)"],
  ])("%s keeps its discount when late", (s) => {
    expect(segmentScope(s)).toBe("out-of-scope");
  });
  it("an unknown segment is #VALUE! listing the segments", () => {
    expect(() => segmentScope("retail")).toThrow(/commercial/);
  });
  it("on-prem, Software Assurance and on-premises are on-premises; online is online", () => {
    expect(productType("on-prem")).toBe("on-premises");
    expect(productType("Software Assurance")).toBe("on-premises");
    expect(productType("Online")).toBe("online");
    expect(() => productType("hybrid")).toThrow(/online/);
  });
});
