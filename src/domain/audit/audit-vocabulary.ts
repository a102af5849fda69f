/**
 * Every audited record, its audited fields and what kind of value each field holds. The audit
 * writer's types come from here (see AuditChange), so a record or field cannot be audited before
 * it has the Vietnamese label the log shows; the value kind says how the log writes the value.
 * A new entity: add `Name: entity("Nhãn", { field: f("Nhãn", "kind") })` and, for a new action, a
 * line in AUDIT_ACTION_LABEL.
 */

/** How a stored value is written: codes by their own family's labels, ids by what they name. */
export type AuditValueKind =
  | "text"
  | "number"
  | "date"
  | "points"
  | "share"
  | "yesNo"
  | "unit"
  | "units"
  | "user"
  | "criterion"
  | "sourceDocument"
  | "award"
  | "blocRole"
  | "yearStatus"
  | "sheetStatus"
  | "taskStatus"
  | "proposalStatus"
  | "objectionStatus"
  | "scoreStage"
  | "eligibilityFlag"
  | "registrationKind"
  | "criterionKind"
  | "rotationRule"
  | "taskNumbers"
  | "rules";

export type AuditFieldSpec = { readonly label: string; readonly kind: AuditValueKind };

const f = <K extends AuditValueKind>(label: string, kind: K) => ({ label, kind }) as const;

const entity = <F extends Record<string, AuditFieldSpec>>(label: string, fields: F) =>
  ({ label, fields }) as const;

export const AUDIT_VOCABULARY = {
  Province: entity("Tỉnh", {
    fileName: f("Tệp", "text"),
    count: f("Số cơ quan, đơn vị", "number"),
  }),
  Bloc: entity("Khối thi đua", {
    rotationRule: f("Quy tắc luân phiên", "rotationRule"),
    code: f("Mã khối", "text"),
    name: f("Tên khối", "text"),
    foundedOn: f("Ngày thành lập", "date"),
    dissolvedOn: f("Lưu trữ từ ngày", "date"),
    secretariatFollowsHeadUnit: f("Thư ký khối theo đơn vị Trưởng khối", "yesNo"),
  }),
  BlocYear: entity("Năm thi đua", {
    status: f("Trạng thái", "yearStatus"),
    rules: f("Quy tắc chấm điểm", "rules"),
    "rules.taskCompletion.notDoneDeductionCriterionId": f(
      "Mục ghi điểm trừ nhiệm vụ không hoàn thành",
      "criterion",
    ),
    membersSeeProvisional: f("Thành viên xem điểm tạm tính", "yesNo"),
    correctionReason: f("Lý do đính chính", "text"),
    disputeOpensOn: f("Thời hạn khiếu nại từ ngày", "date"),
    disputeClosesOn: f("Thời hạn khiếu nại đến hết ngày", "date"),
    checklistOverride: f("Mục kiểm tra vẫn công bố", "text"),
    year: f("Năm", "number"),
    copiedFrom: f("Sao chép từ năm", "number"),
    members: f("Số thành viên", "number"),
    leaving: f("Đơn vị rời khối", "units"),
    joining: f("Đơn vị kế thừa vào khối", "units"),
    notCopied: f("Đơn vị không chuyển sang", "units"),
    count: f("Số nhiệm vụ", "number"),
    fileName: f("Tệp", "text"),
    firstNumber: f("Từ nhiệm vụ số", "number"),
    firstYear: f("Năm đầu tiên của khối", "yesNo"),
    scoreTable: f("Bảng điểm", "text"),
    startsOn: f("Bắt đầu từ ngày", "date"),
  }),
  Unit: entity("Đơn vị", {
    code: f("Mã đơn vị", "text"),
    name: f("Tên đơn vị", "text"),
    shortName: f("Tên viết tắt", "text"),
    validFrom: f("Áp dụng từ ngày", "date"),
    deactivatedOn: f("Ngừng hoạt động từ ngày", "date"),
  }),
  UnitSuccession: entity("Sáp nhập, kế thừa đơn vị", {
    predecessorId: f("Đơn vị cũ", "unit"),
    successorId: f("Đơn vị kế thừa", "unit"),
    effectiveOn: f("Ngày hiệu lực", "date"),
    decisionRef: f("Quyết định", "text"),
  }),
  Membership: entity("Thành viên", {
    unitId: f("Đơn vị", "unit"),
    joinedOn: f("Ngày vào khối", "date"),
    leftOn: f("Ngày rời khối", "date"),
  }),
  RoleAssignment: entity("Vai trò trong khối", {
    unitId: f("Đơn vị", "unit"),
    role: f("Vai trò", "blocRole"),
    electedOn: f("Ngày bầu", "date"),
    decisionRef: f("Quyết định", "text"),
  }),
  User: entity("Tài khoản", {
    username: f("Tên đăng nhập", "text"),
    displayName: f("Họ tên", "text"),
    grants: f("Quyền", "text"),
    active: f("Đang hoạt động", "yesNo"),
  }),
  Pledge: entity("Giao ước", {
    title: f("Tiêu đề", "text"),
    body: f("Nội dung", "text"),
    signedOn: f("Ngày ký", "date"),
    attachment: f("Tệp đính kèm", "text"),
  }),
  PledgeSignature: entity("Chữ ký giao ước", {
    unitId: f("Đơn vị", "unit"),
    signerName: f("Người ký", "text"),
    signerTitle: f("Chức vụ", "text"),
    signedOn: f("Ngày ký", "date"),
  }),
  Registration: entity("Đăng ký thi đua", {
    unitId: f("Đơn vị", "unit"),
    kind: f("Loại đăng ký", "registrationKind"),
    content: f("Nội dung", "text"),
    note: f("Ghi chú", "text"),
    outcome: f("Kết quả", "text"),
    taskNumbers: f("Nhiệm vụ liên quan", "taskNumbers"),
  }),
  SourceDocument: entity("Văn bản giao nhiệm vụ", {
    code: f("Số hiệu", "text"),
    title: f("Trích yếu", "text"),
    issuedOn: f("Ngày ban hành", "date"),
  }),
  Task: entity("Nhiệm vụ", {
    number: f("Số thứ tự", "number"),
    title: f("Tên nhiệm vụ", "text"),
    ownerUnitId: f("Đơn vị chủ trì", "unit"),
    sourceDocumentId: f("Văn bản giao", "sourceDocument"),
    weight: f("Trọng số", "number"),
    isKey: f("Nhiệm vụ trọng tâm", "yesNo"),
    deadline: f("Hạn hoàn thành", "date"),
    criterionId: f("Tiêu chí chấm", "criterion"),
    status: f("Tình trạng", "taskStatus"),
    completedOn: f("Ngày hoàn thành", "date"),
    completionShare: f("Tỷ lệ hoàn thành", "share"),
    evidenceNote: f("Ghi chú minh chứng", "text"),
    evidenceUrl: f("Đường dẫn minh chứng", "text"),
    evidenceFile: f("Tệp minh chứng", "text"),
  }),
  ScoreTable: entity("Bảng điểm", {
    version: f("Phiên bản", "number"),
    title: f("Tên bảng điểm", "text"),
    maxPoints: f("Điểm tối đa", "points"),
    tasksMoved: f("Số nhiệm vụ chuyển sang", "number"),
    scoreLinesMoved: f("Số dòng điểm chuyển sang", "number"),
  }),
  Criterion: entity("Tiêu chí", {
    parentId: f("Thuộc mục", "criterion"),
    code: f("Mã tiêu chí", "text"),
    title: f("Tên tiêu chí", "text"),
    kind: f("Loại tiêu chí", "criterionKind"),
    maxPoints: f("Điểm tối đa", "points"),
    capPoints: f("Mức trần", "points"),
    reducesId: f("Trừ vào tiêu chí", "criterion"),
    position: f("Thứ tự", "number"),
  }),
  ScoreSheet: entity("Phiếu chấm điểm", {
    status: f("Trạng thái", "sheetStatus"),
    returnReason: f("Lý do trả lại", "text"),
  }),
  ScoreLine: entity("Điểm", {
    points: f("Điểm", "points"),
    explanation: f("Giải trình", "text"),
    evidenceUrl: f("Đường dẫn minh chứng", "text"),
    evidenceFile: f("Tệp minh chứng", "text"),
  }),
  Ballot: entity("Bỏ phiếu kín", {
    status: f("Trạng thái", "text"),
    candidates: f("Ứng viên", "text"),
    electorate: f("Số đơn vị được bỏ phiếu", "number"),
    papers: f("Số phiếu thu về", "number"),
    result: f("Kết quả kiểm phiếu", "text"),
  }),
  Objection: entity("Khiếu nại về điểm", {
    number: f("Số khiếu nại", "number"),
    unitId: f("Đơn vị", "unit"),
    criterionId: f("Tiêu chí", "criterion"),
    stage: f("Bước chấm bị khiếu nại", "scoreStage"),
    pointsObjected: f("Điểm bị khiếu nại", "points"),
    reason: f("Nội dung khiếu nại", "text"),
    status: f("Kết quả giải quyết", "objectionStatus"),
    evidenceFile: f("Tệp kèm theo", "text"),
  }),
  BallotTally: entity("Kết quả bỏ phiếu", {
    votesFor: f("Số phiếu đồng ý", "number"),
    votersPresent: f("Số đại biểu có mặt", "number"),
  }),
  EligibilityFlag: entity("Điều kiện khen thưởng", {
    unitId: f("Đơn vị", "unit"),
    kind: f("Trường hợp", "eligibilityFlag"),
    since: f("Từ ngày", "date"),
    note: f("Ghi chú", "text"),
    resolvedOn: f("Ngày giải quyết xong", "date"),
  }),
  AwardProposal: entity("Đề nghị khen thưởng", {
    unitId: f("Đơn vị", "unit"),
    awardCode: f("Hình thức khen thưởng", "award"),
    status: f("Trạng thái", "proposalStatus"),
    decisionNumber: f("Số quyết định", "text"),
    decisionDate: f("Ngày quyết định", "date"),
  }),
  ResultSnapshot: entity("Bản công bố", { number: f("Bản số", "number") }),
} as const;

export type AuditEntity = keyof typeof AUDIT_VOCABULARY;
export type AuditFieldOf<E extends AuditEntity> = keyof (typeof AUDIT_VOCABULARY)[E]["fields"] & string;

export const AUDIT_ACTION_LABEL = {
  create: "Thêm",
  update: "Sửa",
  delete: "Xóa",
  rename: "Đổi tên",
  correctStart: "Sửa ngày áp dụng tên đầu tiên",
  publish: "Công bố",
  reopen: "Mở đính chính",
  stageForward: "Chuyển giai đoạn",
  stageBack: "Mở lại giai đoạn trước",
  createVersion: "Tạo phiên bản mới",
  "import-tasks": "Nhập danh sách nhiệm vụ",
  "update-progress": "Cập nhật tiến độ",
  "attach-evidence": "Đính kèm tệp minh chứng",
  "remove-evidence": "Gỡ tệp minh chứng",
  "change-password": "Đổi mật khẩu",
  archive: "Lưu trữ",
  deactivate: "Ngừng hoạt động",
  reactivate: "Hoạt động trở lại",
  importAgencies: "Nhập danh sách cơ quan, đơn vị",
  "create-account": "Tạo tài khoản",
  "reset-password": "Cấp lại mật khẩu tạm",
  submit: "Nộp",
  approve: "Duyệt",
  return: "Trả lại",
  "file-objection": "Gửi khiếu nại",
  "accept-objection": "Chấp nhận khiếu nại",
  "reject-objection": "Không chấp nhận khiếu nại",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABEL;

export const AUDIT_ENTITIES = Object.keys(AUDIT_VOCABULARY) as AuditEntity[];

export function isAuditEntity(name: string): name is AuditEntity {
  return Object.hasOwn(AUDIT_VOCABULARY, name);
}

/** The field's label and kind, or undefined for a name this entity never audits. */
export function auditFieldSpec(entityName: string, field: string): AuditFieldSpec | undefined {
  if (!isAuditEntity(entityName)) return undefined;
  const fields: Record<string, AuditFieldSpec> = AUDIT_VOCABULARY[entityName].fields;
  return Object.hasOwn(fields, field) ? fields[field] : undefined;
}
