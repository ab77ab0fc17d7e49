#include "store/reports.h"

#include <algorithm>
#include <map>
#include <utility>

namespace dyad::store {

// The aggregates read through query_events so they share its filters and
// indexes; the sums are cheap next to reading the rows.

std::vector<ActorCount> actor_counts(Store& store, const EventFilter& filter) {
  std::map<std::string, ActorCount> by_code;
  query_events(store, filter, [&](const EventRow& r) {
    auto& s = by_code[r.event.source.code];
    s.code = r.event.source.code;
    ++s.as_source;
    if (r.event.target) {
      auto& t = by_code[r.event.target->code];
      t.code = r.event.target->code;
      ++t.as_target;
    }
  });
  std::vector<ActorCount> out;
  for (auto& [code, c] : by_code) out.push_back(c);
  std::stable_sort(out.begin(), out.end(), [](const ActorCount& a, const ActorCount& b) { return a.total() > b.total(); });
  return out;
}

std::vector<Dyad> network(Store& store, const EventFilter& filter) {
  struct Sum {
    std::size_t n = 0, coop = 0, conf = 0;
    double goldstein = 0;
  };
  std::map<std::pair<std::string, std::string>, Sum> sums;
  query_events(store, filter, [&](const EventRow& r) {
    if (!r.event.target) return;
    std::string a = r.event.source.code, b = r.event.target->code;
    if (r.event.symmetric && b < a) std::swap(a, b);
    Sum& s = sums[{a, b}];
    ++s.n;
    s.goldstein += r.event.goldstein;
    if (r.event.quad <= 2) ++s.coop; else ++s.conf;
  });
  std::vector<Dyad> out;
  for (const auto& [pair, s] : sums) {
    out.push_back({pair.first, pair.second, s.n, s.goldstein / static_cast<double>(s.n),
                   static_cast<double>(s.coop) / static_cast<double>(s.n),
                   static_cast<double>(s.conf) / static_cast<double>(s.n)});
  }
  std::stable_sort(out.begin(), out.end(), [](const Dyad& a, const Dyad& b) { return a.events > b.events; });
  return out;
}

std::vector<TimelineBin> timeline(Store& store, const EventFilter& filter, TimelineUnit unit) {
  std::map<std::string, TimelineBin> bins;
  query_events(store, filter, [&](const EventRow& r) {
    if (!r.event.date) return;
    const PartialDate& d = *r.event.date;
    PartialDate key{d.year, unit == TimelineUnit::kYear ? 0 : d.month, unit == TimelineUnit::kDay ? d.day : 0};
    if (unit == TimelineUnit::kDay && d.precision() != DatePrecision::kDay) return;  // no day to put it on
    if (unit == TimelineUnit::kMonth && d.precision() == DatePrecision::kYear) return;
    TimelineBin& b = bins[key.iso()];
    b.period = key.iso();
    ++b.events;
    if (r.event.quad <= 2) ++b.cooperation; else ++b.conflict;
    b.mean_goldstein += r.event.goldstein;
  });
  std::vector<TimelineBin> out;
  for (auto& [k, b] : bins) {
    b.mean_goldstein /= static_cast<double>(b.events);
    out.push_back(b);
  }
  return out;
}

}  // namespace dyad::store
