// Codes the events of an annotated document: the sentence coder on every
// sentence, then what needs the whole document — actors for a bare
// "delegation", a recipient left to the context, dates, and deduplication.
#pragma once
#include <ostream>
#include <vector>

#include "events/cameo.h"
#include "events/coder.h"
#include "events/dates.h"
#include "events/event.h"
#include "events/lexicon.h"
#include "pipeline/annotate.h"

namespace dyad::pipeline {

class DocumentCoder {
 public:
  // All must outlive the coder; `dates` may be null (no event dates).
  DocumentCoder(const events::Lexicon& lexicon, const events::CameoTable& cameo, const events::DateRules* dates)
      : lexicon_(lexicon), cameo_(cameo), dates_(dates), coder_(lexicon, cameo) {}

  // With `explain`, writes per sentence the parse, the mentions and what
  // they refer to, each predicate considered and why each candidate event
  // was kept or dropped (dyad code --explain).
  // With `mentions`, also gives every mention the events were read with:
  // the recogniser's and the stand-ins coding adds ("the delegation" for
  // the party the story is about).
  // With `reports`, also gives every event as reported, before reports of
  // one event are merged (each report's parties stand where it is told).
  std::vector<events::Event> code(const AnnotatedDocument& doc, std::ostream* explain = nullptr,
                                  std::vector<Mention>* mentions = nullptr,
                                  std::vector<events::Event>* reports = nullptr) const;

 private:
  const events::Lexicon& lexicon_;
  const events::CameoTable& cameo_;
  const events::DateRules* dates_;
  events::Coder coder_;
};

}  // namespace dyad::pipeline
