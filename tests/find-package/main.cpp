// Links the installed govplan and reads the Chánh Lộ plan's header.
#include <govplan/govplan.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  const govplan::DocumentHeader h = govplan::read_header(text.str());
  if (!h.number || !h.place_date) return 1;
  std::cout << "consumer: " << h.number->number << ' ' << h.place_date->date << " (govplan "
            << govplan::version_string << ")\n";
  return govplan::parse_date("ngày 26 tháng 02 năm 2024") == govplan::Date(2024, 2, 26) ? 0 : 1;
}
