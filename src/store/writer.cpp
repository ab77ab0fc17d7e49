#include "store/writer.h"

#include <algorithm>
#include <vector>

#include "store/cluster_rules.h"
#include "store/date_window.h"
#include "store/fingerprint.h"

namespace dyad::store {

// Prepared once per writer: ingest runs them millions of times.
struct Writer::Statements {
  explicit Statements(Connection& db)
      : by_hash(db.prepare("SELECT 1 FROM documents WHERE content_hash = ?1 LIMIT 1")),
        by_id(db.prepare("SELECT id FROM documents WHERE doc_id = ?1")),
        insert_document(db.prepare(
            "INSERT INTO documents(doc_id, content_hash, url, title, lang, date, text, simhash) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id")),
        insert_sentence(db.prepare("INSERT INTO sentences(doc, idx, begin, \"end\") VALUES (?1, ?2, ?3, ?4)")),
        insert_mention(db.prepare(
            "INSERT INTO mentions(doc, sentence, begin, \"end\", text, kind, code, country, org, sector, name) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")),
        insert_event(db.prepare(
            "INSERT INTO events(doc, sentence, text, span_begin, span_end, trigger, trigger_begin, trigger_end, "
            "code, root, name, quad, goldstein, plover, "
            "source_code, source_country, source_org, source_sector, source_name, source_text, source_begin, "
            "source_end, target_code, target_country, target_org, target_sector, target_name, target_text, "
            "target_begin, target_end, \"symmetric\", date, date_precision, day_lo, day_hi, lang, confidence, cluster, "
            "doc_id, sentences) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
            "?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39, ?40)")),
        insert_band(db.prepare("INSERT INTO simhash_bands(band, value, doc) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")),
        band_candidates(db.prepare(
            "SELECT d.id, d.simhash FROM simhash_bands b JOIN documents d ON d.id = b.doc "
            "WHERE b.band = ?1 AND b.value = ?2 AND b.doc <> ?3")),
        insert_near_duplicate(db.prepare(
            "INSERT INTO near_duplicates(doc, other, distance) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")),
        simhash_of(db.prepare("SELECT simhash FROM documents WHERE id = ?1")),
        cluster_candidates(db.prepare(
            "SELECT id, code, source_code, target_code, \"symmetric\", day_lo, day_hi, precise, date FROM clusters "
            "WHERE pair = ?1 AND root = ?2 AND day_lo IS NOT NULL ORDER BY id")),
        insert_cluster(db.prepare(
            "INSERT INTO clusters(pair, root, code, source_code, target_code, \"symmetric\", day_lo, day_hi, "
            "precise, date, reports) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1) RETURNING id")),
        grow_cluster(db.prepare(
            "UPDATE clusters SET code = ?2, day_lo = ?3, day_hi = ?4, precise = ?5, date = ?6, "
            "reports = reports + 1 WHERE id = ?1")),
        document_clusters(db.prepare("SELECT DISTINCT cluster FROM events WHERE doc = ?1 AND cluster IS NOT NULL")),
        delete_events(db.prepare("DELETE FROM events WHERE doc = ?1")),
        insert_agreement(db.prepare(
            "INSERT INTO agreements(doc, doc_id, sentence, sentences, text, span_begin, span_end, kind, kind_text, "
            "name, parties, topics, detail, date, date_precision, day_lo, day_hi, day_without_year, place, lang, "
            "confidence, cluster) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
            "?17, ?18, ?19, ?20, ?21, ?22)")),
        // The first report of the same agreement: same parties and kind,
        // dates (when both have one) within a month.
        agreement_cluster(db.prepare(
            "SELECT coalesce(cluster, id) FROM agreements WHERE parties = ?1 AND kind = ?2 AND "
            "(CAST(?3 AS BIGINT) IS NULL OR day_lo IS NULL OR (day_lo >= ?3 - 31 AND day_lo <= ?3 + 31)) ORDER BY id "
            "LIMIT 1")),
        delete_agreements(db.prepare("DELETE FROM agreements WHERE doc = ?1")),
        delete_sentences(db.prepare("DELETE FROM sentences WHERE doc = ?1")),
        delete_mentions(db.prepare("DELETE FROM mentions WHERE doc = ?1")),
        delete_bands(db.prepare("DELETE FROM simhash_bands WHERE doc = ?1")),
        delete_near_duplicates(db.prepare("DELETE FROM near_duplicates WHERE doc = ?1 OR other = ?1")),
        delete_document(db.prepare("DELETE FROM documents WHERE id = ?1")),
        // After reports leave a cluster: recount, and fall back to what the
        // remaining reports support.
        refresh_cluster(db.prepare(
            "UPDATE clusters SET reports = (SELECT count(*) FROM events WHERE cluster = ?1), "
            "code = coalesce((SELECT code FROM events WHERE cluster = ?1 ORDER BY length(code) DESC, code LIMIT 1), "
            "code), day_lo = (SELECT min(day_lo) FROM events WHERE cluster = ?1), "
            "day_hi = (SELECT max(day_hi) FROM events WHERE cluster = ?1) WHERE id = ?1")),
        delete_empty_cluster(db.prepare("DELETE FROM clusters WHERE id = ?1 AND reports = 0")) {}

  Statement by_hash, by_id, insert_document, insert_sentence, insert_mention, insert_event, insert_band,
      band_candidates, insert_near_duplicate, simhash_of, cluster_candidates, insert_cluster, grow_cluster, document_clusters,
      delete_events, insert_agreement, agreement_cluster, delete_agreements, delete_sentences, delete_mentions, delete_bands,
      delete_near_duplicates, delete_document, refresh_cluster, delete_empty_cluster;
};

Writer::Writer(Store& store) : store_(store), st_(std::make_unique<Statements>(store.db())) {}

Writer::~Writer() {
  if (in_batch_) store_.db().rollback();
}

bool Writer::has_content(const std::string& hash) {
  st_->by_hash.bind(1, hash);
  const bool found = st_->by_hash.step();
  st_->by_hash.reset();
  return found;
}

void Writer::begin() {
  // The writers' lock for the whole batch (Connection::begin_write), so the
  // clusters cached below stay as stored until commit.
  clusters_.clear();
  store_.db().begin_write();
  in_batch_ = true;
}

void Writer::commit() {
  store_.db().commit();
  in_batch_ = false;
  clusters_.clear();
}

void Writer::rollback() {
  clusters_.clear();
  if (!in_batch_) return;
  in_batch_ = false;
  store_.db().rollback();
}

void Writer::analyze() { store_.db().analyze(); }

namespace {

void bind_actor(Statement& st, int first, const StoredActor* a) {
  if (!a) {
    for (int i = 0; i < 8; ++i) st.bind_null(first + i);
    return;
  }
  st.bind(first, a->code);
  st.bind_or_null(first + 1, a->country).bind_or_null(first + 2, a->org).bind_or_null(first + 3, a->sector);
  st.bind_or_null(first + 4, a->name).bind(first + 5, a->text);
  st.bind(first + 6, a->span.begin).bind(first + 7, a->span.end);
}

// Reports merge only when their dates say when: a month or a day.
std::optional<DayInterval> merge_interval(const std::optional<PartialDate>& date) {
  if (!date || date->precision() == DatePrecision::kYear) return std::nullopt;
  return interval_of(date);
}

// Supporting sentences as stored (schema v4): NULL (empty) when the event
// rests on its own sentence alone, the usual case; else every index, sorted.
std::string sentence_list(const StoredEvent& e) {
  std::vector<std::size_t> all = e.sentences;
  all.push_back(e.sentence);
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  if (all.size() == 1) return {};
  std::string out;
  for (std::size_t s : all) {
    if (!out.empty()) out += ',';
    out += std::to_string(s);
  }
  return out;
}

}  // namespace

IngestResult Writer::put(const StoredDocument& doc) {
  // Outside a batch every statement is its own transaction: nothing cached.
  if (!in_batch_) clusters_.clear();
  const std::string hash = content_hash(doc);
  if (has_content(hash)) return IngestResult::kUnchanged;
  IngestResult result = IngestResult::kAdded;
  st_->by_id.bind(1, doc.id);
  if (st_->by_id.step()) {
    const std::int64_t old = st_->by_id.int64(0);
    st_->by_id.reset();
    remove_document(old);
    result = IngestResult::kReplaced;
  } else {
    st_->by_id.reset();
  }

  const std::uint64_t sim = simhash(doc.text);
  Statement& d = st_->insert_document;
  d.bind(1, doc.id).bind(2, hash).bind_or_null(3, doc.url).bind_or_null(4, doc.title).bind_or_null(5, doc.lang);
  if (doc.date) {
    d.bind(6, doc.date->iso());
  } else {
    d.bind_null(6);
  }
  d.bind(7, doc.text).bind(8, static_cast<std::int64_t>(sim));
  const std::int64_t id = d.returning_id();

  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    st_->insert_sentence.bind(1, id).bind(2, i).bind(3, doc.sentences[i].begin).bind(4, doc.sentences[i].end).run();
  }
  for (const StoredMention& m : doc.mentions) {
    Statement& st = st_->insert_mention;
    st.bind(1, id).bind(2, m.sentence).bind(3, m.span.begin).bind(4, m.span.end).bind(5, m.text);
    st.bind_or_null(6, m.kind).bind_or_null(7, m.actor.code).bind_or_null(8, m.actor.country);
    st.bind_or_null(9, m.actor.org).bind_or_null(10, m.actor.sector).bind_or_null(11, m.actor.name);
    st.run();
  }
  if (sim != 0) link_near_duplicates(id, sim);

  for (const StoredEvent& e : doc.events) {
    const std::int64_t cluster = assign_cluster(e);
    Statement& st = st_->insert_event;
    st.bind(1, id).bind(2, e.sentence).bind(3, e.text).bind(4, e.span.begin).bind(5, e.span.end);
    st.bind_or_null(6, e.trigger).bind(7, e.trigger_span.begin).bind(8, e.trigger_span.end);
    st.bind(9, e.code).bind(10, e.root).bind_or_null(11, e.name).bind(12, e.quad).bind(13, e.goldstein);
    st.bind_or_null(14, e.plover);
    bind_actor(st, 15, &e.source);
    bind_actor(st, 23, e.target ? &*e.target : nullptr);
    st.bind(31, e.symmetric ? 1 : 0);
    if (const auto iv = interval_of(e.date)) {
      st.bind(32, e.date->iso()).bind(33, to_string(e.date->precision())).bind(34, iv->lo).bind(35, iv->hi);
    } else {
      st.bind_null(32).bind_null(33).bind_null(34).bind_null(35);
    }
    st.bind_or_null(36, e.lang.empty() ? doc.lang : e.lang).bind(37, e.confidence).bind(38, cluster);
    st.bind(39, doc.id).bind_or_null(40, sentence_list(e));
    st.run();
    ++events_written_;
  }
  for (const StoredAgreement& a : doc.agreements) put_agreement(id, doc, a);
  return result;
}

namespace {

// "|KEN|NLD|": sorted, between bars, so one LIKE finds a member.
std::string bar_list(std::vector<std::string> items) {
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  std::string out = "|";
  for (const auto& x : items) out += x + "|";
  return out;
}

std::string index_list(std::size_t first, std::vector<std::size_t> all) {
  all.push_back(first);
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  if (all.size() == 1) return {};
  std::string out;
  for (std::size_t s : all) out += (out.empty() ? "" : ",") + std::to_string(s);
  return out;
}

}  // namespace

void Writer::put_agreement(std::int64_t doc, const StoredDocument& d, const StoredAgreement& a) {
  const std::string parties = bar_list(a.parties);
  const auto iv = interval_of(a.date);
  Statement& c = st_->agreement_cluster;
  c.bind(1, parties).bind(2, a.kind);
  if (iv) {
    c.bind(3, iv->lo);
  } else {
    c.bind_null(3);
  }
  std::optional<std::int64_t> cluster;
  if (c.step()) cluster = c.int64(0);
  c.reset();
  Statement& st = st_->insert_agreement;
  st.bind(1, doc).bind(2, d.id).bind(3, a.sentence).bind_or_null(4, index_list(a.sentence, a.sentences));
  st.bind(5, a.text).bind(6, a.span.begin).bind(7, a.span.end).bind(8, a.kind).bind_or_null(9, a.kind_text);
  st.bind_or_null(10, a.name).bind(11, parties).bind(12, bar_list(a.topics)).bind(13, a.detail);
  if (iv) {
    st.bind(14, a.date->iso()).bind(15, to_string(a.date->precision())).bind(16, iv->lo).bind(17, iv->hi);
  } else {
    st.bind_null(14).bind_null(15).bind_null(16).bind_null(17);
  }
  st.bind_or_null(18, a.day_without_year).bind_or_null(19, a.place).bind_or_null(20, a.lang.empty() ? d.lang : a.lang);
  st.bind(21, a.confidence);
  if (cluster) {
    st.bind(22, *cluster);
  } else {
    st.bind_null(22);
  }
  st.run();
}

void Writer::link_near_duplicates(std::int64_t id, std::uint64_t hash) {
  std::vector<std::int64_t> linked;
  for (int band = 0; band < kSimhashBands; ++band) {
    const auto value = static_cast<std::int64_t>((hash >> (kSimhashBandBits * band)) & ((1u << kSimhashBandBits) - 1));
    Statement& c = st_->band_candidates;
    c.bind(1, band).bind(2, value).bind(3, id);
    while (c.step()) {
      const std::int64_t other = c.int64(0);
      const int distance = hamming(hash, static_cast<std::uint64_t>(c.int64(1)));
      if (distance <= kNearDuplicateBits && std::find(linked.begin(), linked.end(), other) == linked.end()) {
        linked.push_back(other);
      }
    }
    c.reset();
    st_->insert_band.bind(1, band).bind(2, value).bind(3, id).run();
  }
  for (std::int64_t other : linked) {
    // Recompute the distance for the record (cheap, rare).
    Statement& get = st_->simhash_of;
    get.bind(1, other);
    const int distance = get.step() ? hamming(hash, static_cast<std::uint64_t>(get.int64(0))) : 0;
    get.reset();
    st_->insert_near_duplicate.bind(1, id).bind(2, other).bind(3, distance).run();
  }
}

std::vector<Writer::CachedCluster>& Writer::clusters_of(const std::string& pair, const std::string& root) {
  std::string key = pair;
  key += '\x1f';
  key += root;
  auto [it, added] = clusters_.try_emplace(std::move(key));
  if (added) {
    Statement& c = st_->cluster_candidates;
    c.bind(1, pair).bind(2, root);
    while (c.step()) {
      it->second.push_back({c.int64(0), c.text(1), c.text(2), c.text(3), c.int64(4) != 0, c.int64(5), c.int64(6),
                            c.int64(7) != 0, c.text(8)});
    }
    c.reset();
  }
  return it->second;
}

std::int64_t Writer::assign_cluster(const StoredEvent& e) {
  const std::string target = e.target ? e.target->code : std::string();
  const std::string pair = pair_key(e.source.code, target);
  const auto iv = merge_interval(e.date);
  const std::string date = e.date ? e.date->iso() : std::string();
  std::vector<CachedCluster>* cached = nullptr;
  if (iv) {
    cached = &clusters_of(pair, e.root);
    const std::int64_t max_lo = iv->hi + kMergeWindowDays, min_hi = iv->lo - kMergeWindowDays;
    for (CachedCluster& c : *cached) {
      if (c.lo > max_lo || c.hi < min_hi) continue;
      if (!codes_compatible(c.code, e.code)) continue;
      if (!actors_compatible(c.source, c.target, c.symmetric, e.source.code, target, e.symmetric)) continue;
      if (c.precise && iv->precise && c.lo != iv->lo) continue;
      const std::string best_code(more_specific(c.code, e.code));
      // The most precise date stands for the cluster.
      const std::string best_date = date.size() > c.date.size() ? date : c.date;
      const bool precise = c.precise && iv->precise;
      c.code = best_code;
      c.lo = std::min(c.lo, iv->lo);
      c.hi = std::max(c.hi, iv->hi);
      c.precise = precise;
      c.date = best_date;
      st_->grow_cluster.bind(1, c.id).bind(2, best_code).bind(3, c.lo);
      st_->grow_cluster.bind(4, c.hi).bind(5, precise ? 1 : 0).bind_or_null(6, best_date);
      st_->grow_cluster.run();
      return c.id;
    }
  }
  Statement& st = st_->insert_cluster;
  st.bind(1, pair).bind(2, e.root).bind(3, e.code).bind(4, e.source.code).bind_or_null(5, target);
  st.bind(6, e.symmetric ? 1 : 0);
  if (iv) {
    st.bind(7, iv->lo).bind(8, iv->hi).bind(9, iv->precise ? 1 : 0);
  } else {
    st.bind_null(7).bind_null(8).bind(9, 0);
  }
  st.bind_or_null(10, date);
  const std::int64_t id = st.returning_id();
  if (cached) cached->push_back({id, e.code, e.source.code, target, e.symmetric, iv->lo, iv->hi, iv->precise, date});
  return id;
}

void Writer::remove_document(std::int64_t id) {
  clusters_.clear();  // reports leave clusters: reload them
  std::vector<std::int64_t> clusters;
  st_->document_clusters.bind(1, id);
  while (st_->document_clusters.step()) clusters.push_back(st_->document_clusters.int64(0));
  st_->document_clusters.reset();
  for (Statement* st : {&st_->delete_events, &st_->delete_agreements, &st_->delete_sentences,
                        &st_->delete_mentions, &st_->delete_bands, &st_->delete_near_duplicates,
                        &st_->delete_document}) {
    st->bind(1, id).run();
  }
  for (std::int64_t c : clusters) {
    st_->refresh_cluster.bind(1, c).run();
    st_->delete_empty_cluster.bind(1, c).run();
  }
}

}  // namespace dyad::store
