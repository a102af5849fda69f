import { afterAll, beforeAll, describe, expect, it } from "vitest";
import mammoth from "mammoth";
import {
  buildStateDocument,
  defaultDocumentSettings,
  DOCUMENT_KINDS,
  rankText,
  type DocumentKind,
} from "@/domain/documents";
import { formatPoints } from "@/domain/format";
import { BLOC_ROLE_LABEL } from "@/domain/vocabulary";
import { stateDocumentBuffer } from "@/server/documents/state-document-docx";
import { getDocumentFacts } from "@/server/queries/documents/get-document-facts";
import { getLatestSnapshot } from "@/server/queries/publishing/get-latest-snapshot";
import { recordElectionSchema } from "@/schemas/members/roles";
import { renameUnitSchema } from "@/schemas/members/unit-change";
import { PublishedYearError, UserFacingError } from "@/server/errors";
import { createProposal } from "@/server/mutations/awards/create-proposal";
import { saveBallotTally } from "@/server/mutations/awards/save-ballot-tally";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { recordElection } from "@/server/mutations/members/record-election";
import { renameUnit } from "@/server/mutations/members/rename-unit";
import { rolesStamp } from "@/server/mutations/members/roles-stamp";
import { undoSuccession } from "@/server/mutations/members/undo-succession";
import { publishYear } from "@/server/mutations/publishing/publish-year";
import { moveYearStage } from "@/server/mutations/year-stages/move-year-stage";
import { computeRanking } from "@/server/queries/compute-ranking";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { enterMissingFinalScores, overrideReasonsFor } from "../../support/publish-checklist";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { ktktIds } from "../members/world";
import { frozenDocuments } from "./frozen-documents-support";
import { LEADING_AWARD, MERIT_AWARD } from "./published-year-world";

/**
 * Issue 9, "published means frozen", on a year the app made: 2025 created from the demo's 2024
 * (mergers applied), moved through its stages, balloted, proposed and published through the app's
 * own functions; then 2026 is created from it and changed.
 */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe.each(testBackends())("a year created and published through the app stays frozen (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  let y2025: string;
  let y2026: string;
  let proposedUnitId: string;
  const secretariat = () => demo.user("thuky.ktkt");
  const version = async (id: string) =>
    (await t.prisma.blocYear.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
  const move = async (id: string, to: "ACTIVE" | "SCORING" | "REVIEW") =>
    moveYearStage(t.prisma, secretariat(), { blocYearId: id, version: await version(id), to });
  const documents2025 = () =>
    frozenDocuments(t.prisma, { user: secretariat(), blocId: demo.ktkt.id, year: 2025 });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
    y2025 = (await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id })).id;
    // 2025's leaders, as the 2024 conference elected them.
    await recordElection(
      t.prisma,
      secretariat(),
      recordElectionSchema.parse({
        blocYearId: y2025,
        rolesStamp: rolesStamp(await t.prisma.roleAssignment.findMany({ where: { blocYearId: y2025 } })),
        headUnitId: await ids.unit("CT"),
        standingDeputyUnitId: "",
        deputyUnitIds: [await ids.unit("KHCN")],
        electedOn: "2025-01-10",
        decisionRef: "Biên bản bầu trưởng khối năm 2025",
      }),
    );
    await move(y2025, "ACTIVE");
    await move(y2025, "SCORING");
    await enterMissingFinalScores(t.prisma, y2025);
    await move(y2025, "REVIEW");
    // The ballot and the proposal for the leading award, on the top-ranked unit.
    const { result } = await computeRanking(t.prisma, { blocYearId: y2025 });
    proposedUnitId = result.units[0]!.unitId;
    const voters = result.units.length;
    await saveBallotTally(t.prisma, secretariat(), {
      blocYearId: y2025,
      unitId: proposedUnitId,
      awardCode: LEADING_AWARD,
      votesFor: voters,
      votersPresent: voters,
      version: 0,
    });
    await createProposal(t.prisma, secretariat(), {
      blocYearId: y2025,
      unitId: proposedUnitId,
      awardCode: LEADING_AWARD,
    });
    await publishYear(t.prisma, secretariat(), {
      blocYearId: y2025,
      version: await version(y2025),
      overrideReasons: await overrideReasonsFor(t.prisma, { blocYearId: y2025 }),
    });
    y2026 = (await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: y2025 })).id;
  }, 120_000);
  afterAll(() => t.close());

  it("keeps 2025's minutes, public page, screen and export identical after 2026's roles, a proposal and a rename change", async () => {
    const before = await documents2025();
    expect(before.conference.source).toMatchObject({ kind: "snapshot", number: 1 });
    expect(before.minutes).toContain("Kết quả công bố lần 1");
    expect(before.conference.members).toHaveLength(6);
    expect(before.conference.awards.flatMap((award) => award.units.map((unit) => unit.unitId))).toEqual([
      proposedUnitId,
    ]);

    // 2026's roles are elected (the 2025 conference), then elected again with another head.
    for (const head of ["CT", "XD"]) {
      const roles = await t.prisma.roleAssignment.findMany({
        where: { blocYearId: y2026 },
        select: { id: true, version: true },
      });
      await recordElection(
        t.prisma,
        secretariat(),
        recordElectionSchema.parse({
          blocYearId: y2026,
          rolesStamp: rolesStamp(roles),
          headUnitId: await ids.unit(head),
          standingDeputyUnitId: "",
          deputyUnitIds: [await ids.unit("KHCN")],
          electedOn: "2026-01-15",
          decisionRef: `Biên bản bầu trưởng khối (${head})`,
        }),
      );
    }

    // A proposal: refused on the published year; one slipped into the table is ignored.
    const late = { blocYearId: y2025, unitId: await ids.unit("KHCN"), awardCode: MERIT_AWARD };
    await expect(createProposal(t.prisma, secretariat(), late)).rejects.toBeInstanceOf(PublishedYearError);
    await t.prisma.awardProposal.create({ data: { ...late, status: "APPROVED" } });

    // A member renamed through the app from 2026, and its 2025 name overwritten in the table.
    const renamed = await ids.unit("CT");
    const current = await t.prisma.unitName.findFirstOrThrow({
      where: { unitId: renamed },
      orderBy: { validFrom: "desc" },
    });
    await renameUnit(
      t.prisma,
      secretariat(),
      renameUnitSchema.parse({
        blocYearId: y2026,
        unitId: renamed,
        currentNameId: current.id,
        name: "Sở Công Thương và Thương mại điện tử",
        shortName: "SCT&TMĐT",
        validFrom: "2026-02-01",
      }),
    );
    await t.prisma.unitName.updateMany({ where: { unitId: renamed }, data: { name: "Tên sửa thẳng" } });

    expect(await documents2025()).toEqual(before);
  });

  it("refuses to undo a merger 2025 was published with, naming the year, and changes nothing", async () => {
    const { id } = await t.prisma.unitSuccession.findUniqueOrThrow({
      where: {
        predecessorId_successorId: {
          predecessorId: await ids.unit("GTVT"),
          successorId: await ids.unit("XD"),
        },
      },
      select: { id: true },
    });
    const audits = await t.prisma.auditEvent.count({ where: { entity: "UnitSuccession" } });
    const refused = undoSuccession(t.prisma, secretariat(), {
      blocYearId: y2026,
      successionId: id,
      reason: "Ghi nhầm đơn vị",
    });
    await expect(refused).rejects.toBeInstanceOf(UserFacingError);
    await expect(refused).rejects.toThrow(
      "Không thể huỷ: kết quả năm 2025 của Khối thi đua các cơ quan kinh tế – kỹ thuật đã công bố với hợp nhất này.",
    );
    expect(await t.prisma.unitSuccession.count({ where: { id } })).toBe(1);
    expect(await t.prisma.auditEvent.count({ where: { entity: "UnitSuccession" } })).toBe(audits);
  });
  it("writes 2025's tờ trình, biên bản and bảng tổng hợp from its snapshot, signed by its leaders", async () => {
    const answer = await getDocumentFacts(t.prisma, secretariat(), { blocYearId: y2025 });
    if (answer.kind !== "published") throw new Error(`2025 is ${answer.kind}`);
    const snapshot = await getLatestSnapshot(t.prisma, y2025);
    const content = snapshot!.content;
    // The documents' figures are the snapshot's, unit by unit.
    const frozen = new Map(content.result.units.map((unit) => [unit.unitId, unit]));
    for (const row of answer.facts.data.rows) {
      expect(row.total).toBe(frozen.get(row.unitId)?.total);
      expect(row.rank).toBe(frozen.get(row.unitId)?.rank);
    }
    const text = async (kind: DocumentKind) => {
      const settings = defaultDocumentSettings(kind, {
        blocCode: answer.facts.blocCode,
        province: answer.province,
        publishedOn: "2026-01-15",
      });
      const buffer = await stateDocumentBuffer(buildStateDocument(kind, answer.facts, settings));
      return (await mammoth.extractRawText({ buffer })).value;
    };
    const [letter, minutes, table] = await Promise.all(DOCUMENT_KINDS.map(text));
    for (const document of [letter!, minutes!, table!]) {
      expect(document).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(document).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(document).toContain(content.bloc.name.toLocaleUpperCase("vi"));
      expect(document).toContain("Yên Bái, ngày 15 tháng 01 năm 2026");
    }
    expect(letter).toContain(`Số: 01/TTr-${content.bloc.code}`);
    expect(minutes).toContain(`Số: 01/BB-${content.bloc.code}`);
    answer.facts.data.rows.forEach((row, index) => {
      const line = new RegExp(
        `${index + 1}\\s+${escape(row.name)}[\\s\\S]*?${escape(formatPoints(row.total))}`,
      );
      expect(table).toMatch(line);
      expect(minutes).toMatch(line);
    });
    // The proposal, with its ballot of every member present.
    const proposed = answer.facts.data.rows.find((row) => row.unitId === proposedUnitId)!;
    const voters = answer.facts.tallies[0]!.votersPresent;
    expect(letter).toMatch(
      new RegExp(
        `1\\s+${escape(proposed.name)}\\s+[^\\n]+\\s+${escape(formatPoints(proposed.total))}\\s+${escape(rankText(proposed))}\\s+${voters}/${voters} \\(100,00%\\)`,
      ),
    );
    // Signed by the year's head (the letter) and by every leader (the minutes and the table).
    const leaders = (content.roles ?? []).map((role) => ({
      role: role.role,
      name: content.members.find((member) => member.unitId === role.unitId)!.name,
    }));
    expect(leaders.some((leader) => leader.role === "HEAD")).toBe(true);
    for (const leader of leaders) {
      const capacity = BLOC_ROLE_LABEL[leader.role].toLocaleUpperCase("vi");
      for (const document of [minutes!, table!]) {
        expect(document).toContain(capacity);
        expect(document).toContain(leader.name.toLocaleUpperCase("vi"));
      }
      if (leader.role === "HEAD") expect(letter).toContain(leader.name.toLocaleUpperCase("vi"));
    }
  });

  it("writes no official document for a year not yet published, nor for another bloc's secretariat", async () => {
    expect(await getDocumentFacts(t.prisma, secretariat(), { blocYearId: y2026 })).toEqual({
      kind: "not-published",
      year: 2026,
    });
    expect(await getDocumentFacts(t.prisma, demo.user("thuky.vhxh"), { blocYearId: y2025 })).toEqual({
      kind: "not-found",
    });
  });
});
