// The 2024 pledge (giao ước thi đua) signed at the review conference of 12/01/2024.
// The body is written in the spirit of the article; the article does not reproduce the text.

export const PLEDGE_2024 = {
  title: "Giao ước thi đua năm 2024",
  signedOn: "2024-01-12",
  body: [
    "Thực hiện Luật Thi đua, khen thưởng năm 2022 và Chỉ thị số 05-CT/TU ngày 23/3/2021 của Tỉnh ủy Yên Bái về tiếp tục đẩy mạnh và đổi mới công tác thi đua, khen thưởng giai đoạn 2021–2025, các đơn vị thành viên Khối thi đua các cơ quan kinh tế – kỹ thuật tỉnh Yên Bái thống nhất ký giao ước thi đua năm 2024 với phương châm “Chủ động, sáng tạo, quyết liệt, kỷ cương, tăng tốc, hiệu quả”.",
    "1. Thực hiện hoàn thành toàn diện, vượt mức các chỉ tiêu, nhiệm vụ được giao trong Chương trình hành động số 188-CTr/TU ngày 25/11/2023 của Tỉnh ủy Yên Bái (43 nhiệm vụ của các đơn vị trong Khối); coi đây là tiêu chí quan trọng để chấm điểm thi đua của từng cơ quan, đơn vị.",
    "2. Tiếp tục làm tốt công tác giáo dục chính trị, tư tưởng; đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số 05-CT/TW của Bộ Chính trị; tăng cường kỷ luật, kỷ cương hành chính, đạo đức công vụ và văn hóa công sở.",
    "3. Đẩy mạnh cải cách hành chính, đơn giản hóa thủ tục hành chính, chuyển đổi số, phục vụ tốt công tác thu hút đầu tư của tỉnh; tham mưu kịp thời cho Tỉnh ủy, HĐND, UBND tỉnh về các lĩnh vực được phân công.",
    "4. Tổ chức phát động và thực hiện có hiệu quả các phong trào thi đua do Chính phủ, Bộ, ngành và UBND tỉnh phát động; kịp thời phát hiện, bồi dưỡng, nhân rộng và khen thưởng các điển hình tiên tiến.",
    "5. Tham gia đầy đủ các hoạt động chung của Khối; thực hiện nghiêm chế độ thông tin, báo cáo; phối hợp chặt chẽ trong sơ kết, tổng kết, kiểm tra chéo và chấm điểm thi đua.",
    "Giao ước này được các đơn vị thành viên nhất trí ký kết tại Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024 của Khối ngày 12/01/2024.",
  ].join("\n\n"),
} as const;

// The 2023 pledge, signed at the review conference of 10/01/2023 (date and text illustrative).
export const PLEDGE_2023 = {
  title: "Giao ước thi đua năm 2023",
  signedOn: "2023-01-10",
  body: [
    "Hưởng ứng phong trào thi đua “Khối thi đua các cơ quan Kinh tế – Kỹ thuật chung sức, đồng lòng, quyết liệt, sáng tạo, kỷ cương, tăng tốc, hiệu quả”, các đơn vị thành viên của Khối thống nhất ký giao ước thi đua năm 2023.",
    "1. Thực hiện hoàn thành các chỉ tiêu, nhiệm vụ được giao trong Chương trình hành động số 135-CTr/TU ngày 18/11/2022 của Tỉnh ủy Yên Bái về thực hiện nhiệm vụ chính trị của tỉnh năm 2023.",
    "2. Thực hiện tốt Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị và Chỉ thị số 05-CT/TU ngày 23/3/2021 của Tỉnh ủy Yên Bái về công tác thi đua, khen thưởng.",
    "3. Tham gia đầy đủ các hoạt động chung của Khối; thực hiện nghiêm chế độ thông tin, báo cáo.",
  ].join("\n\n"),
} as const;
