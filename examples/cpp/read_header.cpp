// Reads the header of a plan's text and prints its number, date and the numbers it cites.
//   example_read_header examples/plans/chanh-lo-2024.txt
#include <fstream>
#include <iostream>
#include <sstream>

#include "govplan/govplan.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: example_read_header PLAN.txt\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "cannot open " << argv[1] << '\n';
    return 1;
  }
  std::ostringstream text;
  text << in.rdbuf();
  try {
    const govplan::DocumentHeader header = govplan::read_header(text.str());
    if (header.number) std::cout << "number: " << header.number->number << '\n';
    if (header.place_date) {
      std::cout << "place: " << header.place_date->place << '\n'
                << "date: " << header.place_date->date << '\n';
    }
    for (const auto& m : govplan::find_document_numbers(text.str())) {
      std::cout << "cites: " << m.number << " at " << m.where.to_string() << '\n';
    }
  } catch (const govplan::Error& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
}
