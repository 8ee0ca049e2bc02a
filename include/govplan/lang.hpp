// govplan/lang.hpp — the languages of user-facing text.
//
// Officials read Vietnamese, so every label, message and report defaults to Lang::vi; Lang::en
// gives the English text of the same table. Text is UTF-8 in Unicode normalisation form C.
#pragma once

#include <string_view>

namespace govplan {

/// A language for user-facing text.
enum class Lang {
  vi,  ///< Vietnamese (the default everywhere)
  en,  ///< English
};

/// "vi" or "en".
std::string_view to_string(Lang lang) noexcept;

/// Reads "vi" or "en"; throws ParseError naming the accepted values otherwise.
Lang parse_lang(std::string_view text);

}  // namespace govplan
