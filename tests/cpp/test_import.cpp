// Tests of govplan::import_plan_text (govplan/import.hpp): the seed plan against its hand-made
// model, each part of a plan's text on small examples, every corpus document (nothing thrown, an
// issuer, a title and a type read, every line accounted for), and random and truncated input.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/document.hpp"
#include "govplan/error.hpp"
#include "govplan/import.hpp"
#include "govplan/json.hpp"
#include "govplan/plan.hpp"
#include "govplan/vntext.hpp"
#include "support.hpp"

using govplan::Finding;
using govplan::ImportResult;
using govplan::Party;
using govplan::PartyKind;
using govplan::Plan;
using govplan::Severity;
using govplan::TimeframeKind;

namespace {

// ---- helpers ----------------------------------------------------------------------------------

// `text` with every run of white space as one space and none at either end: free text is
// compared modulo white space (converted text breaks lines and doubles spaces at will).
std::string squeeze(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool same_text(std::string_view a, std::string_view b) { return squeeze(a) == squeeze(b); }

bool same_optional_text(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || same_text(*a, *b);
}

bool same_party(const std::optional<Party>& a, const std::optional<Party>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->kind == b->kind && same_text(a->name, b->name));
}

bool same_parties(const std::vector<Party>& a, const std::vector<Party>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!same_party(a[i], b[i])) return false;
  }
  return true;
}

bool same_ref(const govplan::DocumentRef& a, const govplan::DocumentRef& b) {
  return a.type() == b.type() && a.number() == b.number() && a.date() == b.date() &&
         a.year() == b.year() && same_optional_text(a.issuer(), b.issuer()) &&
         same_optional_text(a.title(), b.title()) && same_optional_text(a.part(), b.part());
}

// Two timeframes of the same kind with the same data and, modulo white space, the same text.
void check_timeframe(const govplan::Timeframe& got, const govplan::Timeframe& want) {
  CHECK(same_text(got.text(), want.text()));
  REQUIRE(got.kind() == want.kind());
  switch (got.kind()) {
    case TimeframeKind::regular: CHECK(got.regular() == want.regular()); break;
    case TimeframeKind::due: CHECK(got.due() == want.due()); break;
    case TimeframeKind::within: CHECK(got.within() == want.within()); break;
    case TimeframeKind::recurring: CHECK(got.recurring() == want.recurring()); break;
    case TimeframeKind::upstream_schedule: {
      const auto& g = got.upstream_schedule();
      const auto& w = want.upstream_schedule();
      CHECK(same_parties(g.source_bodies, w.source_bodies));
      REQUIRE(g.source_document.has_value() == w.source_document.has_value());
      if (g.source_document) CHECK(same_ref(*g.source_document, *w.source_document));
      CHECK(g.window == w.window);
      break;
    }
    case TimeframeKind::after_event: {
      const auto& g = got.after_event();
      const auto& w = want.after_event();
      CHECK(g.trigger == w.trigger);
      CHECK(same_parties(g.trigger_by, w.trigger_by));
      CHECK(g.offset == w.offset);
      CHECK(g.window == w.window);
      break;
    }
    case TimeframeKind::on_request:
      CHECK(same_parties(got.on_request().requested_by, want.on_request().requested_by));
      break;
    case TimeframeKind::composite: CHECK(got.composite() == want.composite()); break;
    case TimeframeKind::unparsed: break;
  }
}

ImportResult import(std::string_view text) { return govplan::import_plan_text(text); }

// A corpus document without its metadata lines (SOURCE:, LEVEL:, NOTE:), which become empty lines
// so that line numbers stay those of the file.
std::string corpus_text(const std::string& path) {
  const std::vector<std::string> lines = test_support::lines_of(test_support::read_file(path));
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    const bool meta = i < 3 && (l.rfind("SOURCE:", 0) == 0 || l.rfind("LEVEL:", 0) == 0 ||
                                l.rfind("NOTE:", 0) == 0);
    if (i > 0) out += '\n';
    if (!meta) out += l;
  }
  return out;
}

std::vector<std::string> corpus_documents() {
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(std::string(GOVPLAN_TEST_DATA_DIR) +
                                                           "/corpus/documents")) {
    if (e.path().extension() == ".txt") paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

const Finding* find(const ImportResult& r, std::string_view code) {
  for (const Finding& f : r.diagnostics) {
    if (f.code() == code) return &f;
  }
  return nullptr;
}

std::size_t count(const ImportResult& r, std::string_view code) {
  return static_cast<std::size_t>(std::count_if(
      r.diagnostics.begin(), r.diagnostics.end(), [&](const Finding& f) { return f.code() == code; }));
}

// ---- the accounting checker -------------------------------------------------------------------
//
// Every non-empty line of the input must be accounted for: its words must be found, in the same
// order and next to each other, in the plan or in a diagnostic. A line is cut into chunks at
// punctuation, at numbers (dates and numbers are rewritten: "ngày 13 tháng 11 năm 2020" is kept
// as a date) and at the words the plan's grammar consumes ("Số:", "Công chức thực hiện:",
// "Nơi nhận:", "phối hợp" …); each chunk must appear whole in one string of the plan or one
// diagnostic. The checker knows nothing of how the importer works beyond those labels.

using Words = std::vector<std::string>;

bool word_char(char32_t c) {
  return (c < 0x80 && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x300 && c <= 0x36F) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

char32_t next_char(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  len = std::min(len, s.size() - i);
  char32_t c = len == 1 ? b : (b & (0xFF >> (len + 1)));
  for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return c;
}

// The chunks of a line: runs of words between punctuation; numbers split chunks and are dropped.
std::vector<Words> chunks_of(std::string_view line) {
  const std::string key = govplan::vntext::match_key(line);
  std::vector<Words> chunks(1);
  std::string word;
  const auto end_word = [&](bool end_chunk) {
    if (!word.empty()) {
      const bool number = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (number) {
        end_chunk = true;
      } else {
        chunks.back().push_back(word);
      }
      word.clear();
    }
    if (end_chunk && !chunks.back().empty()) chunks.emplace_back();
  };
  for (std::size_t i = 0; i < key.size();) {
    const std::size_t at = i;
    const char32_t c = next_char(key, i);
    if (word_char(c)) {
      word.append(key.substr(at, i - at));
    } else {
      end_word(c != U' ');
    }
  }
  end_word(true);
  if (chunks.back().empty()) chunks.pop_back();
  return chunks;
}

Words words_of(std::string_view text) {
  Words out;
  for (const Words& c : chunks_of(text)) out.insert(out.end(), c.begin(), c.end());
  return out;
}

// Words the grammar of a plan consumes (labels, openers, markers of the signature block).
const std::vector<Words>& labels() {
  static const std::vector<Words> all = [] {
    std::vector<Words> v;
    for (const char* l :
         {"số", "căn cứ", "thực hiện", "theo", "và", "nơi nhận", "lưu", "tm", "kt", "tl", "tuq", "q",
          "công chức thực hiện", "cơ quan chủ trì", "đơn vị chủ trì", "chủ trì", "cơ quan phối hợp",
          "đơn vị phối hợp", "phối hợp", "với", "thời gian thực hiện", "thời gian", "thời hạn",
          "sản phẩm", "stt", "tt", "nội dung", "cơ quan thực hiện", "đơn vị thực hiện", "ghi chú"}) {
      v.push_back(words_of(l));
    }
    std::sort(v.begin(), v.end(), [](const Words& a, const Words& b) { return a.size() > b.size(); });
    return v;
  }();
  return all;
}

// The chunks of a line with the grammar's words taken out (they split a chunk).
std::vector<Words> content_chunks(std::string_view line) {
  std::vector<Words> out;
  for (const Words& c : chunks_of(line)) {
    Words cur;
    for (std::size_t i = 0; i < c.size();) {
      std::size_t skip = 0;
      for (const Words& l : labels()) {
        if (i + l.size() <= c.size() && std::equal(l.begin(), l.end(), c.begin() + static_cast<std::ptrdiff_t>(i))) {
          skip = l.size();
          break;
        }
      }
      if (skip != 0) {
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
        i += skip;
        continue;
      }
      cur.push_back(c[i++]);
    }
    if (!cur.empty()) out.push_back(cur);
  }
  return out;
}

// Everything the plan and the diagnostics say, one string each.
std::vector<std::string> plan_strings(const ImportResult& r) {
  const Plan& p = r.plan;
  std::vector<std::string> s;
  const auto party = [&](const std::optional<Party>& x) {
    if (x) s.push_back(x->name);
  };
  const auto ref = [&](const govplan::DocumentRef& d) {
    std::string cited;
    if (d.part()) cited += *d.part() + " kèm theo ";
    if (d.type()) cited += std::string(govplan::display_name(*d.type())) + " ";
    if (d.number()) cited += "số " + d.number()->to_string() + " ";
    if (d.issuer()) cited += "của " + *d.issuer() + " ";
    if (d.title()) cited += *d.title();
    s.push_back(cited);
    s.push_back(d.to_string());
  };
  s.push_back(std::string(govplan::display_name(p.type)) + " " + p.title);
  if (p.number) s.push_back(p.number->to_string());
  s.push_back(p.issuer);
  s.push_back(p.place);
  if (p.date_line) s.push_back(*p.date_line);
  s.push_back(p.title);
  if (p.signer) s.push_back(p.signer->to_string());
  for (const std::string& x : p.recipients) s.push_back(x);
  std::string archive;
  for (const std::string& x : p.archive) archive += x + ", ";
  s.push_back(archive);
  for (const auto& i : p.implements) ref(i.document);
  s.push_back(p.purpose);
  s.push_back(p.requirements);
  for (const auto& x : p.sections) {
    s.push_back(x.id + " " + x.title);
    s.push_back(x.text);
  }
  for (const auto& t : p.tasks) {
    s.push_back(t.id);
    s.push_back(t.content);
    party(t.lead);
    for (const Party& c : t.coordinators) s.push_back(c.name);
    s.push_back(t.timeframe.text());
    for (const std::string& o : t.outputs) s.push_back(o);
  }
  for (const auto& o : p.reporting) {
    s.push_back(o.text);
    party(o.reporter);
  }
  for (const auto& f : p.funding) {
    s.push_back(f.text);
    party(f.arranged_by);
  }
  for (const Finding& f : r.diagnostics) s.push_back(f.message(govplan::Lang::vi));
  return s;
}

struct Unaccounted {
  std::size_t line = 0;
  std::string text;
  std::string chunk;
};

// The lines of `input` some of whose words appear nowhere in the plan or the diagnostics.
std::vector<Unaccounted> unaccounted(std::string_view input, const ImportResult& r) {
  std::vector<Words> hay;
  for (const std::string& s : plan_strings(r)) hay.push_back(words_of(s));
  const auto found = [&](const Words& chunk) {
    for (const Words& h : hay) {
      if (std::search(h.begin(), h.end(), chunk.begin(), chunk.end()) != h.end()) return true;
    }
    return false;
  };
  std::vector<Unaccounted> out;
  const std::vector<std::string> lines = test_support::lines_of(input);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    for (const Words& chunk : content_chunks(lines[i])) {
      if (found(chunk)) continue;
      std::string c;
      for (const std::string& w : chunk) c += (c.empty() ? "" : " ") + w;
      out.push_back({i + 1, lines[i], c});
      break;
    }
  }
  return out;
}

void check_accounted(std::string_view input, const ImportResult& r, const std::string& name) {
  for (const Unaccounted& u : unaccounted(input, r)) {
    FAIL_CHECK(name << " line " << u.line << " is not accounted for (\"" << u.chunk << "\"): " << u.text);
  }
}

// Every diagnostic points at a line of the input and quotes or names what it is about.
void check_diagnostics_located(std::string_view input, const ImportResult& r) {
  const std::size_t lines = test_support::lines_of(input).size();
  for (const Finding& f : r.diagnostics) {
    INFO(f.code() << ": " << f.message(govplan::Lang::en));
    CHECK(f.code().rfind("import.", 0) == 0);
    REQUIRE(f.where().line().has_value());
    CHECK(*f.where().line() >= 1);
    CHECK(*f.where().line() <= std::max<std::size_t>(lines, 1));
    CHECK_FALSE(f.message(govplan::Lang::vi).empty());
    CHECK_FALSE(f.message(govplan::Lang::en).empty());
  }
}

}  // namespace

// ---- the seed plan ----------------------------------------------------------------------------

TEST_CASE("importing the seed plan gives its hand-made model, field by field") {
  const std::string text = test_support::data_file("seed-chanh-lo-2024.txt");
  const ImportResult r = import(text);
  const Plan want = govplan::load_plan(
      test_support::read_file(std::string(GOVPLAN_EXAMPLES_DIR) + "/plans/chanh-lo-2024.json"));
  const Plan& got = r.plan;

  // Identity: a draft (no number, no day) of UBND phường Chánh Lộ. The header of the seed names
  // no issuing body: it is read from "UBND phường ban hành Kế hoạch …" and completed with the
  // place the date line gives, as the title names it ("trên địa bàn phường Chánh Lộ").
  CHECK(got.type == want.type);
  CHECK(got.number == want.number);
  CHECK(got.number->is_draft());
  CHECK(got.issuer == want.issuer);
  CHECK(got.level == want.level);
  CHECK(got.place == want.place);
  CHECK(got.issue_date == want.issue_date);
  CHECK(same_optional_text(got.date_line, want.date_line));
  CHECK(same_text(got.title, want.title));
  CHECK(got.signer == want.signer);
  CHECK(got.recipients == want.recipients);
  CHECK(got.recipients.size() == 7);
  CHECK(got.archive == want.archive);

  // What it implements: two plans of the city, with what each is about.
  REQUIRE(got.implements.size() == want.implements.size());
  for (std::size_t i = 0; i < got.implements.size(); ++i) {
    INFO("implements " << i);
    CHECK(same_ref(got.implements[i].document, want.implements[i].document));
  }
  CHECK(got.window == want.window);
  CHECK(same_text(got.purpose, want.purpose));
  CHECK(same_text(got.requirements, want.requirements));

  REQUIRE(got.sections.size() == want.sections.size());
  for (std::size_t i = 0; i < got.sections.size(); ++i) {
    INFO("section " << want.sections[i].id);
    CHECK(got.sections[i].id == want.sections[i].id);
    CHECK(same_text(got.sections[i].title, want.sections[i].title));
    CHECK(same_text(got.sections[i].text, want.sections[i].text));
  }

  // Three tasks: regular, upstream schedule, after guidance; the official leads, partners follow.
  REQUIRE(got.tasks.size() == 3);
  REQUIRE(want.tasks.size() == 3);
  for (std::size_t i = 0; i < got.tasks.size(); ++i) {
    const govplan::Task& g = got.tasks[i];
    const govplan::Task& w = want.tasks[i];
    INFO("task " << w.id);
    CHECK(g.id == w.id);
    CHECK(g.section == w.section);
    CHECK(same_text(g.content, w.content));
    CHECK(same_party(g.lead, w.lead));
    CHECK(same_parties(g.coordinators, w.coordinators));
    check_timeframe(g.timeframe, w.timeframe);
    CHECK(g.outputs == w.outputs);
    CHECK(g.upstream_task == w.upstream_task);
  }
  CHECK(got.tasks[0].timeframe.kind() == TimeframeKind::regular);
  CHECK(got.tasks[1].timeframe.kind() == TimeframeKind::upstream_schedule);
  CHECK(got.tasks[2].timeframe.kind() == TimeframeKind::after_event);

  // The reporting duty, folded into the periodic legal-education report. The stream's regime
  // (Circular 12/2019/TT-BTP) is not in the sentence; parse_reporting_duty gives it by its rule
  // for streams on legal dissemination, so the field is compared like the others.
  REQUIRE(got.reporting.size() == 1);
  REQUIRE(want.reporting.size() == 1);
  const govplan::ReportingObligation& gr = got.reporting[0];
  const govplan::ReportingObligation& wr = want.reporting[0];
  CHECK(gr.id == wr.id);
  CHECK(same_text(gr.text, wr.text));
  CHECK(same_party(gr.reporter, wr.reporter));
  CHECK(same_party(gr.recipient, wr.recipient));
  CHECK(same_party(gr.intermediary, wr.intermediary));
  CHECK(gr.cadence == wr.cadence);
  CHECK(gr.due == wr.due);
  CHECK(gr.cutoff == wr.cutoff);
  REQUIRE(gr.integrated_into.has_value());
  REQUIRE(wr.integrated_into.has_value());
  CHECK(same_text(gr.integrated_into->name, wr.integrated_into->name));
  CHECK(gr.integrated_into->cadence == wr.integrated_into->cadence);
  CHECK(gr.integrated_into->due == wr.integrated_into->due);
  CHECK(gr.integrated_into->regime == wr.integrated_into->regime);

  REQUIRE(got.funding.size() == want.funding.size());
  for (std::size_t i = 0; i < got.funding.size(); ++i) {
    CHECK(same_party(got.funding[i].arranged_by, want.funding[i].arranged_by));
    CHECK(got.funding[i].sources == want.funding[i].sources);
    CHECK(same_text(got.funding[i].text, want.funding[i].text));
  }

  // Not compared: `extensions`, the hand-made model's note on where it came from, which no text
  // could give (the importer leaves it "{}").
  CHECK(got.extensions == "{}");
  CHECK(want.extensions != "{}");

  // The three documents the seed cites: two plans it implements, one its second task follows.
  const auto& source = got.tasks[1].timeframe.upstream_schedule().source_document;
  REQUIRE(source.has_value());
  CHECK(source->number() == govplan::DocumentNumber::parse("30/KH-UBND"));
}

TEST_CASE("the seed's diagnostics say what the importer did not place, where it stands") {
  const std::string text = test_support::data_file("seed-chanh-lo-2024.txt");
  const ImportResult r = import(text);
  CHECK_FALSE(r.has_errors());

  // A draft: no number, no day.
  const Finding* blank = find(r, "import.header.number_blank");
  REQUIRE(blank != nullptr);
  CHECK(blank->severity() == Severity::info);
  CHECK(blank->where().line() == test_support::locate(text, "/KH-UBND").line);
  REQUIRE(find(r, "import.date_line.day_blank") != nullptr);

  // The issuer is not in the header: a warning says where it was read instead.
  const Finding* issuer = find(r, "import.header.issuer_from_text");
  REQUIRE(issuer != nullptr);
  CHECK(issuer->severity() == Severity::warning);
  const auto clause = test_support::locate(text, "UBND phường ban hành");
  CHECK(issuer->where() == govplan::Location::in_text(clause.line, clause.column));

  // The responsibility of the ward's justice official is a sentence the model has no field for.
  const std::string duty = "Công chức tư pháp-hộ tịch phường tham mưu xây dựng Kế hoạch này";
  bool quoted = false;
  for (const Finding& f : r.diagnostics) {
    if (f.code() != "import.unplaced_text") continue;
    if (f.message(govplan::Lang::vi).find(duty) == std::string::npos) continue;
    quoted = true;
    const auto at = test_support::locate(text, duty);
    CHECK(f.where() == govplan::Location::in_text(at.line, at.column));
    CHECK(f.subject() == "III.1");
  }
  CHECK(quoted);
  CHECK(count(r, "import.unplaced_text") == 1);
  REQUIRE(find(r, "import.closing_sentence") != nullptr);
  REQUIRE(find(r, "import.abbreviation") != nullptr);
  CHECK(find(r, "import.abbreviation")->message(govplan::Lang::vi).find("(viết tắt là Đề án)") !=
        std::string::npos);
  check_diagnostics_located(text, r);
}

TEST_CASE("every line of the seed is accounted for in the plan or a diagnostic") {
  const std::string text = test_support::data_file("seed-chanh-lo-2024.txt");
  check_accounted(text, import(text), "seed");
}

TEST_CASE("the accounting checker finds the lines whose text the plan lost") {
  const std::string text = test_support::data_file("seed-chanh-lo-2024.txt");
  ImportResult r = import(text);
  r.plan.funding.clear();
  r.plan.tasks[1].timeframe = govplan::Timeframe();
  const std::vector<Unaccounted> lost = unaccounted(text, r);
  std::set<std::size_t> lines;
  for (const Unaccounted& u : lost) lines.insert(u.line);
  CHECK(lines.count(test_support::locate(text, "Công chức Tài chính-Kế toán phường").line) == 1);
  CHECK(lines.count(test_support::locate(text, "Theo kế hoạch của các cơ quan chủ trì").line) == 1);
  CHECK(lines.size() == 2);
}

TEST_CASE("the importer is deterministic and keeps the seed's text in NFC when given NFD") {
  const std::string text = test_support::data_file("seed-chanh-lo-2024.txt");
  const ImportResult a = import(text);
  const ImportResult b = import(text);
  CHECK(a.plan == b.plan);
  CHECK(a.diagnostics == b.diagnostics);
  // "Lộ" written decomposed (o + circumflex + dot below) reads as the composed name.
  std::string nfd = text;
  const std::string composed = "Chánh Lộ, ngày";
  const std::string decomposed = "Chánh Lo\xCC\x82\xCC\xA3, ngày";
  nfd.replace(nfd.find(composed), composed.size(), decomposed);
  const ImportResult c = import(nfd);
  CHECK(c.plan.place == "Chánh Lộ");
  CHECK(c.plan.issuer == "UBND phường Chánh Lộ");
}

// ---- parts of a plan ----------------------------------------------------------------------------

TEST_CASE("a header table converted with | separators gives the number, date and issuer") {
  const ImportResult r = import(
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
      "Số: 983/KH-UBND | Tây Ninh, ngày 15 tháng 5 năm 2019 |\n"
      "Thực hiện Quyết định số 471/QĐ-TTg ngày 26/4/2019 của Thủ tướng Chính phủ phê duyệt Đề án "
      "“Tăng cường ứng dụng công nghệ thông tin trong công tác phổ biến, giáo dục pháp luật giai "
      "đoạn 2019 - 2021”.\n"
      "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án trên địa bàn tỉnh như sau:\n"
      "I. MỤC ĐÍCH\n");
  CHECK(r.plan.number == govplan::DocumentNumber::parse("983/KH-UBND"));
  CHECK(r.plan.place == "Tây Ninh");
  CHECK(r.plan.issue_date == govplan::PartialDate(govplan::Date(2019, 5, 15)));
  // The header's "ỦY BAN NHÂN DÂN" names no unit; the issuing sentence completes it.
  CHECK(r.plan.issuer == "Ủy ban nhân dân tỉnh");
  CHECK(r.plan.title == "thực hiện Đề án trên địa bàn tỉnh");
  REQUIRE(r.plan.implements.size() == 1);
  CHECK(r.plan.implements[0].document.issuer() == "Thủ tướng Chính phủ");
  CHECK(same_text(*r.plan.implements[0].document.title(),
                  "phê duyệt Đề án “Tăng cường ứng dụng công nghệ thông tin trong công tác phổ "
                  "biến, giáo dục pháp luật giai đoạn 2019 - 2021”"));
  REQUIRE(find(r, "import.header.title_from_text") != nullptr);
  REQUIRE(find(r, "import.header.national_title") != nullptr);
}

TEST_CASE("a place name and an issuer broken over lines by the converter are joined") {
  const ImportResult r = import(
      "ỦY\nBAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố:\n24/KH-UBND\n|\nThừa\n"
      "Thiên Huế, ngày 23 tháng 01 năm 2021\n|\nKẾ HOẠCH\nTRIỂN\nKHAI THỰC HIỆN ĐỀ ÁN “XÂY DỰNG "
      "NẾP SỐNG VĂN MINH” GIAI ĐOẠN 2021-2025\nCăn cứ Nghị quyết\nsố 14/2020/NQ-HĐND ngày 13 "
      "tháng 11 năm 2020 của HĐND tỉnh về việc thông qua Đề án:\nI. MỤC ĐÍCH, YÊU CẦU\n");
  CHECK(r.plan.issuer == "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ");
  CHECK(r.plan.place == "Thừa Thiên Huế");
  CHECK(r.plan.date_line == "Thừa Thiên Huế, ngày 23 tháng 01 năm 2021");
  CHECK(r.plan.number == govplan::DocumentNumber::parse("24/KH-UBND"));
  CHECK(r.plan.type == govplan::DocumentType::ke_hoach);
  CHECK(r.plan.title ==
        "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “XÂY DỰNG NẾP SỐNG VĂN MINH” GIAI ĐOẠN 2021-2025");
  CHECK(r.plan.window == govplan::DateRange(govplan::Date(2021, 1, 1), govplan::Date(2025, 12, 31)));
  REQUIRE(r.plan.implements.size() == 1);
  CHECK(r.plan.implements[0].document.date() == govplan::Date(2020, 11, 13));
  CHECK(r.plan.implements[0].document.title() == "về việc thông qua Đề án");
}

TEST_CASE("an issuing body under its parent body keeps the parent in a diagnostic") {
  const ImportResult r = import(
      "UBND TỈNH QUẢNG NGÃI\nSỞ TƯ PHÁP\n\nSố: 12/KH-STP\n\nQuảng Ngãi, ngày 05 tháng 3 năm "
      "2024\n\nKẾ HOẠCH\n\nPhổ biến pháp luật năm 2024\n\nI. MỤC ĐÍCH\n");
  CHECK(r.plan.issuer == "SỞ TƯ PHÁP");
  const Finding* parent = find(r, "import.header.parent_body");
  REQUIRE(parent != nullptr);
  CHECK(parent->message(govplan::Lang::vi).find("UBND TỈNH QUẢNG NGÃI") != std::string::npos);
  CHECK(parent->where() == govplan::Location::in_text(1, 1));
}

TEST_CASE("a paragraph broken by a page break in mid-sentence is joined again") {
  const ImportResult r = import(
      "Số: 01/KH-UBND\n\nXã A, ngày 02 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nTuyên truyền pháp luật "
      "năm 2024\n\nI. NỘI DUNG\n\n1. Tổ chức hội nghị phổ biến Luật Hòa giải ở cơ sở cho cán bộ, "
      "công chức và nhân dân trên địa bàn, kết hợp triển khai Đề\n\nán trong năm 2024.\n\n"
      "- Cơ quan chủ trì: Công chức Tư pháp-Hộ tịch\n\n- Thời gian thực hiện: Quý II/2024\n");
  REQUIRE(r.plan.tasks.size() == 1);
  CHECK(r.plan.tasks[0].content ==
        "Tổ chức hội nghị phổ biến Luật Hòa giải ở cơ sở cho cán bộ, công chức và nhân dân trên "
        "địa bàn, kết hợp triển khai Đề án trong năm 2024.");
  // A capitalised paragraph after a blank line is a new paragraph, not a continuation.
  CHECK(r.plan.title == "Tuyên truyền pháp luật năm 2024");
}

TEST_CASE("task fields give the lead, the partners, the timeframe and the outputs") {
  const ImportResult r = import(
      "Số: 05/KH-UBND\n\nPhường B, ngày 10 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nCông tác tư pháp năm "
      "2024\n\nII. NHIỆM VỤ\n\n1. Tuyên truyền Luật Đất đai\n\n"
      "- Cơ quan chủ trì: Phòng Tư pháp chủ trì, phối hợp với Phòng Văn hóa và Thông tin, UBND "
      "các xã, thị trấn\n\n- Thời gian thực hiện: Trước ngày 30/6/2024\n\n"
      "- Sản phẩm: Báo cáo kết quả; Tài liệu tuyên truyền\n\n"
      "2. Rà soát văn bản quy phạm pháp luật\n\n- Đơn vị chủ trì: Sở Tư pháp\n\n"
      "- Đơn vị phối hợp: các sở, ngành; Sở Nội vụ\n\n- Thời gian: Khi có yêu cầu\n");
  REQUIRE(r.plan.tasks.size() == 2);
  const govplan::Task& a = r.plan.tasks[0];
  CHECK(a.id == "II.1");
  CHECK(a.section == "II");
  CHECK(a.lead == Party{PartyKind::body, "Phòng Tư pháp"});
  // "Phòng Văn hóa và Thông tin" is one body: a list is split only where a new name begins.
  CHECK(a.coordinators == std::vector<Party>{{PartyKind::body, "Phòng Văn hóa và Thông tin"},
                                             {PartyKind::group, "UBND các xã, thị trấn"}});
  REQUIRE(a.timeframe.kind() == TimeframeKind::due);
  CHECK(a.timeframe.due().date == govplan::Date(2024, 6, 30));
  CHECK(a.outputs == std::vector<std::string>{"Báo cáo kết quả", "Tài liệu tuyên truyền"});
  const govplan::Task& b = r.plan.tasks[1];
  CHECK(b.lead == Party{PartyKind::body, "Sở Tư pháp"});
  CHECK(b.coordinators == std::vector<Party>{{PartyKind::group, "các sở, ngành"},
                                             {PartyKind::body, "Sở Nội vụ"}});
  CHECK(b.timeframe.kind() == TimeframeKind::on_request);
}

TEST_CASE("the seed's official and partners split at phối hợp and at a new name") {
  const ImportResult r = import(
      "Số: 05/KH-UBND\n\nChánh Lộ, ngày 10 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nTruyền thông năm "
      "2024\n\nII. NỘI DUNG\n\n1. Truyền thông dự thảo chính sách.\n\n"
      "- Công chức thực hiện: Tư pháp-Hộ tịch phối hợp các cơ quan, tổ chức liên quan; các tổ "
      "chức chính trị - xã hội phường\n\n- Thời gian thực hiện: Thường xuyên trong năm.\n");
  REQUIRE(r.plan.tasks.size() == 1);
  const govplan::Task& t = r.plan.tasks[0];
  CHECK(t.lead == Party{PartyKind::official, "Công chức Tư pháp-Hộ tịch"});
  CHECK(t.coordinators ==
        std::vector<Party>{{PartyKind::group, "các cơ quan, tổ chức liên quan"},
                           {PartyKind::group, "các tổ chức chính trị - xã hội phường"}});
  CHECK(t.timeframe.kind() == TimeframeKind::regular);
}

TEST_CASE("a task table is read row by row, a row that runs over two lines as one") {
  const std::string text =
      "Số: 07/KH-UBND\n\nHuyện C, ngày 15 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nCải cách hành chính "
      "năm 2024\n\n"
      "STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm\n"
      "I | NHIỆM VỤ CHUNG | | | |\n"
      "1 | Tuyên truyền cải cách hành chính | Phòng Nội vụ | UBND các xã, thị trấn | Quý "
      "II/2024 | Báo cáo\n"
      "2 | Rà soát thủ tục hành chính | Văn phòng HĐND và UBND | Các phòng, ban | Trước ngày "
      "15/11/2024 | Kế hoạch rà soát; Báo cáo\n"
      "| trên địa bàn huyện | | | |\n"
      "II | NHIỆM VỤ RIÊNG | | | |\n"
      "1 | Kiểm tra công vụ | Phòng Nội vụ | | Năm 2024 |\n";
  const ImportResult r = import(text);
  REQUIRE(r.plan.tasks.size() == 3);
  CHECK(r.plan.tasks[0].id == "I.1");
  CHECK(r.plan.tasks[0].section == "I");
  CHECK(r.plan.tasks[0].lead == Party{PartyKind::body, "Phòng Nội vụ"});
  CHECK(r.plan.tasks[0].coordinators ==
        std::vector<Party>{{PartyKind::group, "UBND các xã, thị trấn"}});
  REQUIRE(r.plan.tasks[0].timeframe.kind() == TimeframeKind::within);
  CHECK(r.plan.tasks[0].timeframe.within().window ==
        govplan::DateRange(govplan::Date(2024, 4, 1), govplan::Date(2024, 6, 30)));
  CHECK(r.plan.tasks[0].outputs == std::vector<std::string>{"Báo cáo"});
  CHECK(r.plan.tasks[1].id == "I.2");
  CHECK(r.plan.tasks[1].content == "Rà soát thủ tục hành chính trên địa bàn huyện");
  CHECK(r.plan.tasks[1].outputs == std::vector<std::string>{"Kế hoạch rà soát", "Báo cáo"});
  CHECK(r.plan.tasks[2].id == "II.1");
  CHECK(r.plan.tasks[2].section == "II");
  CHECK(r.plan.tasks[2].coordinators.empty());
  REQUIRE(r.plan.sections.size() == 2);
  CHECK(r.plan.sections[0].id == "I");
  CHECK(r.plan.sections[0].title == "NHIỆM VỤ CHUNG");
  check_accounted(text, r, "task table");
}

TEST_CASE("the implementation section gives reporting duties and funding; the rest is quoted") {
  const std::string text =
      "Số: 09/KH-UBND\n\nQuảng Ngãi, ngày 20 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nPhổ biến pháp luật "
      "năm 2024\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Phòng Tư pháp\n\n- Theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch. Báo cáo kết quả "
      "thực hiện về UBND tỉnh (qua Sở Tư pháp) trước ngày 15/11/2024.\n\n"
      "2. Kinh phí\n\n- Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành và "
      "các nguồn hợp pháp khác.\n";
  const ImportResult r = import(text);
  REQUIRE(r.plan.reporting.size() == 1);
  const govplan::ReportingObligation& o = r.plan.reporting[0];
  CHECK(o.id == "III.1.1");
  CHECK(o.reporter == Party{PartyKind::body, "Phòng Tư pháp"});
  CHECK(o.recipient == Party{PartyKind::body, "UBND tỉnh"});
  CHECK(o.intermediary == Party{PartyKind::body, "Sở Tư pháp"});
  CHECK(o.cadence == govplan::Cadence::once);
  REQUIRE(r.plan.funding.size() == 1);
  CHECK(r.plan.funding[0].sources == std::vector<govplan::FundingSource>{
                                         govplan::FundingSource::state_budget,
                                         govplan::FundingSource::other_lawful});
  CHECK_FALSE(r.plan.funding[0].arranged_by.has_value());
  const Finding* rest = find(r, "import.unplaced_text");
  REQUIRE(rest != nullptr);
  CHECK(rest->message(govplan::Lang::vi).find("Theo dõi, đôn đốc các đơn vị") != std::string::npos);
  check_accounted(text, r, "implementation");
}

TEST_CASE("recipients, the archive line and a deputy's signature are read") {
  const ImportResult r = import(
      "Số: 11/QĐ-UBND\n\nBình Định, ngày 26 tháng 12 năm 2019\n\nQUYẾT ĐỊNH\n\nBAN HÀNH CHƯƠNG "
      "TRÌNH CÔNG TÁC NĂM 2020\n\nĐiều 1. Ban hành kèm theo Quyết định này Chương trình công tác "
      "năm 2020.\n\nNơi nhận:\n- Như Điều 3;\n- Bộ Tư pháp;\n- Lưu: VT, K2.\n\n"
      "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Phi Long\n");
  CHECK(r.plan.type == govplan::DocumentType::quyet_dinh);
  CHECK(r.plan.recipients == std::vector<std::string>{"Như Điều 3", "Bộ Tư pháp"});
  CHECK(r.plan.archive == std::vector<std::string>{"VT", "K2"});
  REQUIRE(r.plan.signer.has_value());
  CHECK(r.plan.signer->authority() == govplan::SignatureAuthority::tm);
  CHECK(r.plan.signer->authority_lines().size() == 2);
  CHECK(r.plan.signer->position() == "PHÓ CHỦ TỊCH");
  CHECK(r.plan.signer->name() == "Nguyễn Phi Long");
  REQUIRE(r.plan.sections.size() == 1);
  CHECK(r.plan.sections[0].id == "Điều 1");
  CHECK(find(r, "import.signature.missing") == nullptr);
}

TEST_CASE("a signature by order of the head keeps its TL. line, an unsigned draft its position") {
  const ImportResult tl = import(
      "Số: 15/TB-STP\n\nQuảng Ngãi, ngày 02 tháng 3 năm 2024\n\nTHÔNG BÁO\n\nLịch tiếp công dân\n\n"
      "I. NỘI DUNG\n\nTiếp công dân vào thứ Năm hằng tuần.\n\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n"
      "Trần Văn Bình\n");
  CHECK(tl.plan.type == govplan::DocumentType::thong_bao);
  REQUIRE(tl.plan.signer.has_value());
  CHECK(tl.plan.signer->authority() == govplan::SignatureAuthority::tl);
  CHECK(tl.plan.signer->on_behalf_of() == "GIÁM ĐỐC");
  CHECK(tl.plan.signer->position() == "CHÁNH VĂN PHÒNG");
  CHECK(tl.plan.signer->name() == "Trần Văn Bình");
  const ImportResult draft = import(
      "Số: /KH-UBND\n\nXã E, ngày tháng 3 năm 2024\n\nKẾ HOẠCH\n\nCông tác năm 2024\n\n"
      "I. MỤC ĐÍCH\n\nBảo đảm an toàn.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n");
  REQUIRE(draft.plan.signer.has_value());
  CHECK(draft.plan.signer->position() == "CHỦ TỊCH");
  CHECK_FALSE(draft.plan.signer->name().has_value());
  CHECK(draft.plan.number->is_draft());
}

TEST_CASE("a proposal and a citation inside another's title are not bases of their own") {
  const ImportResult r = import(
      "Số: 20/KH-UBND\n\nQuảng Nam, ngày 27 tháng 3 năm 2024\n\nKẾ HOẠCH\n\nGiám sát năm 2024\n\n"
      "Thực hiện Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 của Chính phủ sửa đổi, bổ sung một số "
      "điều của Nghị định số 27/2022/NĐ-CP ngày 19/4/2022; Luật Hòa giải ở cơ sở năm 2013;\n\n"
      "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 52/TTr-STP ngày 21/5/2024.\n\n"
      "I. MỤC ĐÍCH\n");
  REQUIRE(r.plan.implements.size() == 2);
  const govplan::DocumentRef& decree = r.plan.implements[0].document;
  CHECK(decree.number() == govplan::DocumentNumber::parse("38/2023/NĐ-CP"));
  CHECK(decree.title() ==
        "sửa đổi, bổ sung một số điều của Nghị định số 27/2022/NĐ-CP ngày 19/4/2022");
  CHECK(r.plan.implements[1].document.type() == govplan::DocumentType::luat);
  CHECK(r.plan.implements[1].document.year() == 2013);
  REQUIRE(find(r, "import.legal_basis.proposal") != nullptr);
}

TEST_CASE("a numbered heading followed by a list from 1 takes the list under it") {
  const ImportResult r = import(
      "Số: /KH-UBND\n\nDân Lực, ngày 18 tháng 02 năm 2021\n\nKẾ HOẠCH\n\nTuyên truyền bầu cử\n\n"
      "I. MỤC ĐÍCH - YÊU CẦU:\n\n1. Mục đích.\n\n1. Làm cho Nhân dân thấy rõ ý nghĩa của cuộc bầu "
      "cử.\n\n2. Tạo không khí phấn khởi.\n\n2. Yêu cầu\n\nBảo đảm an toàn.\n");
  std::vector<std::string> ids;
  for (const govplan::Section& s : r.plan.sections) ids.push_back(s.id);
  CHECK(ids == std::vector<std::string>{"I", "I.1", "I.1.1", "I.1.2", "I.2"});
  CHECK(r.plan.requirements == "Bảo đảm an toàn.");
  CHECK(r.plan.sections[1].title == "Mục đích");
}

TEST_CASE("a text without a header takes its identity from the sentence that issues it") {
  const std::string text =
      "Hưởng ứng Tuần lễ Quốc gia phòng chống thiên tai năm 2024\n\n"
      "Ngày 03/5, UBND huyện vừa ban hành Kế hoạch triển khai các hoạt động hưởng ứng Tuần lễ "
      "Quốc gia phòng chống thiên tai năm 2024 trên địa bàn huyện.\n\n"
      "UBND huyện yêu cầu các cơ quan, đơn vị chủ động triển khai thực hiện Kế hoạch này; báo cáo "
      "kết quả về Ban Chỉ huy PCTT&TKCN huyện (qua Phòng Nông nghiệp & PTNT huyện) trước ngày "
      "06/6/2024 để tổng hợp.\n";
  const ImportResult r = import(text);
  CHECK(r.plan.issuer == "UBND huyện");
  CHECK(r.plan.type == govplan::DocumentType::ke_hoach);
  CHECK(r.plan.title ==
        "triển khai các hoạt động hưởng ứng Tuần lễ Quốc gia phòng chống thiên tai năm 2024 trên "
        "địa bàn huyện");
  REQUIRE(find(r, "import.header.headline") != nullptr);
  REQUIRE(find(r, "import.header.issuer_from_text") != nullptr);
  REQUIRE(r.plan.reporting.size() == 1);
  CHECK(r.plan.reporting[0].intermediary->name == "Phòng Nông nghiệp & PTNT huyện");
  check_accounted(text, r, "news item");
}

TEST_CASE("a timeframe the reader cannot read is kept verbatim with a warning") {
  const std::string text =
      "Số: 05/KH-UBND\n\nXã D, ngày 10 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nCông tác năm 2024\n\n"
      "II. NHIỆM VỤ\n\n1. Tổ chức ngày hội.\n\n- Cơ quan chủ trì: Đoàn Thanh niên\n\n"
      "- Thời gian thực hiện: Dịp rằm tháng Giêng âm lịch\n";
  const ImportResult r = import(text);
  REQUIRE(r.plan.tasks.size() == 1);
  CHECK(r.plan.tasks[0].timeframe.kind() == TimeframeKind::unparsed);
  CHECK(r.plan.tasks[0].timeframe.text() == "Dịp rằm tháng Giêng âm lịch");
  const Finding* f = find(r, "import.timeframe.unparsed");
  REQUIRE(f != nullptr);
  CHECK(f->severity() == Severity::warning);
  const auto at = test_support::locate(text, "Dịp rằm");
  CHECK(f->where() == govplan::Location::in_text(at.line, at.column));
}

TEST_CASE("an empty text or one without issuer and title has errors") {
  const ImportResult empty = import("");
  CHECK(empty.has_errors());
  REQUIRE(find(empty, "import.header.issuer_missing") != nullptr);
  REQUIRE(find(empty, "import.header.title_missing") != nullptr);
  const ImportResult seed = import(test_support::data_file("seed-chanh-lo-2024.txt"));
  CHECK_FALSE(seed.has_errors());
}

TEST_CASE("input that is not UTF-8 is a ParseError naming the line and column") {
  try {
    (void)import("Số: 05/KH-UBND\nXã \xC3( ngày 10 tháng 01 năm 2024\n");
    FAIL("expected a ParseError");
  } catch (const govplan::ParseError& e) {
    CHECK(e.id() == "text.invalid_utf8");
    CHECK(e.where() == govplan::Location::in_text(2, 4));
  }
}

// ---- the corpus -----------------------------------------------------------------------------------

TEST_CASE("every corpus document imports with an issuer, a title and a type, every line accounted for") {
  const std::vector<std::string> paths = corpus_documents();
  REQUIRE(paths.size() >= 19);
  for (const std::string& path : paths) {
    const std::string name = std::filesystem::path(path).filename().string();
    INFO(name);
    const std::string text = corpus_text(path);
    ImportResult r;
    CHECK_NOTHROW(r = import(text));
    CHECK_FALSE(r.plan.issuer.empty());
    CHECK_FALSE(r.plan.title.empty());
    // The type was read (from a type line, the number or the issuing sentence), not defaulted.
    CHECK(find(r, "import.header.type_missing") == nullptr);
    check_accounted(text, r, name);
    check_diagnostics_located(text, r);
    CHECK_NOTHROW((void)govplan::validate(r.plan));
  }
}

TEST_CASE("corpus documents give the identity their headers state") {
  const std::string dir = std::string(GOVPLAN_TEST_DATA_DIR) + "/corpus/documents/";
  // "UỶ BAN NHÂN DÂN" (the other tone-mark placement) heads the name; the unit is on its own line.
  const ImportResult dan_luc = import(corpus_text(dir + "003.txt"));
  CHECK(dan_luc.plan.issuer == "UỶ BAN NHÂN DÂN XÃ DÂN LỰC");
  CHECK(dan_luc.plan.place == "Dân Lực");
  const ImportResult son_la = import(corpus_text(dir + "008.txt"));
  CHECK(son_la.plan.issuer == "ỦY BAN NHÂN DÂN TỈNH SƠN LA");
  CHECK(son_la.plan.number == govplan::DocumentNumber::parse("22/KH-UBND"));
  CHECK(son_la.plan.issue_date == govplan::PartialDate(govplan::Date(2024, 1, 21)));
  CHECK(son_la.plan.implements.size() == 3);
  const ImportResult binh_dinh = import(corpus_text(dir + "012.txt"));
  CHECK(binh_dinh.plan.type == govplan::DocumentType::quyet_dinh);
  REQUIRE(binh_dinh.plan.signer.has_value());
  CHECK(binh_dinh.plan.signer->name() == "Nguyễn Tự Công Hoàng");
  // "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình …" is a proposal, not a basis.
  for (const auto& i : binh_dinh.plan.implements) {
    CHECK(i.document.type() != govplan::DocumentType::to_trinh);
  }
  const ImportResult tien_giang = import(corpus_text(dir + "010.txt"));
  CHECK(tien_giang.plan.implements.size() == 7);
  CHECK(tien_giang.plan.window ==
        govplan::DateRange(govplan::Date(2022, 1, 1), govplan::Date(2025, 12, 31)));
}

// ---- robustness -----------------------------------------------------------------------------------

TEST_CASE("random, truncated and shuffled inputs never crash the importer") {
  std::vector<std::string> seeds{test_support::data_file("seed-chanh-lo-2024.txt")};
  for (const std::string& path : corpus_documents()) seeds.push_back(corpus_text(path));
  std::mt19937 rng(20240226);
  const auto pick = [&](std::size_t n) {
    return static_cast<std::size_t>(std::uniform_int_distribution<std::size_t>(0, n - 1)(rng));
  };
  static const char* const pieces[] = {"|", "\n", "\n\n", "- ", "II. ", "1. ", "a) ", "Số: ",
                                       "ngày ", "TM. ", "Nơi nhận:", "Lưu: ", "(", ")", "“",
                                       "Thời gian thực hiện: ", "**", "\xC2\xA0", "phối hợp "};
  int parse_errors = 0;
  int imported = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text = seeds[pick(seeds.size())];
    switch (round % 5) {
      case 0:  // truncated anywhere, even inside a character
        text.resize(pick(text.size() + 1));
        break;
      case 1:  // bytes flipped
        for (int k = 0; k < 4 && !text.empty(); ++k) {
          text[pick(text.size())] = static_cast<char>(pick(256));
        }
        break;
      case 2: {  // lines dropped, doubled and moved
        std::vector<std::string> lines = test_support::lines_of(text);
        for (int k = 0; k < 5 && lines.size() > 1; ++k) {
          const std::size_t i = pick(lines.size());
          const std::size_t j = pick(lines.size());
          if (k % 3 == 0) lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
          else if (k % 3 == 1) lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(j), lines[i]);
          else std::swap(lines[i], lines[j]);
        }
        text.clear();
        for (const std::string& l : lines) text += l + "\n";
        break;
      }
      case 3:  // markers and labels inserted at random places
        for (int k = 0; k < 8; ++k) {
          std::size_t at = pick(text.size() + 1);
          while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0u) == 0x80u) ++at;
          text.insert(at, pieces[pick(std::size(pieces))]);
        }
        break;
      default: {  // two documents spliced
        const std::string& other = seeds[pick(seeds.size())];
        std::size_t cut = pick(text.size() + 1);
        while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0u) == 0x80u) ++cut;
        text = text.substr(0, cut) + other.substr(other.size() / 2);
        break;
      }
    }
    try {
      const ImportResult r = import(text);
      ++imported;
      for (const Finding& f : r.diagnostics) {
        REQUIRE(f.where().line().has_value());
      }
      (void)govplan::validate(r.plan);
    } catch (const govplan::ParseError& e) {
      // Only text that is not UTF-8 may be refused.
      REQUIRE(e.id() == "text.invalid_utf8");
      ++parse_errors;
    }
  }
  CHECK(imported > 2000);
  CHECK(parse_errors > 0);
}

TEST_CASE("long and degenerate inputs are read in reasonable time without a crash") {
  std::string many_lines;
  for (int i = 0; i < 20000; ++i) many_lines += "ab cd\n";
  CHECK_NOTHROW((void)import(many_lines));
  const std::string one_line(200000, 'x');
  CHECK_NOTHROW((void)import(one_line));
  std::string bars;
  for (int i = 0; i < 5000; ++i) bars += "| a | b |\n";
  CHECK_NOTHROW((void)import(bars));
  std::string items;
  for (int i = 0; i < 3000; ++i) items += "1. a\n- Thời gian: b\n";
  const ImportResult r = import(items);
  CHECK(r.plan.tasks.size() == 3000);
  std::set<std::string> ids;
  for (const auto& t : r.plan.tasks) ids.insert(t.id);
  CHECK(ids.size() == 3000);
}
