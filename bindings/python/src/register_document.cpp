// document.hpp in Python.
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "casters.hpp"
#include "govplan/document.hpp"

namespace govplan_py {

void register_document(py::module_& m) {
  using namespace govplan;
  using T = DocumentType;

  bind_enum(m, "DocumentType",
            {T::nghi_quyet,     T::quyet_dinh,     T::chi_thi,         T::quy_che,
             T::quy_dinh,       T::thong_cao,      T::thong_bao,       T::huong_dan,
             T::chuong_trinh,   T::ke_hoach,       T::phuong_an,       T::de_an,
             T::du_an,          T::bao_cao,        T::bien_ban,        T::to_trinh,
             T::hop_dong,       T::cong_van,       T::cong_dien,       T::ban_ghi_nho,
             T::ban_thoa_thuan, T::giay_uy_quyen,  T::giay_moi,        T::giay_gioi_thieu,
             T::giay_nghi_phep, T::phieu_gui,      T::phieu_chuyen,    T::phieu_bao,
             T::thu_cong,       T::ban_sao_y,      T::ban_trich_sao,   T::ban_sao_luc,
             T::hien_phap,      T::bo_luat,        T::luat,            T::phap_lenh,
             T::lenh,           T::nghi_dinh,      T::thong_tu,        T::thong_tu_lien_tich,
             T::nghi_quyet_lien_tich, T::ket_luan, T::thong_tri},
            "Document types: the 29 administrative types of Decree 30/2020/NĐ-CP Art. 7, the "
            "copies, the legal-normative types of Law 80/2015/QH13 Art. 4, and Party types.");
  bind_enum(m, "NumberStyle", {NumberStyle::state, NumberStyle::party},
            "How a number and symbol is laid out: state '43/KH-UBND' or party '06-CTr/TU'.");
  bind_enum(m, "AdministrativeLevel",
            {AdministrativeLevel::central, AdministrativeLevel::province,
             AdministrativeLevel::district, AdministrativeLevel::commune},
            "The level of the administration a body belongs to (district: until 30/06/2025).");
  bind_enum(m, "SignatureAuthority",
            {SignatureAuthority::none, SignatureAuthority::tm, SignatureAuthority::kt,
             SignatureAuthority::tl, SignatureAuthority::tuq, SignatureAuthority::q},
            "The authority with which a person signs (Decree 30/2020/NĐ-CP, Art. 13).");

  py::class_<DocumentTypeInfo>(m, "DocumentTypeInfo", "One row of the table of document types.")
      .def_readonly("type", &DocumentTypeInfo::type)
      .def_readonly("id", &DocumentTypeInfo::id)
      .def_readonly("name_vi", &DocumentTypeInfo::name_vi)
      .def_readonly("name_en", &DocumentTypeInfo::name_en)
      .def_readonly("abbreviation", &DocumentTypeInfo::abbreviation)
      .def_readonly("administrative", &DocumentTypeInfo::administrative)
      .def_readonly("legal_normative", &DocumentTypeInfo::legal_normative)
      .def_readonly("party", &DocumentTypeInfo::party)
      .def("__repr__", [](const DocumentTypeInfo& i) {
        return "<DocumentTypeInfo " + std::string(i.id) + " '" + std::string(i.name_vi) + "'>";
      });

  m.def(
      "document_types",
      [] {
        const auto all = document_types();
        return std::vector<DocumentTypeInfo>(all.begin(), all.end());
      },
      "Every document type, in enumeration order.");
  m.def("info", &info, py::arg("type"), py::return_value_policy::copy,
        "The table row of a document type.");
  m.def(
      "display_name",
      [](DocumentType t, Lang lang) { return std::string(display_name(t, lang)); },
      py::arg("type"), py::arg("lang") = Lang::vi, "'Kế hoạch' (vi) or 'Plan' (en).");
  m.def(
      "display_name",
      [](AdministrativeLevel l, Lang lang) { return std::string(display_name(l, lang)); },
      py::arg("level"), py::arg("lang") = Lang::vi);
  m.def(
      "abbreviation",
      [](DocumentType t) -> std::optional<std::string> {
        if (auto a = abbreviation(t)) return std::string(*a);
        return std::nullopt;
      },
      py::arg("type"), "The official abbreviation ('KH'), or None (công văn, thư công, laws).");
  m.def("document_type_from_abbreviation", &document_type_from_abbreviation,
        py::arg("abbreviation"), "The type abbreviated so in a state symbol; raises NotFound.");
  m.def("party_document_type_from_abbreviation", &party_document_type_from_abbreviation,
        py::arg("abbreviation"), "The type abbreviated so in a Party number; raises NotFound.");
  m.def("document_type_from_name", &document_type_from_name, py::arg("name"),
        "The type named so in Vietnamese ('Kế hoạch'); raises NotFound.");

  py::class_<DocumentNumber>(m, "DocumentNumber",
                             "A document's number and symbol ('số, ký hiệu'). "
                             "DocumentNumber('43/KH-UBND') parses; str() is canonical.")
      .def(py::init(&DocumentNumber::parse), py::arg("text"))
      .def(py::init<std::optional<std::string>, std::optional<int>, std::string, std::string,
                    std::string, NumberStyle>(),
           py::kw_only(), py::arg("number"), py::arg("year") = py::none(),
           py::arg("type_abbreviation") = "", py::arg("issuer_abbreviation"),
           py::arg("unit_abbreviation") = "", py::arg("style") = NumberStyle::state)
      .def_static("parse", &DocumentNumber::parse, py::arg("text"))
      .def_property_readonly("number", &DocumentNumber::number)
      .def_property_readonly("ordinal", &DocumentNumber::ordinal)
      .def_property_readonly("year", &DocumentNumber::year)
      .def_property_readonly("type_abbreviation", &DocumentNumber::type_abbreviation)
      .def_property_readonly("issuer_abbreviation", &DocumentNumber::issuer_abbreviation)
      .def_property_readonly("unit_abbreviation", &DocumentNumber::unit_abbreviation)
      .def_property_readonly("style", &DocumentNumber::style)
      .def_property_readonly("document_type", &DocumentNumber::document_type)
      .def_property_readonly("is_draft", &DocumentNumber::is_draft)
      .def_property_readonly("has_year", &DocumentNumber::has_year)
      .def_property_readonly("symbol", &DocumentNumber::symbol)
      .def("__str__", &DocumentNumber::to_string)
      .def("__repr__",
           [](const DocumentNumber& n) { return "DocumentNumber('" + n.to_string() + "')"; })
      .def("__hash__", [](const DocumentNumber& n) { return py::hash(py::str(n.to_string())); })
      .def(py::self == py::self);

  py::class_<NumberMatch>(m, "NumberMatch", "A document number found in a text.")
      .def_readonly("number", &NumberMatch::number)
      .def_readonly("where", &NumberMatch::where)
      .def_readonly("text", &NumberMatch::text)
      .def("__repr__", [](const NumberMatch& n) {
        return "<NumberMatch " + n.number.to_string() + " at " + n.where.to_string() + ">";
      });
  m.def("find_document_numbers", &find_document_numbers, py::arg("text"),
        "Every document number that follows the word 'số' in text, in text order.");

  py::class_<DocumentRef>(m, "DocumentRef",
                          "One document as another cites it ('Kế hoạch số 43/KH-UBND ngày "
                          "26/02/2024 của UBND thành phố').")
      .def(py::init<std::optional<DocumentType>, std::optional<DocumentNumber>,
                    std::optional<Date>, std::optional<std::string>, std::optional<std::string>,
                    std::optional<std::string>, std::optional<int>>(),
           py::kw_only(), py::arg("type") = py::none(), py::arg("number") = py::none(),
           py::arg("date") = py::none(), py::arg("issuer") = py::none(),
           py::arg("title") = py::none(), py::arg("part") = py::none(),
           py::arg("year") = py::none())
      .def_property_readonly("type", &DocumentRef::type)
      .def_property_readonly("number", &DocumentRef::number)
      .def_property_readonly("date", &DocumentRef::date)
      .def_property_readonly("year", &DocumentRef::year)
      .def_property_readonly("issuer", &DocumentRef::issuer)
      .def_property_readonly("title", &DocumentRef::title)
      .def_property_readonly("part", &DocumentRef::part)
      .def("to_string", &DocumentRef::to_string, py::arg("lang") = Lang::vi)
      .def("__str__", [](const DocumentRef& r) { return r.to_string(); })
      .def("__repr__", [](const DocumentRef& r) { return "<DocumentRef " + r.to_string() + ">"; })
      .def(py::self == py::self);

  m.def("level_exists_on", &level_exists_on, py::arg("level"), py::arg("day"),
        "Whether local government had this level on day (district: until 30/06/2025).");
  py::class_<Authority>(m, "Authority", "A body that issues, leads, coordinates or receives.")
      .def(py::init<std::string, AdministrativeLevel, std::optional<std::string>,
                    std::optional<std::string>>(),
           py::arg("name"), py::arg("level"), py::arg("short_name") = py::none(),
           py::arg("parent") = py::none())
      .def_property_readonly("name", &Authority::name)
      .def_property_readonly("level", &Authority::level)
      .def_property_readonly("short_name", &Authority::short_name)
      .def_property_readonly("parent", &Authority::parent)
      .def("__repr__", [](const Authority& a) { return "<Authority " + a.name() + ">"; })
      .def(py::self == py::self);

  py::class_<SignatureLine>(m, "SignatureLine", "One authority line of a signature block.")
      .def(py::init([](SignatureAuthority a, std::string text) {
             return SignatureLine{a, std::move(text)};
           }),
           py::arg("authority"), py::arg("text"))
      .def_readonly("authority", &SignatureLine::authority)
      .def_readonly("text", &SignatureLine::text)
      .def(py::self == py::self);
  py::class_<Signer>(m, "Signer", "Who signs a document, as the signature block shows it.")
      .def(py::init<std::vector<SignatureLine>, std::string, std::optional<std::string>, bool>(),
           py::arg("authority_lines"), py::arg("position"), py::arg("name") = py::none(),
           py::arg("acting") = false)
      .def_static("parse", &Signer::parse, py::arg("block"))
      .def_property_readonly("authority", &Signer::authority)
      .def_property_readonly("on_behalf_of", &Signer::on_behalf_of)
      .def_property_readonly("authority_lines", &Signer::authority_lines)
      .def_property_readonly("position", &Signer::position)
      .def_property_readonly("is_acting", &Signer::is_acting)
      .def_property_readonly("name", &Signer::name)
      .def("__str__", &Signer::to_string)
      .def("__repr__", [](const Signer& s) { return "<Signer " + s.position() + ">"; })
      .def(py::self == py::self);

  py::class_<PlaceDate>(m, "PlaceDate", "A document's place-and-date line, read.")
      .def_readonly("place", &PlaceDate::place)
      .def_readonly("date", &PlaceDate::date)
      .def("__repr__",
           [](const PlaceDate& p) {
             return "<PlaceDate " + p.place + ", " + p.date.to_string() + ">";
           })
      .def(py::self == py::self);
  m.def("parse_place_date", &parse_place_date, py::arg("line"),
        "Reads a place-and-date line ('Chánh Lộ, ngày    tháng 02 năm 2024').");
  m.def("check_place_date", &check_place_date, py::arg("line"),
        "Checks a place-and-date line against Decree 30/2020/NĐ-CP; returns Findings.");

  py::class_<DocumentHeader>(m, "DocumentHeader",
                             "What a document's header says about itself: number and date line.")
      .def_readonly("number", &DocumentHeader::number)
      .def_readonly("date_line", &DocumentHeader::date_line)
      .def_readonly("date_line_where", &DocumentHeader::date_line_where)
      .def_readonly("place_date", &DocumentHeader::place_date)
      .def_readonly("findings", &DocumentHeader::findings);
  m.def("read_header", &read_header, py::arg("text"),
        "Reads the number and place-and-date line of a document's text.");
}

}  // namespace govplan_py
