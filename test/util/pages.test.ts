import { Pages, lazyPages, pagedList } from "../../src/util/pages";

const PAGES_KEY = Symbol("items in pages");

describe("a result's long list made a page at a time", () => {
  it("is handed to a writer as pages while unread, reads as the whole list (made once), and is then the list itself", () => {
    let made = 0;
    const pages = new Pages(5, (from, to) => {
      made += to - from;
      return Array.from({ length: to - from }, (_, k) => from + k);
    });
    const result = { items: [] as number[] };
    lazyPages(result, "items", PAGES_KEY, pages);
    expect(pagedList(result, "items", PAGES_KEY)).toBe(pages);
    expect(made).toBe(0);
    expect(result.items).toEqual([0, 1, 2, 3, 4]);
    expect(result.items).toBe(result.items);
    expect(made).toBe(5);
    expect(pagedList(result, "items", PAGES_KEY)).toBe(result.items);
    expect(Object.keys(result)).toEqual(["items"]);
    expect(JSON.stringify(result)).toBe('{"items":[0,1,2,3,4]}');
  });

  it("is the value a caller sets instead, if set before it is read", () => {
    const result = { items: [] as number[] };
    lazyPages(result, "items", PAGES_KEY, new Pages(3, () => [9, 9, 9]));
    result.items = [1];
    expect(result.items).toEqual([1]);
    expect(pagedList(result, "items", PAGES_KEY)).toEqual([1]);
  });
});
