import { done, inProgress, notDone, notStarted, partial, type SeedTask } from "./task-outcomes";

// The 43 tasks Chương trình hành động 188-CTr/TU assigned to the bloc's members for 2024.
// The article gives only the count (43): titles, weights, deadlines and outcomes below are
// illustrative, chosen to fit each agency's field and to give scoring a realistic mix —
// mostly done on time, some late, some partly done, a few still open and two not done.
// A task is numbered by its position in this list (1–43).

export const TASKS_2024: readonly SeedTask[] = [
  // Sở Khoa học và Công nghệ
  {
    owner: "KHCN",
    weight: 2,
    deadline: "2024-10-31",
    outcome: done("2024-10-25"),
    title:
      "Triển khai chương trình hỗ trợ doanh nghiệp đổi mới công nghệ, nâng cao năng suất, chất lượng sản phẩm, hàng hóa",
  },
  {
    owner: "KHCN",
    weight: 1,
    deadline: "2024-09-30",
    outcome: done("2024-09-20"),
    title: "Xây dựng, bảo hộ và phát triển nhãn hiệu chứng nhận cho các sản phẩm OCOP chủ lực của tỉnh",
  },
  {
    owner: "KHCN",
    weight: 2,
    deadline: "2024-11-30",
    outcome: done("2024-12-10"),
    title: "Triển khai các nhiệm vụ khoa học và công nghệ cấp tỉnh gắn với ba khâu đột phá của tỉnh",
  },
  {
    owner: "KHCN",
    weight: 1,
    deadline: "2024-12-15",
    outcome: partial(7000, "2024-12-13"),
    title: "Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo, hỗ trợ ít nhất 05 dự án khởi nghiệp",
  },
  {
    owner: "KHCN",
    weight: 1,
    deadline: "2024-08-31",
    outcome: done("2024-08-28"),
    title: "Tăng cường kiểm tra đo lường, chất lượng hàng hóa lưu thông trên địa bàn tỉnh",
  },
  // Sở Tài nguyên và Môi trường
  {
    owner: "TNMT",
    weight: 2,
    deadline: "2024-03-31",
    outcome: done("2024-03-28"),
    title: "Hoàn thành thẩm định kế hoạch sử dụng đất năm 2024 cấp huyện",
  },
  {
    owner: "TNMT",
    weight: 1,
    deadline: "2024-11-30",
    outcome: done("2024-11-29"),
    title: "Đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân",
  },
  {
    owner: "TNMT",
    weight: 2,
    deadline: "2024-12-31",
    outcome: inProgress(6000),
    title: "Xây dựng, cập nhật cơ sở dữ liệu đất đai và kết nối với cơ sở dữ liệu đất đai quốc gia",
  },
  {
    owner: "TNMT",
    weight: 2,
    deadline: "2024-10-31",
    outcome: partial(6000, "2024-10-30"),
    title: "Tổ chức đấu giá quyền sử dụng đất, tăng thu ngân sách từ đất đai",
  },
  {
    owner: "TNMT",
    weight: 1,
    deadline: "2024-09-30",
    outcome: done("2024-09-27"),
    title:
      "Tăng cường quản lý, kiểm tra hoạt động khai thác khoáng sản; xử lý nghiêm các trường hợp khai thác trái phép",
  },
  {
    owner: "TNMT",
    weight: 1,
    deadline: "2024-06-30",
    outcome: done("2024-06-20"),
    title: "Triển khai kế hoạch thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt tại các đô thị",
  },
  // Sở Giao thông vận tải
  {
    owner: "GTVT",
    weight: 2,
    deadline: "2024-12-31",
    outcome: inProgress(7000),
    title: "Đẩy nhanh tiến độ dự án đường kết nối Yên Bái – Hà Giang với đường cao tốc Nội Bài – Lào Cai",
  },
  {
    owner: "GTVT",
    weight: 1,
    deadline: "2024-10-31",
    outcome: done("2024-10-15"),
    title: "Hoàn thành sửa chữa, khắc phục các tuyến đường tỉnh bị hư hỏng do mưa lũ",
  },
  {
    owner: "GTVT",
    weight: 1,
    deadline: "2024-12-15",
    outcome: done("2024-12-10"),
    title:
      "Triển khai các giải pháp bảo đảm trật tự, an toàn giao thông, kéo giảm tai nạn giao thông trên cả 3 tiêu chí",
  },
  {
    owner: "GTVT",
    weight: 1,
    deadline: "2024-09-30",
    outcome: done("2024-09-30"),
    title: "Nâng cao chất lượng dịch vụ vận tải hành khách; quản lý chặt chẽ hoạt động kinh doanh vận tải",
  },
  {
    owner: "GTVT",
    weight: 1,
    deadline: "2024-11-30",
    outcome: done("2024-12-20"),
    title: "Tham mưu phát triển giao thông nông thôn gắn với xây dựng nông thôn mới",
  },
  // Sở Xây dựng
  {
    owner: "XD",
    weight: 2,
    deadline: "2024-09-30",
    outcome: done("2024-09-25"),
    title: "Lập, điều chỉnh quy hoạch chung đô thị và quy hoạch phân khu các đô thị trên địa bàn tỉnh",
  },
  {
    owner: "XD",
    weight: 2,
    deadline: "2024-12-01",
    outcome: partial(6000, "2024-11-29"),
    title: "Thực hiện chương trình phát triển nhà ở xã hội; hỗ trợ xóa nhà tạm, nhà dột nát",
  },
  {
    owner: "XD",
    weight: 1,
    deadline: "2024-11-30",
    outcome: done("2024-11-20"),
    title: "Tăng cường quản lý chất lượng công trình xây dựng, kiểm tra công tác nghiệm thu",
  },
  {
    owner: "XD",
    weight: 1,
    deadline: "2024-10-31",
    outcome: done("2024-11-15"),
    title: "Đánh giá, đề nghị công nhận các đô thị đạt tiêu chí đô thị loại IV, loại V",
  },
  {
    owner: "XD",
    weight: 1,
    deadline: "2024-06-30",
    outcome: done("2024-06-28"),
    title: "Rút ngắn thời gian thẩm định dự án, thiết kế xây dựng theo cơ chế một cửa",
  },
  {
    owner: "XD",
    weight: 1,
    deadline: "2024-08-31",
    outcome: done("2024-08-30"),
    title: "Quản lý hoạt động kinh doanh bất động sản; công khai thông tin thị trường bất động sản",
  },
  // Sở Công Thương
  {
    owner: "CT",
    weight: 1,
    deadline: "2024-10-31",
    outcome: done("2024-10-20"),
    title: "Đẩy mạnh xúc tiến thương mại, hỗ trợ doanh nghiệp tiêu thụ sản phẩm OCOP và nông sản chủ lực",
  },
  {
    owner: "CT",
    weight: 1,
    deadline: "2024-11-30",
    outcome: done("2024-11-25"),
    title: "Phát triển thương mại điện tử, đưa sản phẩm của tỉnh lên các sàn giao dịch điện tử",
  },
  {
    owner: "CT",
    weight: 2,
    deadline: "2024-08-31",
    outcome: done("2024-08-31"),
    title: "Bảo đảm cung ứng điện cho sản xuất, sinh hoạt; đầu tư cấp điện nông thôn",
  },
  {
    owner: "CT",
    weight: 2,
    deadline: "2024-09-30",
    outcome: notDone,
    title: "Hoàn thành quy hoạch chi tiết và lựa chọn nhà đầu tư hạ tầng các cụm công nghiệp",
  },
  {
    owner: "CT",
    weight: 1,
    deadline: "2024-12-15",
    outcome: done("2024-12-12"),
    title: "Quản lý thị trường, đấu tranh chống buôn lậu, gian lận thương mại và hàng giả",
  },
  // Sở Nông nghiệp và Phát triển nông thôn
  {
    owner: "NNPTNT",
    weight: 2,
    deadline: "2024-12-31",
    outcome: inProgress(8000),
    title: "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, phấn đấu thêm 10 xã đạt chuẩn",
  },
  {
    owner: "NNPTNT",
    weight: 1,
    deadline: "2024-10-31",
    outcome: done("2024-10-30"),
    title: "Phát triển vùng nguyên liệu quế, chè, tre; cấp mã số vùng trồng cho sản phẩm xuất khẩu",
  },
  {
    owner: "NNPTNT",
    weight: 2,
    deadline: "2024-09-30",
    outcome: done("2024-09-15"),
    title: "Trồng rừng tập trung, nâng tỷ lệ che phủ rừng toàn tỉnh đạt 63%",
  },
  {
    owner: "NNPTNT",
    weight: 1,
    deadline: "2024-06-30",
    outcome: done("2024-07-15"),
    title: "Phòng, chống dịch bệnh gia súc, gia cầm; kiểm soát bệnh dịch tả lợn châu Phi",
  },
  {
    owner: "NNPTNT",
    weight: 1,
    deadline: "2024-11-30",
    outcome: partial(6000, "2024-11-28"),
    title: "Củng cố hệ thống đê, kè, hồ đập; nâng cao năng lực phòng, chống thiên tai",
  },
  {
    owner: "NNPTNT",
    weight: 1,
    deadline: "2024-12-31",
    outcome: notStarted,
    title: "Tổng kết 5 năm thực hiện Đề án phát triển nông nghiệp hàng hóa tập trung giai đoạn 2020–2025",
  },
  // Ban Quản lý dự án đầu tư xây dựng tỉnh
  {
    owner: "BQLDA",
    weight: 2,
    deadline: "2024-12-31",
    outcome: inProgress(8500),
    title: "Giải ngân vốn đầu tư công năm 2024 đạt trên 95% kế hoạch vốn được giao",
  },
  {
    owner: "BQLDA",
    weight: 2,
    deadline: "2024-11-30",
    outcome: done("2024-12-05"),
    title: "Hoàn thành, bàn giao đưa vào sử dụng các công trình trọng điểm của tỉnh đúng tiến độ",
  },
  {
    owner: "BQLDA",
    weight: 1,
    deadline: "2024-08-31",
    outcome: done("2024-08-25"),
    title: "Phối hợp với các địa phương giải phóng mặt bằng các dự án trọng điểm",
  },
  {
    owner: "BQLDA",
    weight: 1,
    deadline: "2024-10-31",
    outcome: notDone,
    title: "Lập hồ sơ quyết toán các dự án hoàn thành đúng thời hạn quy định",
  },
  {
    owner: "BQLDA",
    weight: 1,
    deadline: "2024-06-30",
    outcome: done("2024-06-25"),
    title: "Nâng cao chất lượng công tác lựa chọn nhà thầu; thực hiện đấu thầu qua mạng",
  },
  // Ban Quản lý các khu công nghiệp
  {
    owner: "BQLKCN",
    weight: 2,
    deadline: "2024-12-31",
    outcome: done("2024-12-18"),
    title: "Thu hút đầu tư vào các khu công nghiệp, phấn đấu thu hút mới ít nhất 03 dự án",
  },
  {
    owner: "BQLKCN",
    weight: 2,
    deadline: "2024-11-30",
    outcome: partial(6500, "2024-11-30"),
    title: "Đẩy nhanh tiến độ đầu tư hạ tầng Khu công nghiệp Minh Quân và Khu công nghiệp Trấn Yên",
  },
  {
    owner: "BQLKCN",
    weight: 1,
    deadline: "2024-09-30",
    outcome: done("2024-09-20"),
    title: "Hỗ trợ doanh nghiệp trong các khu công nghiệp tháo gỡ khó khăn, vướng mắc",
  },
  {
    owner: "BQLKCN",
    weight: 1,
    deadline: "2024-10-31",
    outcome: done("2024-10-31"),
    title: "Tăng cường kiểm tra công tác bảo vệ môi trường tại các khu công nghiệp",
  },
  {
    owner: "BQLKCN",
    weight: 1,
    deadline: "2024-12-20",
    outcome: inProgress(3000),
    title: "Rà soát, thu hồi các dự án chậm tiến độ trong các khu công nghiệp",
  },
];
