// import_body.cpp — sections, items, tasks, task tables, reporting duties and funding
// (import_plan.hpp).
//
// A plan's body is written as Roman-numbered sections ("II. NỘI DUNG TRỌNG TÂM"), numbered and
// lettered items ("1.", "1.2.", "a)") and bullets ("- "). An item followed by task fields ("-
// Công chức thực hiện: …", "- Thời gian thực hiện: …") is a task; any other item is a section
// with its text. The section on implementation ("TỔ CHỨC THỰC HIỆN") assigns duties: reporting
// sentences become reporting obligations, funding paragraphs funding; what the model has no place
// for is kept in diagnostics.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>

#include "import_plan.hpp"

namespace govplan::import_plan {

namespace {

constexpr std::string_view kRuleImport =
    "govplan: văn bản được đọc như được viết, không đoán (text is read as written, never guessed)";

enum class SectionKind : std::uint8_t { content, basis, implementation };

SectionKind kind_of_title(std::string_view key) {
  static const std::vector<std::string> implementation =
      folded({"tổ chức thực hiện", "trách nhiệm", "kinh phí", "báo cáo", "thi hành",
              "phân công", "chế độ thông tin"});
  static const std::vector<std::string> basis = folded({"căn cứ"});
  for (const std::string& w : basis) {
    if (find_word(key, w) != std::string::npos) return SectionKind::basis;
  }
  for (const std::string& w : implementation) {
    if (find_word(key, w) != std::string::npos) return SectionKind::implementation;
  }
  return SectionKind::content;
}

// ---- task fields --------------------------------------------------------------------------------

enum class FieldKind : std::uint8_t { lead, coordinators, time, outputs };

struct FieldLabel {
  std::string key;
  FieldKind kind;
  std::string_view prefix;  // the role a label names ("Công chức thực hiện: Tư pháp-Hộ tịch")
};

const std::vector<FieldLabel>& field_labels() {
  static const std::vector<FieldLabel> labels = [] {
    std::vector<FieldLabel> v;
    const auto add = [&](std::initializer_list<std::string_view> words, FieldKind kind,
                         std::string_view prefix = {}) {
      for (std::string_view w : words) v.push_back({fold(w), kind, prefix});
    };
    add({"công chức thực hiện", "công chức phụ trách", "công chức chủ trì"}, FieldKind::lead,
        "Công chức");
    add({"cán bộ thực hiện", "cán bộ phụ trách", "cán bộ chủ trì"}, FieldKind::lead, "Cán bộ");
    add({"cơ quan chủ trì", "đơn vị chủ trì", "chủ trì", "cơ quan thực hiện", "đơn vị thực hiện",
         "bộ phận thực hiện", "người thực hiện", "cơ quan, đơn vị chủ trì", "cơ quan chủ trì thực hiện",
         "đơn vị chủ trì thực hiện", "chủ trì thực hiện", "trách nhiệm thực hiện",
         "cơ quan, đơn vị thực hiện", "đơn vị thực hiện chính", "cơ quan thực hiện chính",
         "đơn vị chủ trì, tham mưu", "cơ quan tham mưu", "đơn vị tham mưu", "chủ trì tham mưu"},
        FieldKind::lead);
    add({"đơn vị phối hợp", "cơ quan phối hợp", "phối hợp", "cơ quan, đơn vị phối hợp",
         "đơn vị phối hợp thực hiện", "cơ quan phối hợp thực hiện", "phối hợp thực hiện"},
        FieldKind::coordinators);
    add({"thời gian thực hiện", "thời gian", "thời hạn", "thời hạn hoàn thành",
         "thời gian hoàn thành", "tiến độ thực hiện", "tiến độ", "thời hạn thực hiện",
         "thời gian triển khai"},
        FieldKind::time);
    add({"sản phẩm", "sản phẩm đầu ra", "kết quả", "kết quả, sản phẩm", "kết quả/sản phẩm",
         "sản phẩm/kết quả", "hình thức sản phẩm", "sản phẩm dự kiến"},
        FieldKind::outputs);
    return v;
  }();
  return labels;
}

struct Field {
  const FieldLabel* label = nullptr;
  Para value;
};

std::optional<Field> field_of(const Para& p) {
  const Marker m = marker_of(p);
  if (m.kind != MarkerKind::none && m.kind != MarkerKind::bullet) return std::nullopt;
  const std::size_t start = m.end;
  const FieldLabel* best = nullptr;
  for (const FieldLabel& l : field_labels()) {
    if ((!best || l.key.size() > best->key.size()) && word_at(p.key, start, l.key)) best = &l;
  }
  if (!best) return std::nullopt;
  std::size_t i = start + best->key.size();
  while (i < p.key.size() && p.key[i] == ' ') ++i;
  if (i >= p.key.size() || p.key[i] != ':') return std::nullopt;
  return Field{best, p.slice(i + 1, p.text.size())};
}

// ---- funding ------------------------------------------------------------------------------------

bool about_funding(const Para& p) {
  static const std::vector<std::string> words =
      folded({"kinh phí", "ngân sách", "nguồn vốn", "nguồn lực tài chính"});
  const auto sents = sentences(p);
  const std::string_view first =
      sents.empty() ? std::string_view(p.key)
                    : std::string_view(p.key).substr(sents[0].first, sents[0].second - sents[0].first);
  for (const std::string& w : words) {
    if (find_word(first, w) != std::string::npos) return true;
  }
  return false;
}

// The sources a funding paragraph names. A state body or official that arranges funds ("bố trí
// kinh phí", "dự toán") does so from its state-budget estimate (derived from the Law on the State
// Budget 83/2015/QH13, under which each level's budget funds that level's tasks; the article is
// UNCONFIRMED here); the other sources are read from their own words.
std::vector<FundingSource> funding_sources(std::string_view key) {
  std::vector<FundingSource> out;
  const auto any = [&](std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      if (find_word(key, fold(w)) != std::string::npos) return true;
    }
    return false;
  };
  if (any({"ngân sách", "bố trí kinh phí", "dự toán", "kinh phí chi thường xuyên",
           "cân đối kinh phí"})) {
    out.push_back(FundingSource::state_budget);
  }
  if (any({"huy động", "xã hội hóa", "tài trợ"})) out.push_back(FundingSource::mobilised);
  if (any({"lồng ghép"})) out.push_back(FundingSource::integrated_programmes);
  if (any({"hợp pháp khác", "nguồn hợp pháp", "nguồn kinh phí hợp pháp"})) {
    out.push_back(FundingSource::other_lawful);
  }
  return out;
}

// ---- the tree of sections and items -------------------------------------------------------------

struct Node {
  MarkerKind kind = MarkerKind::none;
  std::string id;
  std::string section;  // the id of the section (Roman numeral or article) it is in
  int level = 0;
  Para head;            // the text after the marker
  std::vector<Para> body;
  std::vector<Field> fields;
  SectionKind skind = SectionKind::content;
  bool has_children = false;
  std::string label;      // the marker's label ("2")
  int marker_depth = 0;   // groups of a dotted number
  bool list_item = false; // an item of a list under a numbered heading
};

// A heading rather than a sentence: "Mục đích", "Chuyển đổi số cấp huyện".
bool title_like(const Para& head) {
  const std::string_view t = strip(head.text, ":.");
  if (t.empty() || word_count(t) > 12) return false;
  return t.find_first_of(";.") == std::string_view::npos;
}

}  // namespace

Timeframe read_timeframe(Importer& im, const Para& p) {
  const std::string text = p.text;
  if (!im.has_context_) {
    im.note("import.timeframe.no_year", Severity::warning, "timeframe", p, 0,
            std::string(kRuleImport),
            "Không đọc được thời hạn vì không biết năm của văn bản: “" + text + "”",
            "The timeframe cannot be read without the document's year: “" + text + "”");
    return Timeframe(text, UnparsedTimeframe{"no document year"});
  }
  Timeframe t;
  try {
    t = parse_timeframe(text, im.context_);
  } catch (const Error& e) {
    t = Timeframe(text, UnparsedTimeframe{e.what()});
  }
  if (t.kind() == TimeframeKind::unparsed) {
    im.note("import.timeframe.unparsed", Severity::warning, "timeframe", p, 0,
            std::string(kRuleImport),
            "Không đọc được thời hạn: “" + text + "” (" + t.unparsed().diagnostic + ")",
            "The timeframe cannot be read: “" + text + "” (" + t.unparsed().diagnostic + ")");
  }
  return t;
}

namespace {

// Lead and partners from a field value: "Tư pháp-Hộ tịch phối hợp các cơ quan, …".
void read_parties(const Field& f, Task& t) {
  const Para& v = f.value;
  std::string_view lead_text = v.text;
  std::string_view partner_text;
  if (f.label->kind == FieldKind::lead) {
    static const std::string phoi_hop = fold("phối hợp");
    const std::size_t p = find_word(v.key, phoi_hop);
    if (p != std::string::npos && p > 0) {
      lead_text = std::string_view(v.text).substr(0, p);
      std::size_t r = p + phoi_hop.size();
      while (r < v.key.size() && (v.key[r] == ' ' || v.key[r] == ':')) ++r;
      if (word_at(v.key, r, "với")) r += fold("với").size();
      partner_text = std::string_view(v.text).substr(r);
      // "X chủ trì, phối hợp …"
      lead_text = strip(lead_text, ",;");
      static const std::string chu_tri = fold("chủ trì");
      const std::string lk = fold(lead_text);
      if (lk.size() > chu_tri.size() && lk.compare(lk.size() - chu_tri.size(), chu_tri.size(),
                                                   chu_tri) == 0) {
        lead_text = strip(lead_text.substr(0, lead_text.size() - chu_tri.size()), ",;");
      }
    }
    lead_text = strip(lead_text, ",;.");
    if (!lead_text.empty()) {
      std::string name(lead_text);
      const std::string prefix_key = fold(f.label->prefix);
      if (!f.label->prefix.empty() && fold(name).compare(0, prefix_key.size(), prefix_key) != 0) {
        name = std::string(f.label->prefix) + " " + name;
      }
      const std::vector<Party> named = parties(name);
      if (named.size() == 1) {
        t.lead = named.front();
        if (!f.label->prefix.empty()) t.lead->kind = PartyKind::official;
      } else if (!named.empty()) {
        t.lead = Party{PartyKind::group, name};
      }
    }
  } else {
    partner_text = v.text;
  }
  for (Party& p : parties(partner_text)) t.coordinators.push_back(std::move(p));
}

}  // namespace

void Importer::read_body(std::size_t i) {
  const std::size_t n = paras_.size();
  std::vector<Node> nodes;
  std::vector<std::size_t> stack;
  static const std::vector<std::string> recipients_head = folded({"nơi nhận"});
  static const std::vector<std::string> closing_sentence = folded({"trên đây"});
  static const std::vector<std::string> signature =
      folded({"tm.", "kt.", "tl.", "tuq.", "q. "});
  const auto top = [&]() -> Node* { return stack.empty() ? nullptr : &nodes[stack.back()]; };

  for (; i < n; ++i) {
    const Para& p = paras_[i];
    if (p.table_header) {
      std::string prefix;
      std::string section;
      if (Node* t = top()) {
        prefix = t->id;
        section = t->section;
      }
      read_table(i, prefix, section);
      continue;
    }
    if (p.is_row()) {
      Para row;
      for (const Para& c : p.cells) row.join(c);
      unplaced(row, "table");
      continue;
    }
    if (longest_at(p.key, 0, recipients_head) != 0) {
      i = read_recipients(i) - 1;
      continue;
    }
    if (longest_at(p.key, 0, signature) != 0) {
      i = read_signature(i) - 1;
      continue;
    }
    if (longest_at(p.key, 0, closing_sentence) != 0) {
      note("import.closing_sentence", Severity::info, "closing", p, 0, std::string(kRuleImport),
           "Câu kết của văn bản: “" + p.text + "”", "The closing sentence: “" + p.text + "”");
      continue;
    }
    if (signed_ && all_caps(p.text) && marker_of(p).kind == MarkerKind::none) {
      // A document attached to the one just signed ("KẾ HOẠCH …" after a decision).
      note("import.attached_document", Severity::info, "attachment", p, 0,
           std::string(kRuleImport),
           "Văn bản kèm theo (đọc tiếp như phần của văn bản chính): “" + p.text + "”",
           "An attached document (read on as part of the main one): “" + p.text + "”");
      stack.clear();
      continue;
    }
    if (signed_ && p.text.front() == '(') {
      note("import.attached_document", Severity::info, "attachment", p, 0,
           std::string(kRuleImport), "Ghi chú của văn bản kèm theo: “" + p.text + "”",
           "Note of the attached document: “" + p.text + "”");
      continue;
    }
    const Marker m = marker_of(p);
    if (m.kind == MarkerKind::roman || m.kind == MarkerKind::article ||
        m.kind == MarkerKind::number || m.kind == MarkerKind::letter) {
      Node node;
      node.kind = m.kind;
      node.head = p.slice(m.end, p.text.size());
      switch (m.kind) {
        case MarkerKind::roman:
        case MarkerKind::article:
          node.level = 0;
          break;
        case MarkerKind::number:
          node.level = m.depth;
          break;
        default:
          node.level = 5;
          break;
      }
      // A list numbered from 1 right under a numbered heading ("1. Mục đích." then "1. Làm cho
      // …", "2. …") belongs to the heading; its items stay together while the count goes on.
      bool in_list = false;
      if (m.kind == MarkerKind::number && !stack.empty()) {
        const Node& t = nodes[stack.back()];
        if (t.list_item && t.marker_depth == m.depth &&
            std::atoi(m.label.c_str()) == std::atoi(t.label.c_str()) + 1) {
          node.level = t.level;
          in_list = true;
        }
      }
      while (!stack.empty() && nodes[stack.back()].level > node.level) stack.pop_back();
      if (!stack.empty() && nodes[stack.back()].level == node.level) {
        const Node& prev = nodes[stack.back()];
        const bool heads_list = !in_list && m.kind == MarkerKind::number && m.label == "1" &&
                                node.level > 0 && prev.kind == MarkerKind::number &&
                                prev.body.empty() && prev.fields.empty() && !prev.has_children &&
                                title_like(prev.head);
        if (heads_list) {
          node.level = prev.level + 1;
          in_list = true;
        } else {
          stack.pop_back();
        }
      }
      node.marker_depth = m.depth;
      node.label = m.label;
      node.list_item = in_list;
      Node* parent = top();
      if (m.kind == MarkerKind::roman) {
        node.id = m.label;
      } else if (m.kind == MarkerKind::article) {
        node.id = "Điều " + m.label;
      } else if (m.kind == MarkerKind::number && in_list && parent) {
        node.id = parent->id + "." + m.label;
      } else if (m.kind == MarkerKind::number) {
        std::string base;
        for (std::size_t s : stack) {
          if (nodes[s].level == 0) base = nodes[s].id;
        }
        node.id = base.empty() ? m.label : base + "." + m.label;
      } else {
        node.id = parent ? parent->id + "." + m.label : m.label;
      }
      if (node.level == 0) {
        node.section = node.id;
        node.skind = kind_of_title(node.head.key);
      } else if (parent) {
        node.section = parent->section;
        node.skind = parent->skind;
        parent->has_children = true;
      }
      nodes.push_back(std::move(node));
      stack.push_back(nodes.size() - 1);
      continue;
    }
    if (auto f = field_of(p); f && top() && top()->level > 0) {
      top()->fields.push_back(std::move(*f));
      continue;
    }
    if (Node* t = top()) {
      t->body.push_back(p);
      continue;
    }
    unplaced(p, "body");
  }

  // The tree, in order of the text, into sections, tasks and duties.
  for (const Node& node : nodes) {
    const bool item = node.level > 0;
    if (!item || node.fields.empty()) {
      if (node.skind == SectionKind::basis && (item || !node.body.empty())) {
        if (!item) {
          plan_.sections.push_back(Section{claim_id(node.id, node.head),
                                           std::string(strip(node.head.text, ":.")), {}});
        }
        if (item) read_legal_basis(node.head);
        for (const Para& b : node.body) read_legal_basis(b);
        continue;
      }
      Section s;
      s.id = node.id;
      std::vector<Para> text;
      const bool titled = !(node.kind == MarkerKind::article || (item && !title_like(node.head)));
      if (!titled) {
        text.push_back(node.head);
      } else {
        s.title = std::string(strip(node.head.text, ":"));
        if (s.title.size() > 1 && s.title.back() == '.' && s.title[s.title.size() - 2] != '.') {
          s.title.pop_back();
        }
      }
      text.insert(text.end(), node.body.begin(), node.body.end());
      if (node.skind == SectionKind::implementation && node.kind != MarkerKind::article) {
        const std::optional<Party> fallback =
            item && !s.title.empty() && party_head_at(fold(s.title), 0) != 0
                ? std::optional<Party>(Party{party_kind(s.title), s.title})
                : std::nullopt;
        if (titled) {
          s.id = claim_id(s.id, node.head);
          plan_.sections.push_back(s);
        }
        for (std::size_t k = 0; k < text.size(); ++k) {
          const std::string id = (titled || text.size() > 1)
                                     ? s.id + "." + std::to_string(k + 1)
                                     : s.id;
          read_duties(text[k], id, fallback);
        }
        continue;
      }
      for (const Para& t : text) s.text += (s.text.empty() ? "" : "\n") + t.text;
      if (s.title.empty() && s.text.empty()) continue;
      s.id = claim_id(s.id, node.head);
      plan_.sections.push_back(std::move(s));
      continue;
    }
    Task t;
    t.id = claim_id(node.id, node.head);
    t.section = node.section;
    t.content = node.head.text;
    for (const Para& b : node.body) t.content += "\n" + b.text;
    bool has_time = false;
    for (const Field& f : node.fields) {
      switch (f.label->kind) {
        case FieldKind::lead:
        case FieldKind::coordinators:
          read_parties(f, t);
          break;
        case FieldKind::time:
          if (has_time) {
            unplaced(f.value, t.id);
            break;
          }
          t.timeframe = read_timeframe(*this, f.value);
          has_time = true;
          break;
        case FieldKind::outputs: {
          std::size_t b = 0;
          const std::string& v = f.value.text;
          for (std::size_t e = 0; e <= v.size(); ++e) {
            if (e < v.size() && v[e] != ';') continue;
            const std::string_view o = strip(std::string_view(v).substr(b, e - b), "-+•.;");
            if (!o.empty()) t.outputs.emplace_back(o);
            b = e + 1;
          }
          break;
        }
      }
    }
    if (!has_time) {
      note("import.task.timeframe_missing", Severity::info, t.id, node.head, 0,
           std::string(kRuleImport), "Nhiệm vụ " + t.id + " không ghi thời gian thực hiện.",
           "Task " + t.id + " states no timeframe.");
    }
    plan_.tasks.push_back(std::move(t));
  }

  // Purpose and requirements are the texts of their sections.
  for (const Section& s : plan_.sections) {
    const std::string k = fold(s.title);
    if (plan_.purpose.empty() && (k == fold("mục đích") || k == fold("mục tiêu") ||
                                  k == fold("mục tiêu chung") || k == fold("mục tiêu tổng quát"))) {
      plan_.purpose = s.text;
    }
    if (plan_.requirements.empty() && k == fold("yêu cầu")) plan_.requirements = s.text;
  }
}

void Importer::read_duties(const Para& para, const std::string& id,
                           const std::optional<Party>& fallback) {
  const Marker m = marker_of(para);
  const Para p = m.kind == MarkerKind::bullet ? para.slice(m.end, para.text.size()) : para;
  const std::optional<Party> subject = subject_of(p.text, p.key, 0);
  if (about_funding(p)) {
    Funding f;
    f.arranged_by = subject ? subject : fallback;
    f.sources = funding_sources(p.key);
    f.text = p.text;
    plan_.funding.push_back(std::move(f));
    return;
  }
  static const std::string bao_cao = fold("báo cáo");
  int found = 0;
  for (const auto& [b, e] : sentences(p)) {
    const Para s = p.slice(b, e);
    if (has_context_ && find_word(s.key, bao_cao) != std::string::npos) {
      std::optional<ReportingObligation> r;
      try {
        r = parse_reporting_duty(s.text, context_);
      } catch (const Error&) {
        r.reset();
      }
      if (r) {
        const std::string rid = claim_id(found == 0 ? id : id + "." + std::to_string(found + 1), s);
        ++found;
        r->id = rid;
        if (!r->reporter) {
          const std::optional<Party> own = subject_of(s.text, s.key, 0);
          r->reporter = own ? own : subject ? subject : fallback;
        }
        plan_.reporting.push_back(std::move(*r));
        continue;
      }
    }
    unplaced(s, id);
  }
}

void Importer::read_table(std::size_t& i, const std::string& prefix, const std::string& section) {
  enum class Role : std::uint8_t { none, number, content, lead, coordinators, time, outputs, note };
  const Para& header = paras_[i];
  std::vector<Role> roles;
  const auto has = [](const std::string& key, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      if (find_word(key, fold(w)) != std::string::npos) return true;
    }
    return false;
  };
  for (const Para& c : header.cells) {
    const std::string& k = c.key;
    Role r = Role::none;
    if (has(k, {"stt", "tt", "số tt", "số thứ tự"})) {
      r = Role::number;
    } else if (has(k, {"phối hợp"})) {
      r = Role::coordinators;
    } else if (has(k, {"chủ trì", "thực hiện", "trách nhiệm"}) &&
               !has(k, {"thời gian thực hiện", "nội dung"})) {
      r = Role::lead;
    } else if (has(k, {"thời gian", "thời hạn", "tiến độ"})) {
      r = Role::time;
    } else if (has(k, {"sản phẩm", "kết quả"})) {
      r = Role::outputs;
    } else if (has(k, {"ghi chú"})) {
      r = Role::note;
    } else if (has(k, {"nội dung", "nhiệm vụ", "công việc", "hoạt động"})) {
      r = Role::content;
    }
    roles.push_back(r);
  }
  // Rows: a row without a number continues the one before (a cell that ran over two lines).
  std::vector<std::vector<Para>> rows;
  std::size_t j = i + 1;
  for (; j < paras_.size() && paras_[j].is_row() && !paras_[j].table_header; ++j) {
    const std::vector<Para>& cells = paras_[j].cells;
    const auto number_cell = std::find(roles.begin(), roles.end(), Role::number);
    const std::size_t nc = static_cast<std::size_t>(number_cell - roles.begin());
    const bool numbered = number_cell == roles.end() ||
                          (nc < cells.size() && !strip(cells[nc].text).empty());
    if (!numbered && !rows.empty()) {
      for (std::size_t c = 0; c < cells.size(); ++c) {
        if (c < rows.back().size()) {
          rows.back()[c].join(cells[c]);
        } else {
          rows.back().push_back(cells[c]);
        }
      }
      continue;
    }
    rows.push_back(cells);
  }
  i = j - 1;
  std::string current_section = section;
  std::string current_prefix = prefix;
  for (const std::vector<Para>& row : rows) {
    const auto cell = [&](Role r) -> const Para* {
      for (std::size_t c = 0; c < roles.size() && c < row.size(); ++c) {
        if (roles[c] == r && !row[c].text.empty()) return &row[c];
      }
      return nullptr;
    };
    for (std::size_t c = roles.size(); c < row.size(); ++c) unplaced(row[c], "table");
    for (std::size_t c = 0; c < roles.size() && c < row.size(); ++c) {
      if (roles[c] == Role::none || roles[c] == Role::note) unplaced(row[c], "table");
    }
    const Para* number = cell(Role::number);
    const Para* content = cell(Role::content);
    const std::string label = number ? std::string(strip(number->text, ".)")) : std::string();
    Para probe;
    probe.text = label + ". x";
    probe.key = fold(probe.text);
    if (!label.empty() && marker_of(probe).kind == MarkerKind::roman) {
      plan_.sections.push_back(Section{claim_id(label, content ? *content : row.front()),
                                       content ? content->text : std::string(), {}});
      current_section = label;
      current_prefix = label;
      continue;
    }
    if (!content) {
      for (const Para& c : row) unplaced(c, "table");
      continue;
    }
    Task t;
    t.id = claim_id(label.empty() ? current_prefix
                                  : (current_prefix.empty() ? label : current_prefix + "." + label),
                    *content);
    t.section = current_section;
    t.content = content->text;
    if (const Para* lead = cell(Role::lead)) {
      const std::vector<Party> named = parties(lead->text);
      if (named.size() == 1) {
        t.lead = named.front();
      } else if (!named.empty()) {
        t.lead = Party{PartyKind::group, std::string(strip(lead->text, ".;"))};
      }
    }
    if (const Para* co = cell(Role::coordinators)) t.coordinators = parties(co->text);
    if (const Para* time = cell(Role::time)) {
      t.timeframe = read_timeframe(*this, *time);
    } else {
      note("import.task.timeframe_missing", Severity::info, t.id, *content, 0,
           std::string(kRuleImport), "Nhiệm vụ " + t.id + " không ghi thời gian thực hiện.",
           "Task " + t.id + " states no timeframe.");
    }
    if (const Para* out = cell(Role::outputs)) {
      std::size_t b = 0;
      const std::string& v = out->text;
      for (std::size_t e = 0; e <= v.size(); ++e) {
        if (e < v.size() && v[e] != ';') continue;
        const std::string_view o = strip(std::string_view(v).substr(b, e - b), "-+•.;");
        if (!o.empty()) t.outputs.emplace_back(o);
        b = e + 1;
      }
    }
    plan_.tasks.push_back(std::move(t));
  }
}

}  // namespace govplan::import_plan
