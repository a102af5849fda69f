import { DEFAULT_SCORING_RULES } from "../../src/domain/scoring";
import type { AppPrismaClient } from "../../src/server/database/connect";

export const PROVINCE_SCALE = { units: 400, tasksPerUnit: 50, linesPerUnit: 20 };

// The score table of bench/scoring.bench.ts: two task-derived criteria, five manual, two bonus,
// three deductions (centipoints).
const CRITERIA: [code: string, parent: string | null, kind: string, max: number, cap: number | null][] = [
  ["I", null, "SECTION", 6000, null],
  ["I.1", "I", "TASK_DERIVED", 4000, null],
  ["I.2", "I", "TASK_DERIVED", 2000, null],
  ["II", null, "SECTION", 2000, null],
  ["II.1", "II", "MANUAL", 800, null],
  ["II.2", "II", "MANUAL", 600, null],
  ["II.3", "II", "MANUAL", 600, null],
  ["III", null, "SECTION", 2000, null],
  ["III.1", "III", "MANUAL", 1000, null],
  ["III.2", "III", "MANUAL", 1000, null],
  ["IV", null, "BONUS", 500, 500],
  ["IV.1", "IV", "BONUS", 300, null],
  ["IV.2", "IV", "BONUS", 200, null],
  ["V", null, "DEDUCTION", 1000, 1000],
  ["V.1", "V", "DEDUCTION", 300, null],
  ["V.2", "V", "DEDUCTION", 300, null],
  ["V.3", "V", "DEDUCTION", 400, null],
];

/**
 * One province-scale bloc-year (400 member units, 20,000 tasks, 1,200 score sheets, 8,000 score
 * lines) written with set-based SQL: deterministic (hash-derived) statuses, dates and points.
 * Returns the bloc-year's id.
 */
export async function fillProvinceYear(prisma: AppPrismaClient): Promise<string> {
  const { units, tasksPerUnit } = PROVINCE_SCALE;
  const run = (sql: string, ...values: unknown[]) => prisma.$executeRawUnsafe(sql, ...values);
  await run(`INSERT INTO "Province" (id, code, name) VALUES ('p', 'BENCH', 'Tỉnh đo tải')`);
  await run(
    `INSERT INTO "Bloc" (id, "provinceId", code, name, "foundedOn") VALUES ('b', 'p', 'BENCH', 'Khối đo tải', '2020-01-01')`,
  );
  await run(
    `INSERT INTO "BlocYear" (id, "blocId", year, status, rules) VALUES ('y', 'b', 2024, 'SCORING', $1::jsonb)`,
    JSON.stringify(DEFAULT_SCORING_RULES),
  );
  await run(
    `INSERT INTO "Unit" (id, "provinceId", code) SELECT 'u' || n, 'p', 'U' || n FROM generate_series(1, $1) n`,
    units,
  );
  await run(
    `INSERT INTO "UnitName" (id, "unitId", name, "shortName", "validFrom")
     SELECT 'n' || n, 'u' || n, 'Sở số ' || n, 'S' || n, '2020-01-01' FROM generate_series(1, $1) n`,
    units,
  );
  await run(
    `INSERT INTO "Membership" (id, "blocYearId", "unitId", "joinedOn")
     SELECT 'm' || n, 'y', 'u' || n, '2024-01-01' FROM generate_series(1, $1) n`,
    units,
  );
  await run(
    `INSERT INTO "ScoreTable" (id, "blocYearId", version, title, "maxPoints") VALUES ('t', 'y', 1, 'Bảng điểm', 10000)`,
  );
  for (const [position, [code, parent, kind, max, cap]] of CRITERIA.entries()) {
    await run(
      `INSERT INTO "Criterion" (id, "scoreTableId", "parentId", code, title, kind, "maxPoints", "capPoints", position)
       VALUES ($1, 't', $2, $1, 'Tiêu chí ' || $1, $3::"CriterionKind", $4, $5, $6)`,
      code,
      parent,
      kind,
      max,
      cap,
      position,
    );
  }
  await run(
    `INSERT INTO "Task" (id, "blocYearId", number, "ownerUnitId", "criterionId", title, weight, deadline,
       status, "completedOn", "completionShare", "updatedAt")
     SELECT 'k' || n, 'y', n, 'u' || ((n - 1) / $2 + 1), CASE WHEN h % 3 = 0 THEN 'I.2' ELSE 'I.1' END,
       'Nhiệm vụ ' || n, 1 + h % 3, DATE '2024-01-01' + (h % 366),
       (ARRAY['DONE','DONE','DONE','DONE','PARTIAL','NOT_DONE','IN_PROGRESS','NOT_STARTED'])[1 + (h / 7) % 8]::"TaskStatus",
       CASE WHEN (h / 7) % 8 < 5 THEN DATE '2024-01-01' + (h % 366) + ((h / 56) % 30) - 20 END,
       CASE WHEN (h / 7) % 8 = 4 THEN (h / 3) % 10001 ELSE 0 END, now()
     FROM (SELECT n, abs(hashtext('task' || n)) AS h FROM generate_series(1, $1) n) s`,
    units * tasksPerUnit,
    tasksPerUnit,
  );
  await run(
    `INSERT INTO "ScoreSheet" (id, "blocYearId", "unitId", stage)
     SELECT 's' || n || stage, 'y', 'u' || n, stage::"ScoreStage"
     FROM generate_series(1, $1) n, unnest(ARRAY['SELF','CROSS_CHECK','FINAL']) stage`,
    units,
  );
  await run(
    `INSERT INTO "ScoreLine" (id, "sheetId", "criterionId", points, "updatedAt")
     SELECT 'l' || n || c.code || stage, 's' || n || stage, c.code,
       abs(hashtext(n || c.code || stage)) % (c."maxPoints" + 1), now()
     FROM generate_series(1, $1) n
     JOIN "Criterion" c ON c.kind IN ('MANUAL', 'BONUS', 'DEDUCTION') AND c."parentId" IS NOT NULL
     CROSS JOIN unnest(ARRAY['SELF','CROSS_CHECK','FINAL']) stage
     WHERE c.kind = 'MANUAL' OR stage = 'FINAL'`,
    units,
  );
  return "y";
}

/**
 * The reference: one SQL statement that aggregates the same rows into points per unit (the tasks'
 * weighted completion per criterion, the final stage's lines), ordered by points.
 */
export const POINTS_PER_UNIT_SQL = `
  WITH task_points AS (
    SELECT t."ownerUnitId" AS unit, t."criterionId" AS criterion,
      sum(t.weight * CASE t.status WHEN 'DONE' THEN 10000 WHEN 'PARTIAL' THEN t."completionShare" ELSE 0 END)
        * max(c."maxPoints") / (sum(t.weight) * 10000) AS points
    FROM "Task" t JOIN "Criterion" c ON c.id = t."criterionId"
    WHERE t."blocYearId" = $1
    GROUP BY 1, 2
  ), line_points AS (
    SELECT s."unitId" AS unit, sum(CASE c.kind WHEN 'DEDUCTION' THEN -l.points ELSE l.points END) AS points
    FROM "ScoreLine" l JOIN "ScoreSheet" s ON s.id = l."sheetId" JOIN "Criterion" c ON c.id = l."criterionId"
    WHERE s."blocYearId" = $1 AND s.stage = 'FINAL'
    GROUP BY 1
  )
  SELECT m."unitId" AS unit,
    coalesce((SELECT sum(points) FROM task_points tp WHERE tp.unit = m."unitId"), 0)
      + coalesce((SELECT points FROM line_points lp WHERE lp.unit = m."unitId"), 0) AS points
  FROM "Membership" m WHERE m."blocYearId" = $1
  ORDER BY points DESC`;
