#include "govplan/lang.hpp"

#include "govplan/error.hpp"

namespace govplan {

std::string_view to_string(Lang lang) noexcept { return lang == Lang::en ? "en" : "vi"; }

Lang parse_lang(std::string_view text) {
  if (text == "vi") return Lang::vi;
  if (text == "en") return Lang::en;
  throw ParseError("lang.unknown", "\"vi\" or \"en\"", quote(text));
}

}  // namespace govplan
