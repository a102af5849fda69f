/** Labels of the rankings area (kept here, not in the shared labels). */
export const PROVISIONAL_LABEL = "Kết quả tạm tính";

export const RESTRICTED_NOTICE =
  "Điểm tạm tính của các đơn vị khác chưa được chia sẻ với thành viên trước khi công bố: bạn chỉ xem được kết quả của đơn vị mình.";

/** The rank column's cell: "2", or "Đồng hạng 2" for a rank shared by an exact tie. */
export const rankLabel = (rank: number, shared: boolean) => (shared ? `Đồng hạng ${rank}` : String(rank));

/** Scale sections hold the points up to the maximum; bonus and deduction sections are shown apart. */
export const isScaleSection = (kind: string) => kind !== "BONUS" && kind !== "DEDUCTION";
