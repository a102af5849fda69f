import { describe, expect, it } from "vitest";
import { suggestNextRoles, type HeldRole } from "@/domain/rotation/suggest-next-roles";

const everyone = new Set(["A", "B", "C", "D", "E"]);
const held = (entries: [string, HeldRole["role"]][]): HeldRole[] =>
  entries.map(([unitId, role]) => ({ unitId, role }));

describe("suggestNextRoles", () => {
  it("makes the standing deputy head and the deputy standing deputy, leaving the deputy seat open", () => {
    const roles = held([
      ["A", "HEAD"],
      ["B", "STANDING_DEPUTY"],
      ["C", "DEPUTY"],
    ]);
    expect(
      suggestNextRoles({ rule: "STANDING_DEPUTY_BECOMES_HEAD", roles, continuingUnitIds: everyone }),
    ).toEqual({
      roles: [
        { unitId: "B", role: "HEAD" },
        { unitId: "C", role: "STANDING_DEPUTY" },
      ],
      openSeats: ["DEPUTY"],
      skipped: [],
    });
  });

  it("names the deputies passed over because they do not continue, the outgoing head not among them", () => {
    const roles = held([
      ["A", "HEAD"],
      ["B", "STANDING_DEPUTY"],
      ["C", "DEPUTY"],
    ]);
    const suggestion = suggestNextRoles({
      rule: "STANDING_DEPUTY_BECOMES_HEAD",
      roles,
      continuingUnitIds: new Set(["C"]),
    });
    expect(suggestion?.roles).toEqual([{ unitId: "C", role: "HEAD" }]);
    expect(suggestion?.skipped).toEqual([{ unitId: "B", role: "STANDING_DEPUTY" }]);
  });

  it("suggests nothing when the bloc elects freely", () => {
    const roles = held([
      ["A", "HEAD"],
      ["B", "STANDING_DEPUTY"],
    ]);
    expect(suggestNextRoles({ rule: "MANUAL", roles, continuingUnitIds: everyone })).toBeNull();
  });

  it.each([
    [
      "no standing deputy: deputies move up in order (KTKT 2023 → 2024)",
      held([
        ["A", "HEAD"],
        ["B", "DEPUTY"],
        ["C", "DEPUTY"],
      ]),
      everyone,
      ["B", "C"],
      ["DEPUTY"],
    ],
    [
      "the standing deputy left: the deputy becomes head",
      held([
        ["A", "HEAD"],
        ["B", "STANDING_DEPUTY"],
        ["C", "DEPUTY"],
      ]),
      new Set(["A", "C"]),
      ["C"],
      ["STANDING_DEPUTY", "DEPUTY"],
    ],
    [
      "only a head: every seat is open",
      held([["A", "HEAD"]]),
      everyone,
      [],
      ["HEAD", "STANDING_DEPUTY", "DEPUTY"],
    ],
    ["no roles at all", [], everyone, [], ["HEAD", "STANDING_DEPUTY", "DEPUTY"]],
    [
      "every candidate left",
      held([
        ["A", "HEAD"],
        ["B", "STANDING_DEPUTY"],
        ["C", "DEPUTY"],
      ]),
      new Set(["A"]),
      [],
      ["HEAD", "STANDING_DEPUTY", "DEPUTY"],
    ],
    [
      "the outgoing head is never suggested",
      held([
        ["A", "HEAD"],
        ["B", "STANDING_DEPUTY"],
      ]),
      everyone,
      ["B"],
      ["STANDING_DEPUTY", "DEPUTY"],
    ],
  ] as const)("%s", (_case, roles, continuing, expectedUnits, openSeats) => {
    const suggestion = suggestNextRoles({
      rule: "STANDING_DEPUTY_BECOMES_HEAD",
      roles,
      continuingUnitIds: continuing,
    });
    expect(suggestion?.roles.map((role) => role.unitId)).toEqual(expectedUnits);
    expect(suggestion?.roles.map((role) => role.role)).toEqual(
      ["HEAD", "STANDING_DEPUTY"].slice(0, expectedUnits.length),
    );
    expect(suggestion?.openSeats).toEqual(openSeats);
  });

  it("never suggests one unit for two seats", () => {
    const roles = held([
      ["B", "STANDING_DEPUTY"],
      ["B", "DEPUTY"],
      ["C", "DEPUTY"],
    ]);
    const suggestion = suggestNextRoles({
      rule: "STANDING_DEPUTY_BECOMES_HEAD",
      roles,
      continuingUnitIds: everyone,
    });
    expect(suggestion?.roles).toEqual([
      { unitId: "B", role: "HEAD" },
      { unitId: "C", role: "STANDING_DEPUTY" },
    ]);
  });
});
