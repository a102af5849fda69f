import type { BlocRole, BlocYearStatus } from "@/generated/prisma/client";
import { KTKT_UNITS, VHXH_UNITS } from "./members";

export type SeedRole = { unit: string; role: BlocRole; electedOn: string; decisionRef: string };

export type SeedBlocYear = {
  year: number;
  status: BlocYearStatus;
  members: readonly string[];
  roles: readonly SeedRole[];
  /** The programme the task-derived criterion names in this year's score table. */
  programme: string;
};

export type SeedBloc = { code: string; name: string; foundedOn: string; years: readonly SeedBlocYear[] };

const KTKT_MEMBERS = KTKT_UNITS.map((unit) => unit.code);

// 2023 roles were elected at the 2022 review conference; the date and minutes are illustrative.
const KTKT_2023_ELECTION = {
  electedOn: "2023-01-10",
  decisionRef: "Biên bản hội nghị tổng kết ngày 10/01/2023",
};
// The article: the review conference of 12/01/2024 elected the 2024 roles.
const KTKT_2024_ELECTION = {
  electedOn: "2024-01-12",
  decisionRef: "Biên bản hội nghị tổng kết ngày 12/01/2024",
};
const VHXH_2024_ELECTION = {
  electedOn: "2024-01-16",
  decisionRef: "Biên bản hội nghị tổng kết ngày 16/01/2024",
};

export const KTKT_BLOC: SeedBloc = {
  code: "KTKT",
  name: "Khối thi đua các cơ quan kinh tế – kỹ thuật",
  foundedOn: "2016-03-01",
  years: [
    {
      year: 2023,
      // Scores adopted at the conference of 12/01/2024; the seed then publishes it through the
      // app's own publishing (publish-2023.ts), which moves it on to PUBLISHED.
      status: "REVIEW",
      members: KTKT_MEMBERS,
      roles: [
        { unit: "KHCN", role: "HEAD", ...KTKT_2023_ELECTION },
        { unit: "TNMT", role: "DEPUTY", ...KTKT_2023_ELECTION },
        { unit: "GTVT", role: "DEPUTY", ...KTKT_2023_ELECTION },
      ],
      programme: "Chương trình 135-CTr/TU",
    },
    {
      year: 2024,
      // In progress and being scored: tasks, progress and score entry are all open.
      status: "SCORING",
      members: KTKT_MEMBERS,
      roles: [
        { unit: "TNMT", role: "HEAD", ...KTKT_2024_ELECTION },
        { unit: "GTVT", role: "STANDING_DEPUTY", ...KTKT_2024_ELECTION },
        { unit: "CT", role: "DEPUTY", ...KTKT_2024_ELECTION },
      ],
      programme: "Chương trình 188-CTr/TU",
    },
  ],
};

export const VHXH_BLOC: SeedBloc = {
  code: "VHXH",
  name: "Khối thi đua các cơ quan văn hóa – xã hội",
  foundedOn: "2016-03-01",
  years: [
    {
      year: 2024,
      status: "ACTIVE",
      members: VHXH_UNITS.map((unit) => unit.code),
      roles: [{ unit: "GDDT", role: "HEAD", ...VHXH_2024_ELECTION }],
      programme: "Chương trình 188-CTr/TU",
    },
  ],
};

export const SEED_BLOCS: readonly SeedBloc[] = [KTKT_BLOC, VHXH_BLOC];
