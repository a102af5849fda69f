import { KTKT_BLOC } from "./blocs";
import { PLEDGE_2023, PLEDGE_2024 } from "./pledge";
import { REGISTRATIONS_2024, type SeedRegistration } from "./registrations";
import type { SeedTask } from "./task-outcomes";
import { TASKS_2023 } from "./tasks-2023";
import { TASKS_2024 } from "./tasks";

export type SeedSourceDocument = { code: string; title: string; issuedOn: string };

/** A bloc-year with a pledge signed by every member's leader, tasks from a source document and registrations. */
export type TaskedYear = {
  bloc: string;
  year: number;
  pledge: { title: string; signedOn: string; body: string };
  source: SeedSourceDocument;
  tasks: readonly SeedTask[];
  registrations: readonly SeedRegistration[];
};

/** Khối thi đua tasks come from the provincial Party committee's action programme (article). */
export const TASKED_YEARS: readonly TaskedYear[] = [
  {
    bloc: KTKT_BLOC.code,
    year: 2023,
    pledge: PLEDGE_2023,
    source: {
      code: "135-CTr/TU",
      title:
        "Chương trình hành động số 135-CTr/TU ngày 18/11/2022 của Tỉnh ủy Yên Bái về thực hiện nhiệm vụ chính trị của tỉnh năm 2023",
      issuedOn: "2022-11-18",
    },
    tasks: TASKS_2023,
    registrations: [],
  },
  {
    bloc: KTKT_BLOC.code,
    year: 2024,
    pledge: PLEDGE_2024,
    source: {
      code: "188-CTr/TU",
      title:
        "Chương trình hành động số 188-CTr/TU ngày 25/11/2023 của Tỉnh ủy Yên Bái về lãnh đạo thực hiện nhiệm vụ chính trị năm 2024",
      issuedOn: "2023-11-25",
    },
    tasks: TASKS_2024,
    registrations: REGISTRATIONS_2024,
  },
];
