// import_parties.cpp — names of bodies, officials and groups in plan text (import_plan.hpp).
#include <string>

#include "import_plan.hpp"

namespace govplan::import_plan {

namespace {

// Words that begin the name of a body, an official or a group of them.
const std::vector<std::string>& heads() {
  static const std::vector<std::string> words = folded({
      "ủy ban nhân dân", "ủy ban", "ubnd", "hđnd", "hội đồng nhân dân", "hội đồng", "chủ tịch",
      "phó chủ tịch", "sở", "bộ", "bộ trưởng", "phòng", "ban", "ban chỉ đạo", "ban chỉ huy",
      "ban thường vụ", "ban chấp hành", "văn phòng", "tổng cục", "cục", "chi cục", "thủ tướng",
      "chính phủ", "quốc hội", "tỉnh ủy", "thành ủy", "huyện ủy", "thị ủy", "quận ủy", "đảng ủy",
      "trung tâm", "viện", "kho bạc", "công an", "mặt trận", "ubmttq", "mttq", "thường trực",
      "giám đốc", "phó giám đốc", "trưởng", "thủ trưởng", "chủ nhiệm", "tòa án", "viện kiểm sát",
      "thanh tra", "bộ chỉ huy", "bcđ", "đoàn", "hội", "công chức", "cán bộ", "đài", "trường",
      "bệnh viện", "liên đoàn", "các", "những", "người đứng đầu", "lãnh đạo", "bí thư",
      "thành đoàn", "tỉnh đoàn", "huyện đoàn", "ngân hàng", "bưu điện", "cơ quan", "đơn vị"});
  return words;
}

// Words after the subject of a sentence: its verb ("Phòng Tư pháp tham mưu …").
const std::vector<std::string>& verbs() {
  static const std::vector<std::string> words = folded({
      "tham mưu", "chủ trì", "phối hợp", "xem xét", "có trách nhiệm", "chịu trách nhiệm",
      "thực hiện", "tổ chức", "triển khai", "hướng dẫn", "theo dõi", "chỉ đạo", "bố trí",
      "báo cáo", "được giao", "xây dựng", "kiểm tra", "đôn đốc", "tổng hợp", "cân đối",
      "đảm bảo", "bảo đảm", "giao", "là cơ quan", "là đơn vị", "phân công", "tăng cường",
      "quán triệt", "nghiên cứu", "lập", "đề xuất", "cung cấp", "rà soát", "tiếp tục", "gửi",
      "căn cứ", "có nhiệm vụ", "trình", "tuyên truyền", "phổ biến", "vận động", "đẩy mạnh",
      "chủ động", "thường xuyên", "định kỳ", "hằng năm", "hàng năm", "khẩn trương", "cử",
      "thành lập", "ban hành", "bổ sung", "cập nhật", "giám sát", "hỗ trợ", "sử dụng", "dự toán",
      "tập trung", "lồng ghép", "huy động", "đăng tải", "tập huấn", "nắm", "quan tâm", "phát huy",
      "đề nghị", "yêu cầu", "cần", "phải", "sẽ", "đã", "vừa"});
  return words;
}

const std::vector<std::string>& official_heads() {
  static const std::vector<std::string> words = folded({
      "công chức", "cán bộ", "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "trưởng",
      "phó trưởng", "thủ trưởng", "bí thư", "chánh văn phòng", "người đứng đầu", "lãnh đạo",
      "bộ trưởng", "thủ tướng", "chủ nhiệm", "ct", "pct"});
  return words;
}

const std::vector<std::string>& group_heads() {
  static const std::vector<std::string> words = folded({"các", "những", "mọi", "toàn thể"});
  return words;
}

// "tổ chức" names organisations after "các", "những", "và" or a comma, or before "chính trị",
// "liên quan", "đoàn thể", "xã hội".
bool noun_use_of_to_chuc(std::string_view key, std::size_t pos) {
  static const std::vector<std::string> before = folded({"các ", "những ", "và ", ", "});
  static const std::vector<std::string> after =
      folded({"chính trị", "liên quan", "đoàn thể", "xã hội", "hội", "kinh tế", "cá nhân"});
  for (const std::string& b : before) {
    if (pos >= b.size() && key.compare(pos - b.size(), b.size(), b) == 0) return true;
  }
  static const std::string to_chuc = fold("tổ chức ");
  const std::size_t next = pos + to_chuc.size();
  return next <= key.size() && longest_at(key, next, after) != 0;
}

}  // namespace

const std::vector<std::string>& unit_words() {
  static const std::vector<std::string> words = folded(
      {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"});
  return words;
}

std::size_t party_head_at(std::string_view key, std::size_t pos) noexcept {
  return longest_at(key, pos, heads());
}

PartyKind party_kind(std::string_view name) {
  const std::string key = fold(strip(name, "-+•,;:."));
  if (longest_at(key, 0, official_heads()) != 0) return PartyKind::official;
  if (longest_at(key, 0, group_heads()) != 0) return PartyKind::group;
  // "UBND các xã", "Thủ trưởng các cơ quan": a head followed by "các" within three words.
  const std::vector<std::size_t> ws = word_starts(key);
  for (std::size_t k = 1; k < ws.size() && k < 4; ++k) {
    if (word_at(key, ws[k], "các")) return PartyKind::group;
  }
  return PartyKind::body;
}

std::vector<Party> parties(std::string_view text) {
  std::vector<Party> out;
  const std::string key = fold(text);
  std::size_t start = 0;
  const auto add = [&](std::size_t b, std::size_t e) {
    std::string_view part = strip(text.substr(b, e - b), ",.;:");
    const std::string part_key = fold(part);
    if (word_at(part_key, 0, "và")) part = strip(part.substr(3), ",.;:");
    if (part.empty() || word_count(part) == 0) return;
    out.push_back(Party{party_kind(part), std::string(part)});
  };
  for (std::size_t i = 0; i < key.size(); ++i) {
    std::size_t next = std::string::npos;
    if (key[i] == ';') {
      next = i + 1;
    } else if (key[i] == ',' || word_at(key, i, "và")) {
      std::size_t w = i + (key[i] == ',' ? 1 : 3);
      while (w < key.size() && key[w] == ' ') ++w;
      if (party_head_at(key, w) == 0) continue;
      next = w;
    } else {
      continue;
    }
    add(start, i);
    start = next;
    i = next - 1;
  }
  add(start, text.size());
  return out;
}

std::optional<Party> subject_of(std::string_view text, std::string_view key, std::size_t from) {
  while (from < key.size() && key[from] == ' ') ++from;
  if (party_head_at(key, from) == 0) return std::nullopt;
  static const std::string to_chuc = fold("tổ chức");
  std::size_t end = std::string::npos;
  std::size_t words = 0;
  for (std::size_t i = from; i < key.size(); ++i) {
    const char c = key[i];
    if (c == ':' || c == ';' || c == '.' || c == '(') {
      end = i;
      break;
    }
    if (alnum_before(key, i) || !alnum_at(key, i)) continue;
    if (++words > 16) return std::nullopt;
    if (i == from) continue;
    // A verb in lower case ends the subject; names write their words with capitals.
    const std::size_t v = longest_at(key, i, verbs());
    if (v == 0 || starts_upper(text.substr(i, 4))) continue;
    if (key.compare(i, to_chuc.size(), to_chuc) == 0 && noun_use_of_to_chuc(key, i)) continue;
    end = i;
    break;
  }
  if (end == std::string::npos) return std::nullopt;
  const std::string_view name = strip(text.substr(from, end - from), ",-–");
  if (name.empty()) return std::nullopt;
  return Party{party_kind(name), std::string(name)};
}

}  // namespace govplan::import_plan
