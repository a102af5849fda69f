import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalJson } from "@/domain/snapshot/canonical-json";
import type { Prisma } from "@/generated/prisma/client";
import { recordElectionSchema } from "@/schemas/members/roles";
import { renameUnitSchema } from "@/schemas/members/unit-change";
import { PublishedYearError } from "@/server/errors";
import { createProposal } from "@/server/mutations/awards/create-proposal";
import { recordElection } from "@/server/mutations/members/record-election";
import { renameUnit } from "@/server/mutations/members/rename-unit";
import { rolesStamp } from "@/server/mutations/members/roles-stamp";
import { computeRanking } from "@/server/queries/compute-ranking";
import { getConferenceData } from "@/server/queries/conference/get-conference-data";
import { getLatestSnapshot } from "@/server/queries/publishing/get-latest-snapshot";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { ktktYear } from "../awards/awards-world";
import { frozenDocuments, minutesHtml } from "./frozen-documents-support";
import { LEADING_AWARD, MERIT_AWARD } from "./published-year-world";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe.each(testBackends())("a published year's documents are frozen (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  const secretariat = () => demo.user("thuky.ktkt");
  const ktkt2023 = () => ({ blocId: demo.ktkt.id, year: 2023 });
  const unitId = async (code: string) =>
    (await t.prisma.unit.findFirstOrThrow({ where: { code }, select: { id: true } })).id;

  /** Everything the minutes, the public page, the conference screen and the export show for 2023. */
  const documents = () => frozenDocuments(t.prisma, { user: secretariat(), ...ktkt2023() });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
  });
  afterAll(() => t.close());

  it("shows no award before any proposal, whatever the engine's candidates", async () => {
    // 2024 is being scored: the engine names candidates, nobody has proposed anyone yet.
    const { result } = await computeRanking(t.prisma, {
      blocYearId: (await ktktYear(t.prisma, demo, 2024)).id,
    });
    expect(result.units.some((unit) => unit.awards.some((award) => award.candidate))).toBe(true);
    const live = await getConferenceData(t.prisma, secretariat(), { blocId: demo.ktkt.id, year: 2024 });
    expect(live?.source.kind).toBe("live");
    expect(live?.awards).toEqual([]);
    expect(minutesHtml(live!)).toContain("Không có đề nghị nào.");
  });

  it("keeps the minutes, public page, screen and export identical after next year's roles, a proposal and a rename change", async () => {
    // The demo's 2023 as the seed published it at the conference of 12/01/2024, through the app.
    const year = await ktktYear(t.prisma, demo, 2023);
    expect(year.status).toBe("PUBLISHED");
    const before = await documents();

    // What publishing froze: the proposals made (not the candidates), next year's roles, the snapshot.
    const proposals = before.conference.awards.flatMap((award) =>
      award.units.map((unit) => [award.awardCode, unit.unitId, unit.status]),
    );
    expect(proposals.sort()).toEqual(
      [
        [LEADING_AWARD, await unitId("TNMT"), "PROPOSED"],
        [MERIT_AWARD, await unitId("KHCN"), "PROPOSED"],
        [MERIT_AWARD, await unitId("GTVT"), "PROPOSED"],
      ].sort(),
    );
    expect(before.conference.nextYear?.roles[0]).toEqual({
      role: "HEAD",
      name: "Sở Tài nguyên và Môi trường",
      electedOn: "2024-01-12",
    });
    expect(before.conference.members.some((member) => member.role !== null)).toBe(true);
    expect(before.minutes).toContain("Kết quả công bố lần 1, ngày 12/01/2024");
    expect(before.exportCells.map((row) => row[1])).toContain("Kết quả công bố lần 1, ngày 12/01/2024");

    // Next year's election is recorded again, with another head.
    const next = await ktktYear(t.prisma, demo, 2024);
    await putYearsInStage(t.prisma, [next.id], "ACTIVE");
    const election = recordElectionSchema.parse({
      blocYearId: next.id,
      rolesStamp: rolesStamp(
        await t.prisma.roleAssignment.findMany({
          where: { blocYearId: next.id },
          select: { id: true, version: true },
        }),
      ),
      headUnitId: await unitId("CT"),
      standingDeputyUnitId: "",
      deputyUnitIds: [await unitId("XD")],
      electedOn: "2024-01-20",
      decisionRef: "Biên bản bầu lại",
    });
    await recordElection(t.prisma, secretariat(), election);

    // A proposal: the app refuses it on the published year; one slipped into the table is ignored.
    const late = { blocYearId: year.id, unitId: await unitId("CT"), awardCode: MERIT_AWARD };
    await expect(createProposal(t.prisma, secretariat(), late)).rejects.toBeInstanceOf(PublishedYearError);
    await t.prisma.awardProposal.create({ data: { ...late, status: "APPROVED" } });

    // A unit renamed through the app from 2024, and its 2023 name overwritten in the table.
    const renamed = await unitId("KHCN");
    const current = await t.prisma.unitName.findFirstOrThrow({
      where: { unitId: renamed },
      orderBy: { validFrom: "desc" },
    });
    const rename = renameUnitSchema.parse({
      blocYearId: next.id,
      unitId: renamed,
      currentNameId: current.id,
      name: "Sở Khoa học, Công nghệ và Đổi mới sáng tạo",
      shortName: "KHCN&ĐMST",
      validFrom: "2024-06-01",
    });
    await renameUnit(t.prisma, secretariat(), rename);
    await t.prisma.unitName.updateMany({ where: { unitId: renamed }, data: { name: "Tên sửa thẳng" } });

    expect(await documents()).toEqual(before);
  });

  it("reads a snapshot from before format 2 with no roles, pledge or next year, and its hash still verifies", async () => {
    const year = await ktktYear(t.prisma, demo, 2023);
    const latest = await getLatestSnapshot(t.prisma, year.id);
    const { roles, pledge, nextYear, ...formatOne } = latest!.content;
    expect([roles, pledge, nextYear].every((field) => field !== undefined)).toBe(true);
    const content = { ...formatOne, format: 1, number: latest!.number + 1 };
    const canonical = canonicalJson(content);
    await t.prisma.resultSnapshot.create({
      data: {
        blocYearId: year.id,
        number: content.number,
        content: JSON.parse(canonical) as Prisma.InputJsonObject,
        contentHash: sha256(canonical),
        publishedById: secretariat().id,
      },
    });

    const stored = await getLatestSnapshot(t.prisma, year.id);
    expect(sha256(canonicalJson(stored!.content))).toBe(stored!.contentHash);
    const data = await getConferenceData(t.prisma, secretariat(), ktkt2023());
    expect(data?.source).toMatchObject({ kind: "snapshot", number: content.number });
    expect(data?.nextYear).toBeNull();
    expect(data?.pledge).toBeNull();
    expect(data?.members.every((member) => member.role === null && member.signature === null)).toBe(true);
    expect(data?.members.map((member) => member.name).sort()).toEqual(
      formatOne.members.map((member) => member.name).sort(),
    );
  });
});
