import { readDate } from "@/domain/calendar/read-date";
import { canOwnTaskDueOn, type MembershipSpan, outsideMembershipMessage } from "@/domain/membership";
import { hasInvisibleFormatting } from "@/domain/text/invisible-characters";
import {
  headerOf,
  MAX_TITLE_LENGTH,
  MAX_WEIGHT,
  type ImportCell,
  type ImportedColumn,
  type ImportProblem,
  type ImportRow,
} from "./import-columns";
import { hasControlCharacters, matchKey } from "./match-text";

/** A membership of the year (with its dates) and every name the unit has borne. */
export type ImportMember = MembershipSpan & { names: readonly string[] };
export type ImportContext = {
  year: number;
  members: readonly ImportMember[];
  sourceDocuments: readonly { id: string; code: string }[];
  /** Titles of the year's tasks already saved, by match key → task number. */
  existingTitles: ReadonlyMap<string, number>;
};
export type ImportedTask = {
  row: number;
  title: string;
  ownerUnitId: string;
  sourceDocumentId: string | null;
  weight: number;
  deadline: string;
  isKey: boolean;
};

type Checked<T> = { value: T } | { message: string };
type Lookups = {
  year: number;
  owners: Map<string, string>;
  spans: Map<string, MembershipSpan>;
  sources: Map<string, string>;
  existingTitles: ReadonlyMap<string, number>;
  seenTitles: Map<string, number>;
};

const textOf = (cell: ImportCell) => (cell === null || typeof cell === "object" ? "" : String(cell).trim());

function checkTitle(cell: ImportCell, row: number, lookups: Lookups): Checked<string> {
  const title = textOf(cell).normalize("NFC");
  if (!title) return { message: "Thiếu nội dung nhiệm vụ." };
  if (title.length > MAX_TITLE_LENGTH)
    return { message: `Nội dung quá dài (tối đa ${MAX_TITLE_LENGTH} ký tự).` };
  if (hasControlCharacters(title)) return { message: "Nội dung có ký tự không hợp lệ." };
  if (hasInvisibleFormatting(title))
    return { message: "Nội dung có ký tự ẩn (như ký tự đảo chiều chữ) không được phép." };
  const key = matchKey(title);
  const earlier = lookups.seenTitles.get(key);
  if (earlier === undefined) lookups.seenTitles.set(key, row);
  if (earlier !== undefined) return { message: `Trùng nội dung với dòng ${earlier} trong tệp.` };
  const saved = lookups.existingTitles.get(key);
  if (saved !== undefined)
    return { message: `Đã có nhiệm vụ số ${saved} cùng nội dung trong năm ${lookups.year}.` };
  return { value: title };
}

function checkOwner(cell: ImportCell, lookups: Lookups): Checked<string> {
  const text = textOf(cell);
  if (!text) return { message: "Thiếu đơn vị chủ trì." };
  const unitId = lookups.owners.get(matchKey(text));
  return unitId
    ? { value: unitId }
    : { message: `"${text}" không phải đơn vị thành viên của khối năm ${lookups.year}.` };
}

function checkSource(cell: ImportCell, lookups: Lookups): Checked<string | null> {
  const text = textOf(cell);
  if (!text) return { value: null };
  const id = lookups.sources.get(matchKey(text));
  return id ? { value: id } : { message: `Không tìm thấy văn bản giao số hiệu "${text}".` };
}

function checkWeight(cell: ImportCell): Checked<number> {
  const text = textOf(cell);
  if (text === "") return { value: 1 };
  if (!/^\d+$/.test(text) || Number(text) < 1)
    return { message: `Trọng số "${text}" không phải số nguyên dương.` };
  if (Number(text) > MAX_WEIGHT) return { message: `Trọng số tối đa là ${MAX_WEIGHT}.` };
  return { value: Number(text) };
}

const KEY_YES = new Set(["x", "có", "co", "1", "true", "yes"]);
const KEY_NO = new Set(["", "không", "khong", "0", "false", "no"]);

/** "x" (or "có", 1…) marks a key task; blank (or "không", 0…) does not. */
function checkKey(cell: ImportCell): Checked<boolean> {
  const text = textOf(cell).normalize("NFC").toLowerCase();
  if (KEY_YES.has(text)) return { value: true };
  if (KEY_NO.has(text)) return { value: false };
  return { message: `Ghi “x” cho nhiệm vụ trọng tâm, để trống nếu không phải (“${textOf(cell)}” không rõ).` };
}

function checkDeadline(cell: ImportCell, lookups: Lookups): Checked<string> {
  const isDate = cell !== null && typeof cell === "object";
  if (!isDate && textOf(cell) === "") return { message: "Thiếu hạn hoàn thành." };
  const reading = isDate ? { day: cell.date } : readDate(textOf(cell));
  if (!("day" in reading)) return { message: reading.message };
  const iso = reading.day;
  if (!iso.startsWith(`${lookups.year}-`))
    return { message: `Hạn hoàn thành phải trong năm ${lookups.year}.` };
  return { value: iso };
}

function checkRow(raw: ImportRow, lookups: Lookups): { task?: ImportedTask; problems: ImportProblem[] } {
  const checks = {
    title: checkTitle(raw.title, raw.row, lookups),
    owner: checkOwner(raw.owner, lookups),
    source: checkSource(raw.source, lookups),
    weight: checkWeight(raw.weight),
    deadline: checkDeadline(raw.deadline, lookups),
    key: checkKey(raw.key ?? null),
  } satisfies Record<ImportedColumn, Checked<unknown>>;
  const problems = Object.entries(checks).flatMap(([column, check]) =>
    "message" in check
      ? [{ row: raw.row, column: headerOf(column as ImportedColumn), message: check.message }]
      : [],
  );
  const { title, owner, source, weight, deadline, key } = checks;
  if ("value" in owner && "value" in deadline) {
    const span = lookups.spans.get(owner.value);
    if (!canOwnTaskDueOn(span, deadline.value)) {
      const message = span ? outsideMembershipMessage(span, deadline.value) : "";
      problems.push({ row: raw.row, column: headerOf("owner"), message });
      return { problems };
    }
  }
  if (!(
    "value" in title &&
    "value" in owner &&
    "value" in source &&
    "value" in weight &&
    "value" in deadline &&
    "value" in key
  ))
    return { problems };
  return {
    problems,
    task: {
      row: raw.row,
      title: title.value,
      ownerUnitId: owner.value,
      sourceDocumentId: source.value,
      weight: weight.value,
      deadline: deadline.value,
      isKey: key.value,
    },
  };
}

/** Every row checked against the year's members and the province's documents: all problems, not just the first. */
export function checkImportRows(
  rows: readonly ImportRow[],
  context: ImportContext,
  onRow?: (index: number) => void,
) {
  const lookups: Lookups = {
    year: context.year,
    owners: new Map(
      context.members.flatMap((member) =>
        member.names.map((name) => [matchKey(name), member.unitId] as const),
      ),
    ),
    spans: new Map(context.members.map((member) => [member.unitId, member])),
    sources: new Map(context.sourceDocuments.map((document) => [matchKey(document.code), document.id])),
    existingTitles: context.existingTitles,
    seenTitles: new Map(),
  };
  const tasks: ImportedTask[] = [];
  const problems: ImportProblem[] = [];
  rows.forEach((raw, index) => {
    onRow?.(index);
    const checked = checkRow(raw, lookups);
    problems.push(...checked.problems);
    if (checked.task) tasks.push(checked.task);
  });
  return { tasks, problems };
}
