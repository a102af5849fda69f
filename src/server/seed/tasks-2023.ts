import { done, notDone, partial, type SeedTask } from "./task-outcomes";

// The tasks Chương trình hành động 135-CTr/TU (18/11/2022) assigned to the bloc's members for
// 2023. The article names the programme but neither its tasks nor their outcomes: everything
// below is illustrative. The year is closed, so every task is finished one way or another —
// on time, late, partly or not at all — which spreads the task-derived points from 35 to 60.

const task = (
  owner: string,
  weight: 1 | 2,
  deadline: string,
  outcome: SeedTask["outcome"],
  title: string,
): SeedTask => ({ owner, weight, deadline, outcome, title });

export const TASKS_2023: readonly SeedTask[] = [
  // Sở Khoa học và Công nghệ: one late → 55,00 of 60
  task(
    "KHCN",
    2,
    "2023-09-30",
    done("2023-09-22"),
    "Triển khai các nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2023 phục vụ phát triển kinh tế – xã hội",
  ),
  task(
    "KHCN",
    1,
    "2023-06-30",
    done("2023-07-20"),
    "Hỗ trợ doanh nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng tiên tiến",
  ),
  task(
    "KHCN",
    2,
    "2023-11-30",
    done("2023-11-24"),
    "Xây dựng, phát triển tài sản trí tuệ cho các sản phẩm đặc sản, sản phẩm OCOP của tỉnh",
  ),
  task(
    "KHCN",
    1,
    "2023-10-31",
    done("2023-10-27"),
    "Ứng dụng, chuyển giao tiến bộ kỹ thuật vào sản xuất nông, lâm nghiệp",
  ),
  // Sở Tài nguyên và Môi trường: all on time → 60,00
  task(
    "TNMT",
    2,
    "2023-03-31",
    done("2023-03-25"),
    "Thẩm định, trình phê duyệt kế hoạch sử dụng đất năm 2023 cấp huyện",
  ),
  task(
    "TNMT",
    1,
    "2023-09-30",
    done("2023-09-18"),
    "Tăng cường quản lý tài nguyên khoáng sản, ngăn chặn khai thác khoáng sản trái phép",
  ),
  task(
    "TNMT",
    1,
    "2023-06-30",
    done("2023-06-26"),
    "Kiểm soát ô nhiễm môi trường tại các khu, cụm công nghiệp và làng nghề",
  ),
  task(
    "TNMT",
    2,
    "2023-12-15",
    done("2023-12-08"),
    "Đẩy mạnh cấp giấy chứng nhận quyền sử dụng đất; hoàn thành đo đạc, lập hồ sơ địa chính",
  ),
  // Sở Giao thông vận tải: one partly done → 57,50
  task(
    "GTVT",
    2,
    "2023-12-31",
    done("2023-12-20"),
    "Hoàn thành nâng cấp các tuyến đường tỉnh theo kế hoạch vốn năm 2023",
  ),
  task(
    "GTVT",
    2,
    "2023-10-31",
    done("2023-10-30"),
    "Khắc phục hậu quả mưa lũ, bảo đảm giao thông thông suốt trên các tuyến đường tỉnh",
  ),
  task(
    "GTVT",
    1,
    "2023-11-30",
    partial(7500, "2023-11-30"),
    "Phát triển giao thông nông thôn gắn với Chương trình xây dựng nông thôn mới",
  ),
  task(
    "GTVT",
    1,
    "2023-12-15",
    done("2023-12-12"),
    "Kéo giảm tai nạn giao thông trên cả ba tiêu chí: số vụ, số người chết, số người bị thương",
  ),
  // Sở Xây dựng: one late → 54,00
  task(
    "XD",
    2,
    "2023-09-30",
    done("2023-09-28"),
    "Lập, điều chỉnh quy hoạch xây dựng các đô thị và khu chức năng trên địa bàn tỉnh",
  ),
  task(
    "XD",
    1,
    "2023-06-30",
    done("2023-06-29"),
    "Rút ngắn thời gian giải quyết thủ tục cấp phép xây dựng, thẩm định thiết kế",
  ),
  task(
    "XD",
    1,
    "2023-10-31",
    done("2023-11-20"),
    "Triển khai Đề án hỗ trợ nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn",
  ),
  task(
    "XD",
    1,
    "2023-12-15",
    done("2023-12-10"),
    "Kiểm tra chất lượng công trình xây dựng và công tác nghiệm thu đưa vào sử dụng",
  ),
  // Sở Công Thương: one partly done → 52,00
  task(
    "CT",
    2,
    "2023-08-31",
    done("2023-08-25"),
    "Bảo đảm cung ứng điện mùa khô hạn cho sản xuất và sinh hoạt",
  ),
  task(
    "CT",
    2,
    "2023-11-30",
    partial(6000, "2023-11-28"),
    "Thu hút đầu tư hạ tầng các cụm công nghiệp theo quy hoạch",
  ),
  task(
    "CT",
    1,
    "2023-10-31",
    done("2023-10-20"),
    "Tổ chức xúc tiến thương mại, kết nối tiêu thụ sản phẩm OCOP và nông sản của tỉnh",
  ),
  task(
    "CT",
    1,
    "2023-12-15",
    done("2023-12-14"),
    "Đấu tranh chống buôn lậu, gian lận thương mại và hàng giả",
  ),
  // Sở Nông nghiệp và Phát triển nông thôn: one late, one partly done → 51,60
  task(
    "NNPTNT",
    2,
    "2023-12-31",
    done("2023-12-22"),
    "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023",
  ),
  task("NNPTNT", 1, "2023-06-30", done("2023-08-10"), "Phòng, chống dịch bệnh trên đàn gia súc, gia cầm"),
  task(
    "NNPTNT",
    1,
    "2023-11-30",
    partial(8000, "2023-11-30"),
    "Trồng rừng tập trung, nâng cao giá trị kinh tế rừng trồng",
  ),
  task(
    "NNPTNT",
    1,
    "2023-09-30",
    done("2023-09-26"),
    "Phát triển các vùng sản xuất quế, chè, tre, măng tập trung",
  ),
  // Ban Quản lý dự án đầu tư xây dựng tỉnh: one not done, one late → 35,00
  task(
    "BQLDA",
    2,
    "2023-12-31",
    done("2023-12-29"),
    "Giải ngân vốn đầu tư công năm 2023 theo kế hoạch vốn được giao",
  ),
  task("BQLDA", 2, "2023-10-31", notDone, "Hoàn thành quyết toán các dự án đã bàn giao đưa vào sử dụng"),
  task(
    "BQLDA",
    1,
    "2023-09-30",
    done("2023-10-25"),
    "Phối hợp giải phóng mặt bằng các dự án trọng điểm của tỉnh",
  ),
  task("BQLDA", 1, "2023-06-30", done("2023-06-20"), "Thực hiện lựa chọn nhà thầu qua mạng theo quy định"),
  // Ban Quản lý các khu công nghiệp: one half done → 50,00
  task("BQLKCN", 2, "2023-12-31", done("2023-12-15"), "Thu hút các dự án đầu tư mới vào các khu công nghiệp"),
  task(
    "BQLKCN",
    1,
    "2023-09-30",
    done("2023-09-29"),
    "Hỗ trợ doanh nghiệp trong các khu công nghiệp tháo gỡ khó khăn về lao động, mặt bằng",
  ),
  task(
    "BQLKCN",
    1,
    "2023-10-31",
    done("2023-10-18"),
    "Kiểm tra công tác bảo vệ môi trường tại các khu công nghiệp",
  ),
  task(
    "BQLKCN",
    2,
    "2023-11-30",
    partial(5000, "2023-11-30"),
    "Đẩy nhanh giải phóng mặt bằng, đầu tư hạ tầng Khu công nghiệp Trấn Yên",
  ),
];
