/** Labels of the rankings area (kept here, not in the shared labels). */
export const PROVISIONAL_LABEL = "Kết quả tạm tính";

export const RESTRICTED_NOTICE =
  "Điểm tạm tính của các đơn vị khác chưa được chia sẻ với thành viên trước khi công bố: bạn chỉ xem được kết quả của đơn vị mình.";
