import ExcelJS from "exceljs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MinutesBody } from "@/app/(signed-in)/khoi/[blocId]/[year]/bien-ban/minutes-body";
import { AwardProposalsList } from "@/components/conference/award-proposals-list";
import { ResultsTable } from "@/components/conference/results-table";
import type { ConferenceData } from "@/domain/conference/conference-data";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { buildRankingWorkbook } from "@/server/excel/ranking-export";
import { getConferenceData } from "@/server/queries/conference/get-conference-data";
import { getPublicResults } from "@/server/queries/conference/get-public-results";

/** The minutes as the page prints them: its text around the results table. */
export const minutesHtml = (data: ConferenceData) =>
  // MinutesBody holds no state: called as a function, it gives the element tree the page prints.
  renderToStaticMarkup(
    MinutesBody({ data, children: createElement(ResultsTable, { results: data, caption: "Bảng" }) }),
  );

/** Every cell of the export's sheet, as values. */
async function exportCells(data: ConferenceData): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await buildRankingWorkbook(data).xlsx.writeBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push(row.values as unknown[]));
  return rows;
}

/**
 * Everything the minutes, the public page, the conference screen and the .xlsx export show for a
 * published year: compared with toEqual before and after later changes, byte for byte.
 */
export async function frozenDocuments(
  prisma: AppPrismaClient,
  options: { user: SessionUser; blocId: string; year: number },
) {
  const where = { blocId: options.blocId, year: options.year };
  const conference = await getConferenceData(prisma, options.user, where);
  const publicResults = await getPublicResults(prisma, where);
  if (!conference || !publicResults) throw new Error(`${options.year} is not readable`);
  return {
    conference,
    publicResults,
    minutes: minutesHtml(conference),
    publicAwards: renderToStaticMarkup(createElement(AwardProposalsList, { awards: publicResults.awards })),
    exportCells: await exportCells(conference),
  };
}
