import fc from "fast-check";
import { TextPool, float64Column, int32Column, releaseMemory } from "../../src/util/columns";

const same = (t: string) => t;

describe("the columns a review holds its rows in", () => {
  it("keep every slot's number across page boundaries (65,536 slots a page)", () => {
    const ints = int32Column();
    const floats = float64Column();
    for (let i = 0; i < 200000; i++) {
      ints.set(i, i * 3 - 7);
      floats.set(i, i / 4);
    }
    for (const i of [0, 65535, 65536, 131071, 131072, 199999]) {
      expect(ints.get(i)).toBe(i * 3 - 7);
      expect(floats.get(i)).toBe(i / 4);
    }
  });

  it("give back each subscription id as written, whether short, empty, accented, beyond Latin-1 or very long", () => {
    const pool = new TextPool();
    const texts = [
      "",
      "A1B2",
      "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
      "Müller-Überweisung-ß",
      "東京-42",
      "x".repeat(5000),
      "😀 id",
    ];
    // Enough ids to fill several 1 MB pages: an id never straddles two.
    for (let i = 0; i < 40000; i++) pool.set(i, `${texts[i % texts.length]}#${i}`, same);
    for (const i of [0, 1, 2, 3, 4, 5, 6, 29999, 39999]) expect(pool.get(i)).toBe(`${texts[i % texts.length]}#${i}`);
  });

  it("give back GUIDs exactly as written, lower or upper case, and anything near a GUID as written too", () => {
    const pool = new TextPool();
    const texts = [
      "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
      "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
      "00000000-0000-0000-0000-000000000000",
      "ffffffff-ffff-ffff-ffff-ffffffffffff",
      // Mixed case, a letter beyond f, a dash out of place, braces: kept byte for byte.
      "3f2504E0-4f89-11d3-9a0c-0305e82c3301",
      "3g2504e0-4f89-11d3-9a0c-0305e82c3301",
      "3f2504e04-f89-11d3-9a0c-0305e82c3301",
      "{3f2504e0-4f89-11d3-9a0c-0305e82c330}",
    ];
    texts.forEach((t, i) => pool.set(i, t, same));
    expect(texts.map((_, i) => pool.get(i))).toEqual(texts);
  });

  it("property: any GUID, in either case, and any text of a GUID's length round-trip over many pages", () => {
    const hex = fc.constantFrom(..."0123456789abcdef".split(""));
    const part = (n: number) => fc.array(hex, { minLength: n, maxLength: n }).map((a) => a.join(""));
    const guid = fc.tuple(part(8), part(4), part(4), part(4), part(12), fc.boolean()).map(([a, b, c, d, e, upper]) => {
      const text = [a, b, c, d, e].join("-");
      return upper ? text.toUpperCase() : text;
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(guid, fc.string({ minLength: 36, maxLength: 36 })), { maxLength: 200 }), (ids) => {
        const pool = new TextPool();
        // Offset into the pool so that ids land near page ends too.
        for (let i = 0; i < ids.length; i++) pool.set(i, ids[i], same);
        expect(ids.map((_, i) => pool.get(i))).toEqual(ids);
      }),
    );
    // 70,000 GUIDs: 1.1 MB at 16 bytes each, across a page boundary.
    const pool = new TextPool();
    const id = (i: number) => `${i.toString(16).padStart(8, "0")}-0000-4000-8000-${"ab".repeat(6)}`;
    for (let i = 0; i < 70000; i++) pool.set(i, id(i), same);
    for (const i of [0, 65535, 65536, 69999]) expect(pool.get(i)).toBe(id(i));
  });

  it("copies an id kept as a string with the function it is given (a streamed report's texts are copied)", () => {
    const pool = new TextPool();
    const copied: string[] = [];
    pool.set(0, "東京", (t) => {
      copied.push(t);
      return t;
    });
    pool.set(1, "plain", (t) => {
      copied.push(t);
      return t;
    });
    expect(copied).toEqual(["東京"]);
    expect([pool.get(0), pool.get(1)]).toEqual(["東京", "plain"]);
  });

  it("hand their memory back when released: the buffers are emptied at once, not at the next full collection", () => {
    const arrays = [new Float64Array(1 << 16), new Int32Array(1 << 16)];
    releaseMemory(arrays);
    expect(arrays.map((a) => [a.length, a.buffer.byteLength])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    const column = float64Column();
    const pool = new TextPool();
    column.set(70000, 1.5);
    pool.set(0, "id-1", same);
    column.release();
    pool.release();
    expect(() => column.get(70000)).toThrow();
    expect(() => pool.get(0)).toThrow();
  });
});
