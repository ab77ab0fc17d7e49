// PETRARCH validation records (<Sentence …> with <EventCoding …>, <Text>,
// <Parse>) read leniently: PETR2_GSR_validation.xml is not well-formed XML
// (self-closed <Sentence/> followed by its parts, '#' banner lines, bare
// '&'), so this is a tag scanner, not an XML parser. Scoring follows
// Universal-PETRARCH's validation script.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "petrarch/dictionaries.h"

namespace dyad::petrarch {

struct ExpectedEvent {
  std::string source, target, code;
};

struct Record {
  std::string id, category, date;  // date as written (YYYYMMDD)
  std::vector<ExpectedEvent> expected;
  bool no_events = false;  // <EventCoding noevents="True"/>
  std::string text;        // whitespace collapsed
  std::string parse;       // the <Parse> body as written (CoNLL-U or a Penn tree)
  std::string where;       // file:line of the <Sentence>
};

struct ValidationFile {
  std::map<std::string, std::string> environment;  // Verbfile, Actorfile, …, Include
  std::vector<Record> records;
};

// Records with evaluate="false", or whose category is not in <Include>, are
// left out. Problems (a record without text, an unclosed tag) are reported.
ValidationFile read_validation(std::string_view text, const std::string& file, Report& report);

// A coded event in PETRARCH's terms.
struct CodedEvent {
  std::string source, target, code;
};

struct Score {
  std::size_t records = 0, expected = 0, correct = 0, uncoded = 0, extra = 0;
  void add(const Score& o) {
    records += o.records, expected += o.expected, correct += o.correct, uncoded += o.uncoded, extra += o.extra;
  }
};

// One record's score: an expected event is correct when a coded event has
// the same source, target and event code (each coded event counts once);
// uncoded = expected - correct; extra = coded events that match none.
// `matched[i]` tells whether coded[i] matched an expected event.
Score score_record(const Record& record, const std::vector<CodedEvent>& coded, std::vector<bool>* matched = nullptr);

// The date attribute (YYYYMMDD) as ISO YYYY-MM-DD; empty when malformed.
std::string record_date(const std::string& date);

}  // namespace dyad::petrarch
