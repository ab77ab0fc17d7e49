// Reading the agreements register back (dyad agreements, the API), filtered
// by party, other party, topic, kind and date, and writing it as a table,
// JSON Lines or CSV.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "store/record.h"
#include "store/store.h"

namespace dyad::store {

struct AgreementFilter {
  std::string party;  // a principal among the parties: "KEN", "EU"
  std::string with;   // another principal among them
  std::string topic;  // a topic id
  std::string kind;   // a kind id
  std::string doc;
  std::optional<PartialDate> since, until;  // dated agreements only
  std::size_t limit = 0;                    // 0: no limit
  std::int64_t after_id = 0;                // rows with a larger id only (paging)
};

struct AgreementRow {
  std::int64_t id = 0;
  std::int64_t cluster = 0;  // the first report's id: reports of one agreement share it
  std::string doc;
  StoredAgreement agreement;
};

// In date order (undated last), then document and sentence; with
// `after_id`, in id order.
void query_agreements(Store& store, const AgreementFilter& filter, const std::function<void(const AgreementRow&)>& visit);

// The agreement as one JSON object (parties, signatories and relations in full).
std::string agreement_json(const AgreementRow& row);

// Adds the store's own ids to an agreement's relations (agreement_json
// parsed): `agreement_id` to each earlier agreement that is in the same
// document's register, `event_id` to each referring event.
void link_relations(Store& store, const AgreementRow& row, nlohmann::json& agreement);

// Fills each dyad's `agreements` and `agreement_topics` from the register:
// agreements (reports of one counted once) whose parties include both
// sides' principals.
struct Dyad;
void add_agreements(Store& store, std::vector<Dyad>& dyads);

enum class AgreementFormat { kTable, kJsonl, kCsv };
void write_agreements(std::ostream& out, AgreementFormat format, const std::vector<AgreementRow>& rows);

}  // namespace dyad::store
