import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createNextBlocYearSchema } from "@/schemas/members/bloc-year";
import { addMemberSchema, updateMembershipSchema } from "@/schemas/members/membership";
import { applyRotationSchema, recordElectionSchema } from "@/schemas/members/roles";
import { setRotationRuleSchema } from "@/schemas/members/rotation-rule";
import { mergeUnitsSchema, renameUnitSchema } from "@/schemas/members/unit-change";
import {
  attachPledgeFileSchema,
  removePledgeFileSchema,
  savePledgeSchema,
  saveSignatureSchema,
} from "@/schemas/pledge/pledge";
import {
  createRegistrationSchema,
  deleteRegistrationSchema,
  updateRegistrationSchema,
} from "@/schemas/pledge/registration";
import type { SessionUser } from "@/server/auth/session-user";
import { UserFacingError } from "@/server/errors";
import type { AppPrismaClient } from "@/server/database/connect";
import { addMember } from "@/server/mutations/members/add-member";
import { applyRotation } from "@/server/mutations/members/apply-rotation";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { mergeUnits } from "@/server/mutations/members/merge-units";
import { recordElection } from "@/server/mutations/members/record-election";
import { renameUnit } from "@/server/mutations/members/rename-unit";
import { setRotationRule } from "@/server/mutations/members/set-rotation-rule";
import { updateMembership } from "@/server/mutations/members/update-membership";
import { attachPledgeFile, removePledgeFile } from "@/server/mutations/pledge/attach-pledge-file";
import { createRegistration } from "@/server/mutations/pledge/create-registration";
import { deleteRegistration } from "@/server/mutations/pledge/delete-registration";
import { savePledge } from "@/server/mutations/pledge/save-pledge";
import { saveSignature } from "@/server/mutations/pledge/save-signature";
import { updateRegistration } from "@/server/mutations/pledge/update-registration";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { fuzzAction, nastyString } from "../../support/fuzz-action";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

type Mutation = (prisma: AppPrismaClient, user: SessionUser, input: never) => Promise<unknown>;

/** Everything the members' actions write: a failed run must leave it exactly as it was. */
async function fingerprint(prisma: AppPrismaClient) {
  const [
    memberships,
    units,
    names,
    successions,
    roles,
    pledges,
    signatures,
    registrations,
    links,
    attachments,
    audits,
    years,
    blocs,
  ] = await Promise.all([
    prisma.membership.findMany({ select: { id: true, version: true, leftOn: true }, orderBy: { id: "asc" } }),
    prisma.unit.count(),
    prisma.unitName.findMany({ select: { id: true, validTo: true }, orderBy: { id: "asc" } }),
    prisma.unitSuccession.count(),
    prisma.roleAssignment.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
    prisma.pledge.findMany({ select: { id: true, version: true } }),
    prisma.pledgeSignature.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
    prisma.registration.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
    prisma.registrationTask.count(),
    prisma.attachment.count(),
    prisma.auditEvent.count(),
    prisma.blocYear.count(),
    prisma.bloc.findMany({ select: { id: true, version: true, rotationRule: true }, orderBy: { id: "asc" } }),
  ]);
  return {
    memberships,
    units,
    names,
    successions,
    roles,
    pledges,
    signatures,
    registrations,
    links,
    attachments,
    audits,
    years,
    blocs,
  };
}

describe.each(testBackends())("fuzzed members and pledge actions (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  const pools: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((row) => row.id);
    Object.assign(pools, {
      year: await ids(t.prisma.blocYear.findMany({ select: { id: true } })),
      unit: await ids(t.prisma.unit.findMany({ select: { id: true } })),
      membership: await ids(t.prisma.membership.findMany({ select: { id: true }, take: 6 })),
      name: await ids(t.prisma.unitName.findMany({ select: { id: true }, take: 6 })),
      registration: await ids(t.prisma.registration.findMany({ select: { id: true }, take: 6 })),
      task: await ids(t.prisma.task.findMany({ select: { id: true }, take: 10 })),
    });
  });
  afterAll(() => t.close());

  // Real ids are looked up when inputs are drawn: the cases are built before the database is seeded.
  const realId = (pool: string) => fc.nat(1000).map((index) => pools[pool]![index % pools[pool]!.length]!);
  const id = (pool: string) => fc.oneof(realId(pool), realId(pool), nastyString);
  const date = fc.oneof(
    fc.constantFrom("2023-12-31", "2024-01-01", "2024-06-30", "2025-03-01", "2024-02-30", "", "01/02/2024"),
    nastyString,
  );
  const version = fc.oneof(fc.constantFrom("0", "1", "2", "-1"), fc.integer(), nastyString);
  const text = fc.oneof(fc.constantFrom("Sở Thử nghiệm", "", "x".repeat(400)), nastyString);
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const user = fc.constantFrom("thuky.ktkt", "admin.yenbai", "thuky.vhxh", "xem.ktkt", "lanhdao.tnmt");
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 64 }),
    fc.constant(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])),
  );

  const cases: [string, z.ZodType, Mutation, fc.Arbitrary<Record<string, unknown>>][] = [
    [
      "createNextBlocYear",
      createNextBlocYearSchema,
      createNextBlocYear as Mutation,
      fc.record({ fromBlocYearId: id("year") }),
    ],
    [
      "updateMembership",
      updateMembershipSchema,
      updateMembership as Mutation,
      fc.record({ membershipId: id("membership"), version, joinedOn: date, leftOn: maybe(date) }),
    ],
    [
      "addMember",
      addMemberSchema,
      addMember as Mutation,
      fc.record({
        mode: fc.constantFrom("existing", "new", "x"),
        blocYearId: id("year"),
        joinedOn: date,
        unitId: maybe(id("unit")),
        name: maybe(text),
        shortName: maybe(text),
        code: maybe(fc.oneof(fc.constantFrom("ABC", "NEW1"), nastyString)),
      }),
    ],
    [
      "renameUnit",
      renameUnitSchema,
      renameUnit as Mutation,
      fc.record({
        blocYearId: id("year"),
        unitId: id("unit"),
        currentNameId: id("name"),
        name: text,
        shortName: text,
        validFrom: date,
      }),
    ],
    [
      "mergeUnits",
      mergeUnitsSchema,
      mergeUnits as Mutation,
      fc.record({
        successorMode: fc.constantFrom("existing", "new"),
        successorUnitId: maybe(id("unit")),
        name: maybe(text),
        shortName: maybe(text),
        code: maybe(fc.constantFrom("MRG", "bad code")),
        blocYearId: id("year"),
        predecessorIds: fc.array(id("unit"), { maxLength: 3 }),
        effectiveOn: date,
        decisionRef: maybe(text),
        endMemberships: maybe(fc.constantFrom("on", "x")),
        addSuccessor: maybe(fc.constantFrom("on")),
      }),
    ],
    [
      "recordElection",
      recordElectionSchema,
      recordElection as Mutation,
      fc.record({
        blocYearId: id("year"),
        rolesStamp: fc.oneof(fc.constant(""), nastyString),
        headUnitId: id("unit"),
        standingDeputyUnitId: maybe(id("unit")),
        deputyUnitIds: fc.array(id("unit"), { maxLength: 3 }),
        electedOn: date,
        decisionRef: maybe(text),
      }),
    ],
    [
      "applyRotation",
      applyRotationSchema,
      applyRotation as Mutation,
      fc.record({
        fromBlocYearId: id("year"),
        rolesStamp: fc.oneof(fc.constant(""), nastyString),
        electedOn: date,
        decisionRef: maybe(text),
      }),
    ],
    [
      "setRotationRule",
      setRotationRuleSchema,
      setRotationRule as Mutation,
      fc.record({
        blocYearId: id("year"),
        version,
        rotationRule: fc.oneof(
          fc.constantFrom("MANUAL", "STANDING_DEPUTY_BECOMES_HEAD", "manual", ""),
          nastyString,
        ),
      }),
    ],
    [
      "savePledge",
      savePledgeSchema,
      savePledge as Mutation,
      fc.record({ blocYearId: id("year"), version, title: text, body: text, signedOn: maybe(date) }),
    ],
    [
      "saveSignature",
      saveSignatureSchema,
      saveSignature as Mutation,
      fc.record({
        blocYearId: id("year"),
        unitId: id("unit"),
        version,
        signerName: text,
        signerTitle: text,
        signedOn: date,
      }),
    ],
    [
      "attachPledgeFile",
      attachPledgeFileSchema,
      attachPledgeFile as Mutation,
      fc.record({ blocYearId: id("year"), version, fileName: text, bytes }),
    ],
    [
      "removePledgeFile",
      removePledgeFileSchema,
      removePledgeFile as Mutation,
      fc.record({ blocYearId: id("year"), version }),
    ],
    [
      "createRegistration",
      createRegistrationSchema,
      createRegistration as Mutation,
      fc.record({
        blocYearId: id("year"),
        unitId: id("unit"),
        kind: fc.constantFrom("TARGET", "TITLE", "MODEL", "X"),
        content: text,
        note: maybe(text),
        outcome: maybe(text),
        taskIds: fc.array(id("task"), { maxLength: 3 }),
      }),
    ],
    [
      "updateRegistration",
      updateRegistrationSchema,
      updateRegistration as Mutation,
      fc.record({
        registrationId: id("registration"),
        version,
        kind: fc.constantFrom("TARGET", "TITLE"),
        content: text,
        note: maybe(text),
        outcome: maybe(text),
        taskIds: fc.array(id("task"), { maxLength: 3 }),
      }),
    ],
    [
      "deleteRegistration",
      deleteRegistrationSchema,
      deleteRegistration as Mutation,
      fc.record({ registrationId: id("registration"), version }),
    ],
  ];

  it.each(cases)("%s: no unexpected error, nothing half-written", async (_name, schema, mutation, inputs) => {
    await fuzzAction({
      // The user is part of the input: every role tries every action.
      schema: z.tuple([z.string(), schema]),
      inputs: fc.tuple(user, inputs),
      numRuns: 25,
      run: async ([username, data]) => {
        const before = await fingerprint(t.prisma);
        try {
          await mutation(t.prisma, demo.user(username), data as never);
        } catch (error) {
          // A refused write leaves everything as it was: one transaction, no partial rows.
          if (error instanceof UserFacingError) expect(await fingerprint(t.prisma)).toEqual(before);
          throw error;
        }
      },
    });
  });
});
