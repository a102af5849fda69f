import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/domain/snapshot/canonical-json";
import { buildSnapshotContent } from "@/domain/snapshot/snapshot-content";
import { DEFAULT_SCORING_RULES } from "@/domain/scoring";

describe("canonical JSON of a snapshot", () => {
  it.each([
    [
      { b: 1, a: { d: [3, { z: true, y: null }], c: "Sở" } },
      '{"a":{"c":"Sở","d":[3,{"y":null,"z":true}]},"b":1}',
    ],
    [{ a: undefined, b: [undefined] }, '{"b":[null]}'],
    [[], "[]"],
    ['\u0000"', '"\\u0000\\""'],
  ])("serialises %j with sorted keys and no whitespace", (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it("does not depend on the order keys were written in", () => {
    expect(canonicalJson({ x: 1, y: { b: 2, a: 1 } })).toBe(canonicalJson({ y: { a: 1, b: 2 }, x: 1 }));
  });

  it.each([NaN, Infinity, 10n, () => 1])("refuses %s, which JSON cannot hold faithfully", (value) => {
    expect(() => canonicalJson({ value })).toThrow(TypeError);
  });

  it("puts the snapshot's lists in a fixed order, whatever order the rows came in", () => {
    const facts = (order: 1 | -1) => ({
      number: 1,
      reason: null,
      bloc: { id: "b", code: "KTKT", name: "Khối", province: "Yên Bái" },
      year: 2023,
      asOf: "2023-12-31",
      members: [
        { unitId: "u2", name: "B", shortName: "B", joinedOn: "2023-01-01", leftOn: null },
        { unitId: "u1", name: "A", shortName: "A", joinedOn: "2023-01-01", leftOn: null },
      ].sort(() => order),
      scoreTable: null,
      rules: DEFAULT_SCORING_RULES,
      result: { maxPoints: 10000, units: [], pairs: [], excluded: [], awards: [] },
      ballotTallies: [
        { unitId: "u2", awardCode: "A", votesFor: 1, votersPresent: 2 },
        { unitId: "u1", awardCode: "A", votesFor: 2, votersPresent: 2 },
      ].sort(() => order),
      proposals: [],
      roles: [
        { unitId: "u2", role: "DEPUTY" as const },
        { unitId: "u1", role: "HEAD" as const },
      ].sort(() => order),
      pledge: {
        title: "Giao ước",
        signedOn: null,
        signatures: ["u2", "u1"]
          .map((unitId) => ({ unitId, signerName: unitId, signerTitle: "Giám đốc", signedOn: "2023-01-12" }))
          .sort(() => order),
      },
      nextYear: {
        year: 2024,
        roles: [
          { unitId: "u1", role: "DEPUTY" as const, name: "A", electedOn: "2024-01-12" },
          { unitId: "u2", role: "HEAD" as const, name: "B", electedOn: "2024-01-12" },
        ].sort(() => order),
      },
    });
    const first = buildSnapshotContent(facts(1));
    expect(canonicalJson(first)).toBe(canonicalJson(buildSnapshotContent(facts(-1))));
    expect(first.members.map((m) => m.unitId)).toEqual(["u1", "u2"]);
    expect(first.roles?.map((r) => r.unitId)).toEqual(["u1", "u2"]);
    expect(first.pledge?.signatures.map((signature) => signature.unitId)).toEqual(["u1", "u2"]);
    expect(first.nextYear?.roles.map((r) => r.role)).toEqual(["DEPUTY", "HEAD"]);
    expect(first.format).toBe(3);
  });
});
