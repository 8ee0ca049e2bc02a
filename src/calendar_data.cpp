// The holiday schedules announced for the civil service, compiled in, with their sources.
//
// Typed from the notices as reported by the pages cited in each document row (see also
// tests/data/calendar/SOURCES.md, which lists every day with its confidence). Only what the statute does not already determine is
// listed: the concrete Tết days (and the days in lieu the notice names with them), the second
// National Day day, swapped days off and make-up working Saturdays. The statutory days (1/1,
// Giỗ Tổ, 30/4, 1/5, 2/9) and their days in lieu come from the rules in calendar.cpp; when a year's
// notice names days for an occasion, those replace the rule's days for that occasion.
//
// To add a year without a release, load a JSON file (govplan/json.hpp, `govplan calendar
// --schedules FILE`) instead of editing this table.

#include "calendar_data.hpp"

#include <array>

namespace govplan::detail {

namespace {

using enum DayKind;
using enum Occasion;
using enum SourceStatus;

constexpr std::string_view molisa = "Bộ Lao động - Thương binh và Xã hội";
constexpr std::string_view moha = "Bộ Nội vụ";
constexpr std::string_view vpcp = "Văn phòng Chính phủ";

constexpr std::array documents{
    // ---- 2010
    DocumentRow{"ttg-2010-tet", "Quyết định của Thủ tướng Chính phủ về lịch nghỉ Tết Canh Dần 2010",
                "", "Thủ tướng Chính phủ", decided,
                "https://hanoimoi.vn/tet-canh-dan-2010-cong-chuc-duoc-nghi-9-ngay-230523.html",
                "Friday 19/02/2010 off, Saturday 27/02/2010 worked; number not found; one source "
                "(Hànộimới, 06/02/2010)"},
    DocumentRow{"cv-5971-2010", "Công văn 5971/VPCP-KGVX", "", vpcp, decided,
                "https://vneconomy.vn/cong-chuc-duoc-nghi-4-ngay-dip-quoc-khanh.htm",
                "Friday 03/09/2010 off, Saturday 11/09/2010 worked; Bộ LĐTBXH notice of "
                "25/08/2010; also giaoduc.edu.vn"},
    // ---- 2011
    DocumentRow{"cv-9529-2010", "Công văn 9529/VPCP-KGVX", "2010-12-31", vpcp, decided,
                "https://baotayninh.vn/hoan-doi-ngay-nghi-dip-tet-am-lich-va-gio-to-hung-vuong-"
                "a23152.html",
                "Tết: Saturday 29/01 and Sunday 30/01/2011 worked, 31/01 and 01/02 off; Giỗ Tổ: "
                "Saturday 09/04 worked, Monday 11/04 off; Bộ LĐTBXH notice of 07/01/2011; also "
                "baolangson.vn"},
    // ---- 2012
    DocumentRow{"ttg-2012-tet", "Ý kiến của Thủ tướng Chính phủ về lịch nghỉ Tết Nhâm Thìn 2012",
                "", "Thủ tướng Chính phủ", decided, "https://baobinhdinh.vn/trongnuoc/2011/12/120849",
                "Friday 27/01/2012 off, Saturday 04/02/2012 worked, on Bộ LĐTBXH's proposal of "
                "27/12/2011; number not found; one source (from chinhphu.vn)"},
    // ---- 2013
    DocumentRow{"cv-9570-2012", "Công văn 9570/VPCP-KGVX", "2012-11-23", vpcp, decided,
                "http://en.luathado.com/respectfully-to-the-ministry-of-labor-war-invalids-and-"
                "social-affairs-cd83.html",
                "On Tờ trình 72/TTr-LĐTBXH of 08/11/2012: 31/12/2012 off, 05/01/2013 worked; "
                "15/02 off, 23/02/2013 worked; 29/04 off, 04/05/2013 worked; also tienphong.vn"},
    // ---- 2014
    DocumentRow{"cv-10525-2013", "Công văn 10525/VPCP-KGVX", "2013-12-12", vpcp, decided,
                "https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-No-"
                "10525-VPCP-KGVX-leave-days-of-Lunar-New-Year-cadres-civil-servants-public-"
                "employees/217973/tieng-anh.aspx",
                "On Tờ trình 89/TTr-LĐTBXH of 21/11/2013: Tết 28/01–05/02/2014 with Saturdays "
                "25/01 and 08/02 worked; 02/05 off, 26/04 worked; 01/09 off, 06/09 worked. The five "
                "Tết days (30 Chạp – mùng 4) are inferred from the block and the swaps"},
    // ---- 2015
    DocumentRow{"ttg-2015", "Ý kiến của Thủ tướng Chính phủ về lịch nghỉ Tết và hoán đổi ngày làm việc năm 2015",
                "", "Thủ tướng Chính phủ", decided,
                "https://m.xahoi.com.vn/thong-bao-chinh-thuc-lich-ngay-nghi-ngay-di-lam-bu-dip-le-"
                "tet-2015-194402.amp",
                "Option 1 of Tờ trình 89/TTr-LĐTBXH of 20/11/2014: 02/01/2015 off, 27/12/2014 "
                "worked; Tết 15/02–23/02 with 16/02 off and 14/02 worked; 29/04 off, 25/04 worked; "
                "the dispatch number was not found; also thanhniennews, hanoitimes"},
    // ---- 2016
    DocumentRow{"tb-4659-2015", "Thông báo 4659/TB-LĐTBXH", "2015-11-13", molisa, decided,
                "https://ngaynay.vn/lich-nghi-tet-nguyen-dan-binh-than-2016-gom-9-ngay-"
                "post13884.html",
                "Tết Bính Thân 06/02–14/02/2016, holidays 07/02–11/02, no swap"},
    // ---- 2017
    DocumentRow{"ttg-2017-tet", "Quyết định của Thủ tướng Chính phủ về lịch nghỉ Tết Đinh Dậu 2017",
                "", "Thủ tướng Chính phủ", decided,
                "https://e.vnexpress.net/news/news/vietnamese-pm-approves-7-day-lunar-new-year-"
                "break-3499498.html",
                "Tết 26/01–01/02/2017 (29 Chạp → mùng 5), no swap; number not found (VnExpress, "
                "15/11/2016)"},
    // ---- 2018
    DocumentRow{"tb-5427-2017", "Thông báo 5427/TB-LĐTBXH", "2017-12-22", molisa, decided,
                "https://english.luatvietnam.vn/notice-no-5427-tb-ldtbxh-dated-december-22-2017-of-"
                "the-ministry-of-labor-war-invalids-and-social-affairs-on-regarding-2018s-national-"
                "and-tet-holid-119145-doc6.html",
                "Following Thông báo 573/TB-VPCP of 14/12/2017: Tết 14/02–20/02/2018 (29 Chạp → "
                "mùng 5), no swap"},
    // ---- 2019
    DocumentRow{"tb-3238-2018", "Thông báo 3238/TB-LĐTBXH", "", molisa, decided,
                "https://baonghean.vn/en/lich-nghi-le-tet-nam-2019-bo-ld-tb-xh-da-co-thong-bao-"
                "chinh-thuc-10181655.html",
                "31/12/2018 off, 05/01/2019 worked; Tết 02/02–10/02/2019 (28 Chạp → mùng 6); "
                "29/04 off, 04/05/2019 worked; notice dated about August 2018 (exact date not "
                "read); also tienphong.vn"},
    // ---- 2020
    DocumentRow{"tb-4544-2019", "Thông báo 4544/TB-LĐTBXH", "2019-10-25", molisa, decided,
                "https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/"
                "official-lunar-new-year-holiday-schedule-officials-and-public-employees-to-have-"
                "07-days-off-144554.html",
                "Tết Canh Tý 23/01–29/01/2020, following Công văn 9087/VPCP-KGVX of 07/10/2019; "
                "also reported by Sở Công Thương Đắk Lắk"},
    // ---- 2021
    DocumentRow{"tb-4875-2020", "Thông báo 4875/TB-LĐTBXH", "2020-12-10", molisa, decided,
                "https://hanoimoi.vn/lich-nghi-tet-nguyen-dan-tan-suu-va-quoc-khanh-2-9-498925.html",
                "Tết Tân Sửu 10/02–16/02/2021 and Quốc khánh 02–03/09/2021; the date of the "
                "notice is given by one provincial page only; also khoahocdoisong.vn"},
    // ---- 2022
    DocumentRow{"tb-2022-tet", "Công văn 245/VPCP-KGVX", "2022-01-11", vpcp, decided,
                "https://baoquocte.vn/lich-nghi-tet-nguyen-dan-nham-dan-2022-va-quoc-khanh-29-"
                "170713.html",
                "Approval of Tết 29/01–06/02/2022 (27 Chạp → mùng 6) and Quốc khánh "
                "01–02/09/2022; the ministry's notice number was not found; also vnfinance.vn"},
    // ---- 2023
    DocumentRow{"tb-5034-2022", "Thông báo 5034/TB-LĐTBXH", "", molisa, decided,
                "https://www.sggpnews.org.vn/national/government-approves-7day-tet-break-103690.html",
                "Following Công văn 8056/VPCP-KGVX of 01/12/2022: Tết Quý Mão 20/01–26/01/2023 "
                "and Quốc khánh 01–04/09/2023; the notice number is cited by a secondary source "
                "only and its date was not found"},
    // ---- 2024
    DocumentRow{"tb-2024-tet", "Thông báo 5015/TB-LĐTBXH", "2023-11-22", molisa, decided,
                "https://sucsongtre.vn/doi-song/"
                "can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-nghi-tet-nguyen-dan-giap-thin-7-ngay.html",
                "Following Công văn 8662/VPCP-KGVX of 03/11/2023: Tết 08/02–14/02/2024 (29 Chạp → "
                "mùng 5), Quốc khánh 31/08–03/09/2024; number and date quoted by an official "
                "district site (huyendakha.kontum.gov.vn) only"},
    DocumentRow{"cv-2450-2024", "Công văn 2450/VPCP-KGVX", "2024-04-12", vpcp, decided,
                "https://baotintuc.vn/infographics/"
                "ngay-nghi-le-dip-gio-to-hung-vuong-va-304-152024-20240412212054381.htm",
                "Swap: Monday 29/04/2024 off, Saturday 04/05/2024 worked; also baophapluat.vn"},
    // ---- 2025
    DocumentRow{"tb-6150-2024", "Thông báo 6150/TB-BLĐTBXH", "2024-12-03", molisa, decided,
                "https://thoidai.com.vn/nguoi-lao-dong-se-co-ky-nghi-304-15-dai-5-ngay-209915.html",
                "Tết Ất Tỵ 25/01–02/02/2025, swap 02/05 ↔ 26/04/2025, Quốc khánh 30/08–02/09/2025"},
    // ---- 2026
    DocumentRow{"cv-12729-2025", "Công văn 12729/VPCP-KGVX", "2025-12-25", vpcp, decided,
                "https://www.collector.com.tr//965292743",
                "Swap: Friday 02/01/2026 off, Saturday 10/01/2026 worked (mirror of a news item)"},
    DocumentRow{"tb-9441-2025", "Thông báo 9441/TB-BNV", "2025-10-16", moha, decided,
                "https://vietbao.vn/"
                "bo-noi-vu-thong-bao-lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-568329.html",
                "Tết Bính Ngọ 14/02–22/02/2026 (27 Chạp → mùng 6), Quốc khánh 29/08–02/09/2026 "
                "with Monday 31/08 off and Saturday 22/08 worked; the swap date is confirmed by "
                "one detailed secondary source only"},
};

constexpr std::array entries{
    // ---- 2010: Tết Canh Dần (statutory 4 days 13–16/02, in lieu 17–18/02); swaps
    EntryRow{"2010-02-19", swapped_day_off, lunar_new_year, 2010, "ttg-2010-tet", "2010-02-27", ""},
    EntryRow{"2010-02-27", make_up_working_day, lunar_new_year, 2010, "ttg-2010-tet", "2010-02-19",
             ""},
    EntryRow{"2010-09-03", swapped_day_off, national_day, 2010, "cv-5971-2010", "2010-09-11", ""},
    EntryRow{"2010-09-11", make_up_working_day, national_day, 2010, "cv-5971-2010", "2010-09-03", ""},
    // ---- 2011: Tết Tân Mão (statutory 02–05/02, in lieu 07/02); a Saturday and a Sunday worked
    EntryRow{"2011-01-29", make_up_working_day, lunar_new_year, 2011, "cv-9529-2010", "2011-01-31",
             ""},
    EntryRow{"2011-01-30", make_up_working_day, lunar_new_year, 2011, "cv-9529-2010", "2011-02-01",
             ""},
    EntryRow{"2011-01-31", swapped_day_off, lunar_new_year, 2011, "cv-9529-2010", "2011-01-29", ""},
    EntryRow{"2011-02-01", swapped_day_off, lunar_new_year, 2011, "cv-9529-2010", "2011-01-30", ""},
    EntryRow{"2011-04-09", make_up_working_day, hung_kings, 2011, "cv-9529-2010", "2011-04-11", ""},
    EntryRow{"2011-04-11", swapped_day_off, hung_kings, 2011, "cv-9529-2010", "2011-04-09", ""},
    // ---- 2012: Tết Nhâm Thìn (statutory 22–25/01, in lieu 26/01); swap
    EntryRow{"2012-01-27", swapped_day_off, lunar_new_year, 2012, "ttg-2012-tet", "2012-02-04", ""},
    EntryRow{"2012-02-04", make_up_working_day, lunar_new_year, 2012, "ttg-2012-tet", "2012-01-27",
             ""},
    // ---- 2013: Tết Quý Tỵ (statutory 4 days 09–12/02, in lieu 13–14/02); swaps across the year
    EntryRow{"2012-12-31", swapped_day_off, new_year, 2013, "cv-9570-2012", "2013-01-05", ""},
    EntryRow{"2013-01-05", make_up_working_day, new_year, 2013, "cv-9570-2012", "2012-12-31", ""},
    EntryRow{"2013-02-15", swapped_day_off, lunar_new_year, 2013, "cv-9570-2012", "2013-02-23", ""},
    EntryRow{"2013-02-23", make_up_working_day, lunar_new_year, 2013, "cv-9570-2012", "2013-02-15",
             ""},
    EntryRow{"2013-04-29", swapped_day_off, reunification, 2013, "cv-9570-2012", "2013-05-04", ""},
    EntryRow{"2013-05-04", make_up_working_day, reunification, 2013, "cv-9570-2012", "2013-04-29",
             ""},
    // ---- 2014: Tết Giáp Ngọ (Tết = Friday 31/01), the first five-day Tết
    EntryRow{"2014-01-25", make_up_working_day, lunar_new_year, 2014, "cv-10525-2013", "2014-01-28",
             ""},
    EntryRow{"2014-01-28", swapped_day_off, lunar_new_year, 2014, "cv-10525-2013", "2014-01-25", ""},
    EntryRow{"2014-01-29", swapped_day_off, lunar_new_year, 2014, "cv-10525-2013", "2014-02-08", ""},
    EntryRow{"2014-01-30", holiday, lunar_new_year, 2014, "cv-10525-2013", "", "30 tháng Chạp"},
    EntryRow{"2014-01-31", holiday, lunar_new_year, 2014, "cv-10525-2013", "", "mùng 1"},
    EntryRow{"2014-02-01", holiday, lunar_new_year, 2014, "cv-10525-2013", "", "mùng 2"},
    EntryRow{"2014-02-02", holiday, lunar_new_year, 2014, "cv-10525-2013", "", "mùng 3"},
    EntryRow{"2014-02-03", holiday, lunar_new_year, 2014, "cv-10525-2013", "", "mùng 4"},
    EntryRow{"2014-02-04", compensatory, lunar_new_year, 2014, "cv-10525-2013", "2014-02-01", ""},
    EntryRow{"2014-02-05", compensatory, lunar_new_year, 2014, "cv-10525-2013", "2014-02-02", ""},
    EntryRow{"2014-02-08", make_up_working_day, lunar_new_year, 2014, "cv-10525-2013", "2014-01-29",
             ""},
    EntryRow{"2014-04-26", make_up_working_day, labour_day, 2014, "cv-10525-2013", "2014-05-02", ""},
    EntryRow{"2014-05-02", swapped_day_off, labour_day, 2014, "cv-10525-2013", "2014-04-26", ""},
    EntryRow{"2014-09-01", swapped_day_off, national_day, 2014, "cv-10525-2013", "2014-09-06", ""},
    EntryRow{"2014-09-06", make_up_working_day, national_day, 2014, "cv-10525-2013", "2014-09-01",
             ""},
    // ---- 2015: Tết Ất Mùi (Tết = Thursday 19/02); swaps, one across the year boundary
    EntryRow{"2014-12-27", make_up_working_day, new_year, 2015, "ttg-2015", "2015-01-02", ""},
    EntryRow{"2015-01-02", swapped_day_off, new_year, 2015, "ttg-2015", "2014-12-27", ""},
    EntryRow{"2015-02-14", make_up_working_day, lunar_new_year, 2015, "ttg-2015", "2015-02-16", ""},
    EntryRow{"2015-02-16", swapped_day_off, lunar_new_year, 2015, "ttg-2015", "2015-02-14", ""},
    EntryRow{"2015-02-17", holiday, lunar_new_year, 2015, "ttg-2015", "", "29 tháng Chạp"},
    EntryRow{"2015-02-18", holiday, lunar_new_year, 2015, "ttg-2015", "", "30 tháng Chạp"},
    EntryRow{"2015-02-19", holiday, lunar_new_year, 2015, "ttg-2015", "", "mùng 1"},
    EntryRow{"2015-02-20", holiday, lunar_new_year, 2015, "ttg-2015", "", "mùng 2"},
    EntryRow{"2015-02-21", holiday, lunar_new_year, 2015, "ttg-2015", "", "mùng 3"},
    EntryRow{"2015-02-23", compensatory, lunar_new_year, 2015, "ttg-2015", "2015-02-21", ""},
    EntryRow{"2015-04-25", make_up_working_day, hung_kings, 2015, "ttg-2015", "2015-04-29", ""},
    EntryRow{"2015-04-29", swapped_day_off, hung_kings, 2015, "ttg-2015", "2015-04-25", ""},
    // ---- 2016: Tết Bính Thân (Tết = Monday 08/02), no swap
    EntryRow{"2016-02-07", holiday, lunar_new_year, 2016, "tb-4659-2015", "", "29 tháng Chạp"},
    EntryRow{"2016-02-08", holiday, lunar_new_year, 2016, "tb-4659-2015", "", "mùng 1"},
    EntryRow{"2016-02-09", holiday, lunar_new_year, 2016, "tb-4659-2015", "", "mùng 2"},
    EntryRow{"2016-02-10", holiday, lunar_new_year, 2016, "tb-4659-2015", "", "mùng 3"},
    EntryRow{"2016-02-11", holiday, lunar_new_year, 2016, "tb-4659-2015", "", "mùng 4"},
    EntryRow{"2016-02-12", compensatory, lunar_new_year, 2016, "tb-4659-2015", "2016-02-07", ""},
    // ---- 2017: Tết Đinh Dậu (Tết = Saturday 28/01), no swap
    EntryRow{"2017-01-26", holiday, lunar_new_year, 2017, "ttg-2017-tet", "", "29 tháng Chạp"},
    EntryRow{"2017-01-27", holiday, lunar_new_year, 2017, "ttg-2017-tet", "", "30 tháng Chạp"},
    EntryRow{"2017-01-28", holiday, lunar_new_year, 2017, "ttg-2017-tet", "", "mùng 1"},
    EntryRow{"2017-01-29", holiday, lunar_new_year, 2017, "ttg-2017-tet", "", "mùng 2"},
    EntryRow{"2017-01-30", holiday, lunar_new_year, 2017, "ttg-2017-tet", "", "mùng 3"},
    EntryRow{"2017-01-31", compensatory, lunar_new_year, 2017, "ttg-2017-tet", "2017-01-28", ""},
    EntryRow{"2017-02-01", compensatory, lunar_new_year, 2017, "ttg-2017-tet", "2017-01-29", ""},
    // ---- 2018: Tết Mậu Tuất (Tết = Friday 16/02), no swap
    EntryRow{"2018-02-14", holiday, lunar_new_year, 2018, "tb-5427-2017", "", "29 tháng Chạp"},
    EntryRow{"2018-02-15", holiday, lunar_new_year, 2018, "tb-5427-2017", "", "30 tháng Chạp"},
    EntryRow{"2018-02-16", holiday, lunar_new_year, 2018, "tb-5427-2017", "", "mùng 1"},
    EntryRow{"2018-02-17", holiday, lunar_new_year, 2018, "tb-5427-2017", "", "mùng 2"},
    EntryRow{"2018-02-18", holiday, lunar_new_year, 2018, "tb-5427-2017", "", "mùng 3"},
    EntryRow{"2018-02-19", compensatory, lunar_new_year, 2018, "tb-5427-2017", "2018-02-17", ""},
    EntryRow{"2018-02-20", compensatory, lunar_new_year, 2018, "tb-5427-2017", "2018-02-18", ""},
    // ---- 2019: swaps 31/12/2018 ↔ 05/01/2019 and 29/04 ↔ 04/05; Tết Kỷ Hợi (Tết = Tuesday 05/02)
    EntryRow{"2018-12-31", swapped_day_off, new_year, 2019, "tb-3238-2018", "2019-01-05", ""},
    EntryRow{"2019-01-05", make_up_working_day, new_year, 2019, "tb-3238-2018", "2018-12-31", ""},
    EntryRow{"2019-02-03", holiday, lunar_new_year, 2019, "tb-3238-2018", "", "29 tháng Chạp"},
    EntryRow{"2019-02-04", holiday, lunar_new_year, 2019, "tb-3238-2018", "", "30 tháng Chạp"},
    EntryRow{"2019-02-05", holiday, lunar_new_year, 2019, "tb-3238-2018", "", "mùng 1"},
    EntryRow{"2019-02-06", holiday, lunar_new_year, 2019, "tb-3238-2018", "", "mùng 2"},
    EntryRow{"2019-02-07", holiday, lunar_new_year, 2019, "tb-3238-2018", "", "mùng 3"},
    EntryRow{"2019-02-08", compensatory, lunar_new_year, 2019, "tb-3238-2018", "2019-02-03", ""},
    EntryRow{"2019-04-29", swapped_day_off, reunification, 2019, "tb-3238-2018", "2019-05-04", ""},
    EntryRow{"2019-05-04", make_up_working_day, reunification, 2019, "tb-3238-2018", "2019-04-29",
             ""},
    // ---- 2020: Tết Canh Tý (Tết = Saturday 25/01)
    EntryRow{"2020-01-23", holiday, lunar_new_year, 2020, "tb-4544-2019", "", "29 tháng Chạp"},
    EntryRow{"2020-01-24", holiday, lunar_new_year, 2020, "tb-4544-2019", "", "30 tháng Chạp"},
    EntryRow{"2020-01-25", holiday, lunar_new_year, 2020, "tb-4544-2019", "", "mùng 1"},
    EntryRow{"2020-01-26", holiday, lunar_new_year, 2020, "tb-4544-2019", "", "mùng 2"},
    EntryRow{"2020-01-27", holiday, lunar_new_year, 2020, "tb-4544-2019", "", "mùng 3"},
    EntryRow{"2020-01-28", compensatory, lunar_new_year, 2020, "tb-4544-2019", "2020-01-25", ""},
    EntryRow{"2020-01-29", compensatory, lunar_new_year, 2020, "tb-4544-2019", "2020-01-26", ""},
    // ---- 2021: Tết Tân Sửu (Tết = Friday 12/02); Quốc khánh Thursday 02/09 + Friday 03/09
    EntryRow{"2021-02-10", holiday, lunar_new_year, 2021, "tb-4875-2020", "", "29 tháng Chạp"},
    EntryRow{"2021-02-11", holiday, lunar_new_year, 2021, "tb-4875-2020", "", "30 tháng Chạp"},
    EntryRow{"2021-02-12", holiday, lunar_new_year, 2021, "tb-4875-2020", "", "mùng 1"},
    EntryRow{"2021-02-13", holiday, lunar_new_year, 2021, "tb-4875-2020", "", "mùng 2"},
    EntryRow{"2021-02-14", holiday, lunar_new_year, 2021, "tb-4875-2020", "", "mùng 3"},
    EntryRow{"2021-02-15", compensatory, lunar_new_year, 2021, "tb-4875-2020", "2021-02-13", ""},
    EntryRow{"2021-02-16", compensatory, lunar_new_year, 2021, "tb-4875-2020", "2021-02-14", ""},
    EntryRow{"2021-09-02", holiday, national_day, 2021, "tb-4875-2020", "", ""},
    EntryRow{"2021-09-03", holiday, national_day, 2021, "tb-4875-2020", "", "ngày liền kề"},
    // ---- 2022: Tết Nhâm Dần (Tết = Tuesday 01/02); Quốc khánh Thursday 01/09 + Friday 02/09
    EntryRow{"2022-01-31", holiday, lunar_new_year, 2022, "tb-2022-tet", "", "29 tháng Chạp"},
    EntryRow{"2022-02-01", holiday, lunar_new_year, 2022, "tb-2022-tet", "", "mùng 1"},
    EntryRow{"2022-02-02", holiday, lunar_new_year, 2022, "tb-2022-tet", "", "mùng 2"},
    EntryRow{"2022-02-03", holiday, lunar_new_year, 2022, "tb-2022-tet", "", "mùng 3"},
    EntryRow{"2022-02-04", holiday, lunar_new_year, 2022, "tb-2022-tet", "", "mùng 4"},
    EntryRow{"2022-09-01", holiday, national_day, 2022, "tb-2022-tet", "", "ngày liền kề"},
    EntryRow{"2022-09-02", holiday, national_day, 2022, "tb-2022-tet", "", ""},
    // ---- 2023: Tết Quý Mão (Tết = Sunday 22/01); Quốc khánh Friday 01/09 + Saturday 02/09
    EntryRow{"2023-01-20", holiday, lunar_new_year, 2023, "tb-5034-2022", "", "29 tháng Chạp"},
    EntryRow{"2023-01-21", holiday, lunar_new_year, 2023, "tb-5034-2022", "", "30 tháng Chạp"},
    EntryRow{"2023-01-22", holiday, lunar_new_year, 2023, "tb-5034-2022", "", "mùng 1"},
    EntryRow{"2023-01-23", holiday, lunar_new_year, 2023, "tb-5034-2022", "", "mùng 2"},
    EntryRow{"2023-01-24", holiday, lunar_new_year, 2023, "tb-5034-2022", "", "mùng 3"},
    EntryRow{"2023-01-25", compensatory, lunar_new_year, 2023, "tb-5034-2022", "2023-01-21", ""},
    EntryRow{"2023-01-26", compensatory, lunar_new_year, 2023, "tb-5034-2022", "2023-01-22", ""},
    EntryRow{"2023-09-01", holiday, national_day, 2023, "tb-5034-2022", "", "ngày liền kề"},
    EntryRow{"2023-09-02", holiday, national_day, 2023, "tb-5034-2022", "", ""},
    EntryRow{"2023-09-04", compensatory, national_day, 2023, "tb-5034-2022", "2023-09-02", ""},
    // ---- 2024: Tết Giáp Thìn (Tết = Saturday 10/02); swap 29/04 ↔ 04/05; Quốc khánh 02–03/09
    EntryRow{"2024-02-08", holiday, lunar_new_year, 2024, "tb-2024-tet", "", "29 tháng Chạp"},
    EntryRow{"2024-02-09", holiday, lunar_new_year, 2024, "tb-2024-tet", "", "30 tháng Chạp"},
    EntryRow{"2024-02-10", holiday, lunar_new_year, 2024, "tb-2024-tet", "", "mùng 1"},
    EntryRow{"2024-02-11", holiday, lunar_new_year, 2024, "tb-2024-tet", "", "mùng 2"},
    EntryRow{"2024-02-12", holiday, lunar_new_year, 2024, "tb-2024-tet", "", "mùng 3"},
    EntryRow{"2024-02-13", compensatory, lunar_new_year, 2024, "tb-2024-tet", "2024-02-10", ""},
    EntryRow{"2024-02-14", compensatory, lunar_new_year, 2024, "tb-2024-tet", "2024-02-11", ""},
    EntryRow{"2024-04-29", swapped_day_off, reunification, 2024, "cv-2450-2024", "2024-05-04", ""},
    EntryRow{"2024-05-04", make_up_working_day, reunification, 2024, "cv-2450-2024", "2024-04-29",
             ""},
    EntryRow{"2024-09-02", holiday, national_day, 2024, "tb-2024-tet", "", ""},
    EntryRow{"2024-09-03", holiday, national_day, 2024, "tb-2024-tet", "", "ngày liền kề"},
    // ---- 2025: Tết Ất Tỵ (Tết = Wednesday 29/01); swap 02/05 ↔ 26/04; Quốc khánh 01–02/09
    EntryRow{"2025-01-27", holiday, lunar_new_year, 2025, "tb-6150-2024", "", "28 tháng Chạp"},
    EntryRow{"2025-01-28", holiday, lunar_new_year, 2025, "tb-6150-2024", "", "29 tháng Chạp"},
    EntryRow{"2025-01-29", holiday, lunar_new_year, 2025, "tb-6150-2024", "", "mùng 1"},
    EntryRow{"2025-01-30", holiday, lunar_new_year, 2025, "tb-6150-2024", "", "mùng 2"},
    EntryRow{"2025-01-31", holiday, lunar_new_year, 2025, "tb-6150-2024", "", "mùng 3"},
    EntryRow{"2025-05-02", swapped_day_off, labour_day, 2025, "tb-6150-2024", "2025-04-26", ""},
    EntryRow{"2025-04-26", make_up_working_day, labour_day, 2025, "tb-6150-2024", "2025-05-02", ""},
    EntryRow{"2025-09-01", holiday, national_day, 2025, "tb-6150-2024", "", "ngày liền kề"},
    EntryRow{"2025-09-02", holiday, national_day, 2025, "tb-6150-2024", "", ""},
    // ---- 2026: swap 02/01 ↔ 10/01; Tết Bính Ngọ (Tết = Tuesday 17/02); Quốc khánh 01–02/09 and
    // swap 31/08 ↔ 22/08
    EntryRow{"2026-01-02", swapped_day_off, new_year, 2026, "cv-12729-2025", "2026-01-10", ""},
    EntryRow{"2026-01-10", make_up_working_day, new_year, 2026, "cv-12729-2025", "2026-01-02", ""},
    EntryRow{"2026-02-16", holiday, lunar_new_year, 2026, "tb-9441-2025", "", "29 tháng Chạp"},
    EntryRow{"2026-02-17", holiday, lunar_new_year, 2026, "tb-9441-2025", "", "mùng 1"},
    EntryRow{"2026-02-18", holiday, lunar_new_year, 2026, "tb-9441-2025", "", "mùng 2"},
    EntryRow{"2026-02-19", holiday, lunar_new_year, 2026, "tb-9441-2025", "", "mùng 3"},
    EntryRow{"2026-02-20", holiday, lunar_new_year, 2026, "tb-9441-2025", "", "mùng 4"},
    EntryRow{"2026-08-31", swapped_day_off, national_day, 2026, "tb-9441-2025", "2026-08-22", ""},
    EntryRow{"2026-08-22", make_up_working_day, national_day, 2026, "tb-9441-2025", "2026-08-31",
             ""},
    EntryRow{"2026-09-01", holiday, national_day, 2026, "tb-9441-2025", "", "ngày liền kề"},
    EntryRow{"2026-09-02", holiday, national_day, 2026, "tb-9441-2025", "", ""},
};

}  // namespace

std::span<const DocumentRow> builtin_documents() noexcept { return documents; }
std::span<const EntryRow> builtin_entries() noexcept { return entries; }
std::string_view builtin_verified_through() noexcept { return "2026-12-31"; }

}  // namespace govplan::detail
