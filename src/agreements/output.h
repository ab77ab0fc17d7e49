// Agreements as JSON Lines (dyad code --format agreements): one object per
// agreement; offsets are Unicode code points of the document text, as in
// the event output.
#pragma once
#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "agreements/agreement.h"
#include "text/document.h"

namespace dyad::agreements {

nlohmann::json to_json(const Document& doc, const Agreement& a);
void write_agreements_jsonl(std::ostream& out, const Document& doc, const std::vector<Agreement>& agreements);

}  // namespace dyad::agreements
