import { describe, expect, it } from "vitest";
import { unitNameOn } from "@/domain/calendar";
import {
  canOwnTaskDueOn,
  dayOfYear,
  isMemberOn,
  isRankedForYear,
  type MembershipSpan,
  membersOn,
  planNextYearMembers,
  owingPledge,
  pledgeTally,
  yearEndMembers,
} from "@/domain/membership";
import { checkImportRows } from "@/domain/tasks";
import type { MembershipRule } from "@/domain/scoring/rules";

const span = (joinedOn: string, leftOn: string | null = null): MembershipSpan => ({
  unitId: "u",
  joinedOn,
  leftOn,
});

describe("isMemberOn and isRankedForYear", () => {
  it.each<[string, MembershipSpan, string, boolean, MembershipRule, boolean]>([
    ["joined mid-year, before joining", span("2025-03-01"), "2025-02-28", false, "yearEndMembersOnly", true],
    ["joined mid-year, on its first day", span("2025-03-01"), "2025-03-01", true, "yearEndMembersOnly", true],
    [
      "left mid-year, the day before",
      span("2025-01-01", "2025-03-01"),
      "2025-02-28",
      true,
      "yearEndMembersOnly",
      false,
    ],
    [
      "left mid-year, on the day it left",
      span("2025-01-01", "2025-03-01"),
      "2025-03-01",
      false,
      "yearEndMembersOnly",
      false,
    ],
    [
      "left mid-year, pro-rated",
      span("2025-01-01", "2025-03-01"),
      "2025-02-01",
      true,
      "prorateByMembership",
      true,
    ],
    [
      "merged on 1 January",
      span("2025-01-01", "2025-01-01"),
      "2025-01-01",
      false,
      "prorateByMembership",
      false,
    ],
    ["left on 31 December", span("2025-01-01", "2025-12-31"), "2025-12-30", true, "yearEndMembersOnly", true],
    ["member all year", span("2025-01-01"), "2025-12-31", true, "yearEndMembersOnly", true],
  ])("%s", (_case, membership, date, member, rule, ranked) => {
    expect(isMemberOn(membership, date)).toBe(member);
    expect(isRankedForYear(membership, { year: 2025, rule })).toBe(ranked);
  });

  it("counts the members on a date, not every row of the year", () => {
    const spans = [
      { unitId: "tnmt", joinedOn: "2025-01-01", leftOn: "2025-03-01" },
      { unitId: "nnptnt", joinedOn: "2025-01-01", leftOn: "2025-03-01" },
      { unitId: "nnmt", joinedOn: "2025-03-01", leftOn: null },
      { unitId: "tc", joinedOn: "2025-01-01", leftOn: null },
    ];
    expect(membersOn(spans, "2025-02-28").map((s) => s.unitId)).toEqual(["tnmt", "nnptnt", "tc"]);
    expect(membersOn(spans, "2025-12-31").map((s) => s.unitId)).toEqual(["nnmt", "tc"]);
  });

  it("keeps one membership through two renames in a year, under the name of each day", () => {
    const names = [
      { name: "Sở A", shortName: "A", validFrom: "2010-01-01" },
      { name: "Sở B", shortName: "B", validFrom: "2025-04-01" },
      { name: "Sở C", shortName: "C", validFrom: "2025-09-01" },
    ];
    const membership = span("2025-01-01");
    expect(
      ["2025-01-01", "2025-04-01", "2025-12-31"].map(
        (day) => isMemberOn(membership, day) && unitNameOn(names, day)?.name,
      ),
    ).toEqual(["Sở A", "Sở B", "Sở C"]);
  });

  it.each([
    ["due before it joined", span("2025-03-01"), "2025-02-15", false],
    ["due after it left", span("2025-01-01", "2025-03-01"), "2025-06-30", false],
    ["due while a member", span("2025-01-01", "2025-03-01"), "2025-02-28", true],
    ["not a member of the year", undefined, "2025-02-28", false],
  ])("a task %s can be owned: %s", (_case, membership, deadline, allowed) => {
    expect(canOwnTaskDueOn(membership, deadline)).toBe(allowed);
  });
});

describe("who counts on the year's own days", () => {
  const spans = [
    { unitId: "joined-mid-year", joinedOn: "2025-03-01", leftOn: null },
    { unitId: "left-mid-year", joinedOn: "2025-01-01", leftOn: "2025-03-01" },
    { unitId: "merged-on-1-january", joinedOn: "2025-01-01", leftOn: "2025-01-01" },
    { unitId: "left-on-31-december", joinedOn: "2025-01-01", leftOn: "2025-12-31" },
    { unitId: "renamed-twice", joinedOn: "2025-01-01", leftOn: null },
  ];
  const ids = (list: readonly MembershipSpan[]) => list.map((s) => s.unitId);

  it("counts at the year's close the units still members then (a merger on 31/12 still closes the year)", () => {
    expect(ids(yearEndMembers(spans, 2025))).toEqual([
      "joined-mid-year",
      "left-on-31-december",
      "renamed-twice",
    ]);
  });

  it("is the ranking's default: the year-end members are exactly the ranked ones", () => {
    const ranked = spans.filter((s) => isRankedForYear(s, { year: 2025, rule: "yearEndMembersOnly" }));
    expect(ids(yearEndMembers(spans, 2025))).toEqual(ids(ranked));
  });

  it.each([
    [
      "signed on 15/01, before the merger",
      "2025-01-15",
      ["left-mid-year", "left-on-31-december", "renamed-twice"],
    ],
    [
      "signed on 15/03, after the merger",
      "2025-03-15",
      ["joined-mid-year", "left-on-31-december", "renamed-twice"],
    ],
    [
      "not yet dated: the members that will close the year",
      null,
      ["joined-mid-year", "left-on-31-december", "renamed-twice"],
    ],
  ])("asks the pledge's signature of the members on its day: %s", (_case, signedOn, owing) => {
    expect(ids(owingPledge(spans, { year: 2025, signedOn }))).toEqual(owing);
    const tally = pledgeTally(spans, { year: 2025, signedOn, signedUnitIds: ["renamed-twice", "other"] });
    expect(tally).toEqual({ owed: owing.length, signed: 1 });
  });

  it.each([
    ["before the year", "2024-11-29", "2025-01-01"],
    ["during the year", "2025-06-15", "2025-06-15"],
    ["after the year", "2026-11-29", "2025-12-31"],
  ])("stands today for a day of the year %s", (_case, today, day) => {
    expect(dayOfYear(2025, today)).toBe(day);
  });

  it.each([
    ["joined mid-year, due before it joined", "joined-mid-year", "15/02/2025", "gia nhập khối từ 01/03/2025"],
    ["joined mid-year, due after", "joined-mid-year", "15/06/2025", null],
    ["left mid-year, due after it left", "left-mid-year", "15/06/2025", "rời khối ngày 01/03/2025"],
    ["left mid-year, due before", "left-mid-year", "28/02/2025", null],
    ["merged on 1 January, any day", "merged-on-1-january", "01/01/2025", "rời khối ngày 01/01/2025"],
    ["renamed twice, by its second old name", "renamed-twice", "31/12/2025", null],
  ])("an imported row %s", (_case, unitId, deadline, refusal) => {
    const { problems } = checkImportRows(
      [
        {
          row: 7,
          title: "Nhiệm vụ",
          owner: unitId === "renamed-twice" ? "Sở B" : unitId,
          source: null,
          weight: 1,
          deadline,
        },
      ],
      {
        year: 2025,
        members: spans.map((s) => ({
          ...s,
          names: s.unitId === "renamed-twice" ? ["Sở A", "Sở B", "Sở C"] : [s.unitId],
        })),
        sourceDocuments: [],
        existingTitles: new Map(),
      },
    );
    if (refusal === null) expect(problems).toEqual([]);
    else
      expect(problems).toEqual([
        {
          row: 7,
          column: "Đơn vị chủ trì (tên hoặc tên viết tắt)",
          message: expect.stringContaining(refusal),
        },
      ]);
  });
});

describe("planNextYearMembers", () => {
  const merger = (predecessorId: string, successorId: string, effectiveOn: string) => ({
    predecessorId,
    successorId,
    effectiveOn,
  });

  it.each([
    {
      case: "a merger on 01/03: predecessors leave and the successor joins that day",
      successions: [merger("tnmt", "nnmt", "2025-03-01"), merger("nnptnt", "nnmt", "2025-03-01")],
      members: [
        ["tnmt", "2025-01-01", "2025-03-01"],
        ["nnptnt", "2025-01-01", "2025-03-01"],
        ["tc", "2025-01-01", null],
        ["nnmt", "2025-03-01", null],
      ],
      dropped: [],
    },
    {
      case: "a merger on 1 January: predecessors are not copied",
      successions: [merger("tnmt", "nnmt", "2025-01-01"), merger("nnptnt", "nnmt", "2025-01-01")],
      members: [
        ["tc", "2025-01-01", null],
        ["nnmt", "2025-01-01", null],
      ],
      dropped: ["tnmt", "nnptnt"],
    },
    {
      case: "a merger recorded last year: applied from 1 January",
      successions: [merger("tnmt", "nnmt", "2024-07-01")],
      members: [
        ["nnptnt", "2025-01-01", null],
        ["tc", "2025-01-01", null],
        ["nnmt", "2025-01-01", null],
      ],
      dropped: ["tnmt"],
    },
    {
      case: "a merger after the year: not applied",
      successions: [merger("tnmt", "nnmt", "2026-03-01")],
      members: [
        ["tnmt", "2025-01-01", null],
        ["nnptnt", "2025-01-01", null],
        ["tc", "2025-01-01", null],
      ],
      dropped: [],
    },
    {
      case: "a merger into a member: it stays a member from 1 January",
      successions: [merger("nnptnt", "tc", "2025-05-01")],
      members: [
        ["tnmt", "2025-01-01", null],
        ["nnptnt", "2025-01-01", "2025-05-01"],
        ["tc", "2025-01-01", null],
      ],
      dropped: [],
    },
    {
      case: "a chain: the successor merges again later in the year",
      successions: [merger("tnmt", "nnmt", "2025-03-01"), merger("nnmt", "x", "2025-09-01")],
      members: [
        ["tnmt", "2025-01-01", "2025-03-01"],
        ["nnptnt", "2025-01-01", null],
        ["tc", "2025-01-01", null],
        ["nnmt", "2025-03-01", "2025-09-01"],
        ["x", "2025-09-01", null],
      ],
      dropped: [],
    },
  ])("$case", ({ successions, members, dropped }) => {
    const plan = planNextYearMembers({
      year: 2025,
      continuingUnitIds: ["tnmt", "nnptnt", "tc"],
      successions,
    });
    expect(plan.members.map((m) => [m.unitId, m.joinedOn, m.leftOn])).toEqual(members);
    expect(plan.dropped.map((m) => m.unitId)).toEqual(dropped);
  });

  it.each([
    [
      "a merger into a member",
      [merger("nnptnt", "tc", "2025-05-01")],
      "tc",
      true,
      [["nnptnt", "2025-05-01"]],
    ],
    [
      "a new successor",
      [merger("tnmt", "nnmt", "2025-03-01"), merger("nnptnt", "nnmt", "2025-03-01")],
      "nnmt",
      false,
      [
        ["tnmt", "2025-03-01"],
        ["nnptnt", "2025-03-01"],
      ],
    ],
    ["a member nobody merges into", [merger("tnmt", "nnmt", "2025-03-01")], "tc", true, []],
  ])("%s: continuing and taken over as planned", (_case, successions, unitId, continuing, succeeds) => {
    const plan = planNextYearMembers({
      year: 2025,
      continuingUnitIds: ["tnmt", "nnptnt", "tc"],
      successions,
    });
    const member = plan.members.find((m) => m.unitId === unitId);
    expect(member?.continuing).toBe(continuing);
    expect(member?.succeeds.map((t) => [t.unitId, t.effectiveOn])).toEqual(succeeds);
  });

  it("ignores successions of units that are not members", () => {
    const plan = planNextYearMembers({
      year: 2025,
      continuingUnitIds: ["tc"],
      successions: [merger("other", "nnmt", "2025-03-01")],
    });
    expect(plan.members.map((m) => m.unitId)).toEqual(["tc"]);
  });
});
