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
