#include "text/html.h"

#include <gumbo.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/utf8.h"

namespace dyad {
namespace {

// ---------------------------------------------------------------------------
// What counts as page furniture rather than story. These are tables so that
// tuning the extractor is a data change.

// Elements never part of an article's text. <header> is handled separately:
// inside an <article> it holds the headline.
constexpr GumboTag kDroppedTags[] = {
    GUMBO_TAG_NAV,      GUMBO_TAG_FOOTER,  GUMBO_TAG_ASIDE,   GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,
    GUMBO_TAG_NOSCRIPT, GUMBO_TAG_FORM,    GUMBO_TAG_IFRAME,  GUMBO_TAG_SVG,      GUMBO_TAG_MATH,
    GUMBO_TAG_TEMPLATE, GUMBO_TAG_BUTTON,  GUMBO_TAG_SELECT,  GUMBO_TAG_TEXTAREA, GUMBO_TAG_INPUT,
    GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,   GUMBO_TAG_CANVAS,  GUMBO_TAG_MENU,     GUMBO_TAG_AUDIO,
    GUMBO_TAG_VIDEO,    GUMBO_TAG_MAP,     GUMBO_TAG_HEAD,    GUMBO_TAG_NOEMBED,  GUMBO_TAG_NOFRAMES,
    GUMBO_TAG_DATALIST, GUMBO_TAG_OPTION,  GUMBO_TAG_APPLET,  GUMBO_TAG_FRAMESET, GUMBO_TAG_LABEL,
};

// Elements that start a new paragraph of the extracted text.
constexpr GumboTag kBlockTags[] = {
    GUMBO_TAG_P,          GUMBO_TAG_H1,      GUMBO_TAG_H2,      GUMBO_TAG_H3,         GUMBO_TAG_H4,
    GUMBO_TAG_H5,         GUMBO_TAG_H6,      GUMBO_TAG_LI,      GUMBO_TAG_DIV,        GUMBO_TAG_BR,
    GUMBO_TAG_TD,         GUMBO_TAG_TH,      GUMBO_TAG_TR,      GUMBO_TAG_TABLE,      GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_PRE,        GUMBO_TAG_UL,      GUMBO_TAG_OL,      GUMBO_TAG_DL,         GUMBO_TAG_DT,
    GUMBO_TAG_DD,         GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN,       GUMBO_TAG_HEADER,
    GUMBO_TAG_ADDRESS,    GUMBO_TAG_FIGURE,  GUMBO_TAG_HR,      GUMBO_TAG_FIGCAPTION, GUMBO_TAG_CAPTION,
    GUMBO_TAG_DETAILS,    GUMBO_TAG_SUMMARY, GUMBO_TAG_CENTER,  GUMBO_TAG_HGROUP,     GUMBO_TAG_FIELDSET,
    GUMBO_TAG_LEGEND,     GUMBO_TAG_BODY,    GUMBO_TAG_DIR,     GUMBO_TAG_LISTING,
};

// Elements whose own text makes a paragraph for the text-density heuristic.
constexpr GumboTag kParagraphTags[] = {GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_TD, GUMBO_TAG_BLOCKQUOTE};

// ARIA roles of page furniture.
constexpr const char* kDroppedRoles[] = {"navigation", "banner", "contentinfo", "complementary", "search",
                                         "menu",       "menubar", "dialog",     "alertdialog",   "toolbar"};

// Furniture named by class or id. Substrings are distinctive enough to match
// anywhere ("site-navigation", "cookieBanner"); the short words must be a
// whole part of a hyphenated or underscored name ("nav", not "canvas").
constexpr const char* kFurnitureSubstrings[] = {
    "navigation", "navbar",   "menu",  "breadcrumb", "cookie",    "consent",   "gdpr",      "share",
    "social",     "sidebar",  "related", "recommend", "newsletter", "subscribe", "popup",   "advert",
    "comment-",   "comments", "disqus", "skiplink",  "skip-link", "paywall",   "nieuwsbrief",
};
constexpr const char* kFurnitureParts[] = {"nav",    "ad",    "ads",    "comment", "reply",      "respond",
                                           "banner", "promo", "footer", "tags",    "widget",     "modal",
                                           "signup", "pager", "toolbar", "masthead", "pagination", "print",
                                           "byline"};

// A block that opens the comment section ends the article.
constexpr const char* kCommentSectionStarts[] = {
    "leave a reply",   "leave a comment", "post a comment",  "add a comment",          "join the discussion",
    "comments",        "reacties",        "reageer",         "laat een reactie achter", "geef een reactie",
    "plaats een reactie",
};
// Words that after a number make a comment-count heading ("12 Comments").
constexpr const char* kCommentCountWords[] = {"comment", "comments", "responses", "replies",
                                              "reactie", "reacties", "thoughts"};

// Sentences of comment forms, cookie banners and share boxes. A short block
// containing one is dropped; a long one is story text that happens to quote it.
constexpr const char* kBoilerplatePhrases[] = {
    "your email address will not be published", "required fields are marked", "save my name, email",
    "this website uses cookies", "this site uses cookies", "we use cookies", "uses cookies to",
    "accept all cookies", "accept cookies", "cookie settings", "cookie policy",
    "share this", "share on facebook", "share on twitter", "sign up for our newsletter",
    "subscribe to our newsletter", "skip to content", "skip to main content", "all rights reserved",
    "je e-mailadres wordt niet gepubliceerd", "uw e-mailadres wordt niet gepubliceerd",
    "vereiste velden zijn gemarkeerd", "maakt gebruik van cookies", "gebruikt cookies",
    "wij gebruiken cookies", "we gebruiken cookies", "accepteer cookies", "cookie-instellingen",
    "cookiebeleid", "meld je aan voor onze nieuwsbrief", "aanmelden voor de nieuwsbrief",
    "naar de inhoud", "ga direct naar", "alle rechten voorbehouden", "deel dit artikel", "delen via",
};
constexpr std::size_t kBoilerplateMaxBytes = 500;

// Whole blocks that are labels of page widgets.
constexpr const char* kWidgetLabels[] = {
    "advertisement", "advertentie", "read more", "lees meer", "lees ook", "share", "delen", "tweet",
    "print",         "menu",        "related",   "tags",      "follow us", "volg ons", "related articles",
    "related posts", "gerelateerde artikelen", "share this article", "top",
};

// Meta names carrying the publication date, best first.
constexpr const char* kDateMetaNames[] = {
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
    "dcterms.date", "dcterms.issued", "pubdate", "publishdate", "publish-date", "publication_date",
    "sailthru.date", "parsely-pub-date", "og:article:published_time",
};

// An <article> or <main> with less text than this is a teaser, not the story.
constexpr std::size_t kMinArticleText = 200;
// A <main> with far more text than the best <article> holds the story outside it.
constexpr double kArticleShareOfMain = 0.3;
// Paragraph-like blocks shorter than this are ignored by the density heuristic.
constexpr std::size_t kMinParagraphText = 25;
// A block whose text is mostly link text is a list of links.
constexpr double kMaxLinkDensity = 0.5;
// A furniture-named element holding most of the content is a page wrapper
// ("<div class='site has-sidebar'>"), not furniture.
constexpr double kWrapperShare = 0.8;

template <typename T, std::size_t N>
bool contains(const T (&table)[N], const T& value) {
  return std::find(std::begin(table), std::end(table), value) != std::end(table);
}

bool in_table(const char* const* begin, const char* const* end, std::string_view value) {
  return std::any_of(begin, end, [&](const char* s) { return value == s; });
}
template <std::size_t N>
bool in_table(const char* const (&table)[N], std::string_view value) {
  return in_table(std::begin(table), std::end(table), value);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : trim(s)) {
    if (is_space(c)) {
      space = true;
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// DOM helpers

const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) return &node->v.element.children;
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;
}

bool is_element(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

GumboTag tag_of(const GumboNode* node) { return is_element(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN; }

std::string_view attribute(const GumboNode* node, const char* name) {
  if (!is_element(node)) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr && attr->value ? std::string_view(attr->value) : std::string_view();
}

bool has_attribute(const GumboNode* node, const char* name) {
  return is_element(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

// Depth-first walk without recursion: broken or hostile pages nest elements
// tens of thousands deep. `enter` returns whether to descend; `leave` is
// called for every node entered and descended into.
template <typename Enter, typename Leave>
void walk(const GumboNode* root, Enter&& enter, Leave&& leave) {
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  if (!enter(root)) return;
  std::vector<Frame> stack{{root, 0}};
  while (!stack.empty()) {
    const GumboNode* node = stack.back().node;
    const GumboVector* children = children_of(node);
    if (children && stack.back().next < children->length) {
      const auto* child = static_cast<const GumboNode*>(children->data[stack.back().next++]);
      if (enter(child)) stack.push_back({child, 0});
    } else {
      leave(node);
      stack.pop_back();
    }
  }
}

std::size_t text_weight(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !is_space(c); }));
}

// ---------------------------------------------------------------------------
// Classification of elements

bool is_hidden(const GumboNode* node) {
  if (has_attribute(node, "hidden") || attribute(node, "aria-hidden") == "true") return true;
  const std::string style = lower_ascii(attribute(node, "style"));
  std::string compact;
  std::copy_if(style.begin(), style.end(), std::back_inserter(compact), [](char c) { return !is_space(c); });
  return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

// Elements dropped whatever their content: furniture by tag, role or visibility.
bool is_hard_dropped(const GumboNode* node, bool inside_article) {
  const GumboTag tag = tag_of(node);
  if (contains(kDroppedTags, tag)) return true;
  if (tag == GUMBO_TAG_HEADER && !inside_article) return true;
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY) return false;
  const std::string role = lower_ascii(trim(attribute(node, "role")));
  if (!role.empty() && in_table(kDroppedRoles, role)) return true;
  return is_hidden(node);
}

bool furniture_name(std::string_view name) {
  const std::string lower = lower_ascii(name);
  for (const char* s : kFurnitureSubstrings) {
    if (lower.find(s) != std::string::npos) return true;
  }
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    const bool boundary = i == lower.size() || !((lower[i] >= 'a' && lower[i] <= 'z') || (lower[i] >= '0' && lower[i] <= '9'));
    if (!boundary) continue;
    if (i > begin && in_table(kFurnitureParts, std::string_view(lower).substr(begin, i - begin))) return true;
    begin = i + 1;
  }
  return false;
}

// Furniture by class or id ("cookie-banner", "share-buttons", "comments").
// The page's frame and explicit story containers are never judged by name.
bool has_furniture_name(const GumboNode* node) {
  const GumboTag tag = tag_of(node);
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE) {
    return false;
  }
  if (lower_ascii(attribute(node, "role")) == "main" || lower_ascii(attribute(node, "itemprop")) == "articlebody") {
    return false;
  }
  return furniture_name(attribute(node, "class")) || furniture_name(attribute(node, "id"));
}

// ---------------------------------------------------------------------------
// First pass: metadata, text statistics and the choice of the story's root.

struct TextStats {
  std::size_t text = 0;   // non-space bytes
  std::size_t links = 0;  // of which inside <a>
  TextStats& operator+=(const TextStats& o) {
    text += o.text;
    links += o.links;
    return *this;
  }
  double link_density() const { return text ? double(links) / double(text) : 0.0; }
};

struct PageSurvey {
  std::string title, og_title, lang, canonical, og_url;
  std::optional<PartialDate> meta_date;
  int meta_date_rank = -1;
  std::optional<PartialDate> pubdate_time;  // <time pubdate datetime=...>
  const GumboNode* body = nullptr;
  const GumboNode* best_article = nullptr;
  std::size_t best_article_text = 0;
  const GumboNode* best_main = nullptr;
  std::size_t best_main_text = 0;
  std::size_t body_text = 0;
  std::vector<std::pair<const GumboNode*, double>> paragraphs;  // with their density score
  std::unordered_map<const GumboNode*, TextStats> furniture_stats;  // furniture-named elements only
  const GumboNode* first_h1 = nullptr;

  // Whether a furniture-named element really is furniture: one that holds
  // most of the text of `reference` (the story's root, else the body) is a
  // page wrapper ("<div class='site has-sidebar'>").
  bool is_furniture(const GumboNode* node, std::size_t reference) const {
    const auto it = furniture_stats.find(node);
    if (it == furniture_stats.end()) return false;
    if (reference == 0) reference = body_text;
    const TextStats& s = it->second;
    return !(reference > 0 && double(s.text) >= kWrapperShare * double(reference) &&
             s.link_density() < kMaxLinkDensity);
  }
};

std::string lang_subtag(std::string_view value) {
  value = trim(value);
  if (value.size() < 2) return {};
  const std::string code = lower_ascii(value.substr(0, 2));
  const bool letters = std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!letters || (value.size() > 2 && value[2] != '-' && value[2] != '_')) return {};
  return code;
}

std::optional<PartialDate> date_value(std::string_view value) { return parse_iso_date(trim(value)); }

void read_meta(const GumboNode* node, PageSurvey& page) {
  std::string key = lower_ascii(trim(attribute(node, "property")));
  if (key.empty()) key = lower_ascii(trim(attribute(node, "name")));
  if (key.empty()) key = lower_ascii(trim(attribute(node, "itemprop")));
  const std::string_view content = attribute(node, "content");
  if (key == "og:title") page.og_title = collapse_spaces(content);
  if (key == "og:url") page.og_url = std::string(trim(content));
  if (key == "og:locale" && page.lang.empty()) page.lang = lang_subtag(content);
  if (lower_ascii(attribute(node, "http-equiv")) == "content-language" && page.lang.empty()) {
    page.lang = lang_subtag(content);
  }
  const auto rank = std::find_if(std::begin(kDateMetaNames), std::end(kDateMetaNames),
                                 [&](const char* n) { return key == n; });
  if (rank == std::end(kDateMetaNames)) return;
  const int r = static_cast<int>(rank - std::begin(kDateMetaNames));
  if (page.meta_date_rank >= 0 && page.meta_date_rank <= r) return;
  if (auto d = date_value(content)) {
    page.meta_date = d;
    page.meta_date_rank = r;
  }
}

PageSurvey survey(const GumboNode* document) {
  PageSurvey page;
  std::vector<TextStats> open;  // statistics of the elements being walked
  int article_depth = 0, furniture_depth = 0, title_depth = 0;
  walk(
      document,
      [&](const GumboNode* node) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
          const std::string_view text = node->v.text.text;
          if (title_depth > 0) page.title += text;
          if (!open.empty()) open.back().text += text_weight(text);
          return false;
        }
        if (!is_element(node)) return node->type == GUMBO_NODE_DOCUMENT;
        const GumboTag tag = tag_of(node);
        switch (tag) {
          case GUMBO_TAG_HTML:
            page.lang = lang_subtag(attribute(node, "lang"));
            if (page.lang.empty()) page.lang = lang_subtag(attribute(node, "xml:lang"));
            break;
          case GUMBO_TAG_META: read_meta(node, page); break;
          case GUMBO_TAG_LINK:
            if (lower_ascii(attribute(node, "rel")) == "canonical" && page.canonical.empty()) {
              page.canonical = std::string(trim(attribute(node, "href")));
            }
            break;
          case GUMBO_TAG_TIME:
            if (has_attribute(node, "pubdate") && !page.pubdate_time) {
              page.pubdate_time = date_value(attribute(node, "datetime"));
            }
            break;
          case GUMBO_TAG_BODY:
            if (!page.body) page.body = node;
            break;
          case GUMBO_TAG_H1:
            if (!page.first_h1 && furniture_depth == 0) page.first_h1 = node;
            break;
          default: break;
        }
        // <head> is walked for its metadata; its text is outside <body>
        // and so counts for no candidate root.
        if (tag != GUMBO_TAG_HEAD && is_hard_dropped(node, article_depth > 0)) return false;
        if (tag == GUMBO_TAG_TITLE && page.title.empty()) ++title_depth;
        if (tag == GUMBO_TAG_ARTICLE) ++article_depth;
        if (has_furniture_name(node)) ++furniture_depth;
        open.push_back({});
        return true;
      },
      [&](const GumboNode* node) {
        if (!is_element(node) || open.empty()) return;
        const GumboTag tag = tag_of(node);
        TextStats stats = open.back();
        open.pop_back();
        if (tag == GUMBO_TAG_A) stats.links = stats.text;
        if (tag == GUMBO_TAG_TITLE && title_depth > 0) --title_depth;
        if (tag == GUMBO_TAG_ARTICLE) {
          --article_depth;
          if (stats.text > page.best_article_text) page.best_article = node, page.best_article_text = stats.text;
        }
        if ((tag == GUMBO_TAG_MAIN || lower_ascii(attribute(node, "role")) == "main") &&
            stats.text > page.best_main_text) {
          page.best_main = node, page.best_main_text = stats.text;
        }
        if (has_furniture_name(node)) {
          --furniture_depth;
          page.furniture_stats[node] = stats;
        } else if (contains(kParagraphTags, tag) && stats.text >= kMinParagraphText) {
          const double score = (1.0 + std::min(double(stats.text) / 100.0, 3.0)) * (1.0 - stats.link_density());
          page.paragraphs.emplace_back(node, score);
        }
        if (tag == GUMBO_TAG_BODY && page.body == node) page.body_text = stats.text;
        if (!open.empty()) open.back() += stats;
      });
  return page;
}

// Ancestors looked at when deciding whether a paragraph sits in furniture;
// deeper furniture is rare and the bound keeps hostile nesting linear.
constexpr int kMaxAncestorCheck = 64;

bool inside_furniture(const PageSurvey& page, const GumboNode* node) {
  int steps = 0;
  for (const GumboNode* n = node; n && steps < kMaxAncestorCheck; n = n->parent, ++steps) {
    if (page.is_furniture(n, 0)) return true;
  }
  return false;
}

const GumboNode* densest_container(const PageSurvey& page) {
  // Readability-style: a paragraph votes for its parent, and half as much
  // for its grandparent, in proportion to its non-link text.
  std::unordered_map<const GumboNode*, double> scores;
  for (const auto& [paragraph, score] : page.paragraphs) {
    if (inside_furniture(page, paragraph)) continue;
    if (const GumboNode* parent = paragraph->parent; parent && is_element(parent)) {
      scores[parent] += score;
      if (parent->parent && is_element(parent->parent)) scores[parent->parent] += score / 2;
    }
  }
  const GumboNode* best = nullptr;
  double best_score = 0;
  for (const auto& [node, score] : scores) {
    // Ties go to the earlier node so that the choice does not depend on hash order.
    if (score > best_score || (score == best_score && best &&
                               node->v.element.start_pos.offset < best->v.element.start_pos.offset)) {
      best = node, best_score = score;
    }
  }
  return best;
}

bool is_ancestor(const GumboNode* ancestor, const GumboNode* node) {
  for (const GumboNode* n = node; n; n = n->parent) {
    if (n == ancestor) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Second pass: the text of the chosen root as paragraphs.

struct Block {
  std::string text;
  std::size_t link_bytes = 0;
};

class BlockCollector {
 public:
  BlockCollector(const PageSurvey& page, std::size_t root_text) : page_(page), root_text_(root_text) {}

  void collect(const GumboNode* root) {
    int article_depth = 0;
    walk(
        root,
        [&](const GumboNode* node) {
          if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
              node->type == GUMBO_NODE_WHITESPACE) {
            append(node->v.text.text);
            return false;
          }
          if (!is_element(node)) return node->type == GUMBO_NODE_DOCUMENT;
          if (node != root && (is_hard_dropped(node, article_depth > 0) || is_furniture(node))) return false;
          const GumboTag tag = tag_of(node);
          if (tag == GUMBO_TAG_TIME && !first_time_ && has_attribute(node, "datetime")) {
            first_time_ = date_value(attribute(node, "datetime"));
          }
          if (tag == GUMBO_TAG_IMG) return false;
          if (contains(kBlockTags, tag)) flush();
          if (tag == GUMBO_TAG_ARTICLE) ++article_depth;
          if (tag == GUMBO_TAG_A) ++link_depth_;
          if (tag == GUMBO_TAG_PRE) ++pre_depth_;
          return true;
        },
        [&](const GumboNode* node) {
          const GumboTag tag = tag_of(node);
          if (tag == GUMBO_TAG_ARTICLE) --article_depth;
          if (tag == GUMBO_TAG_A) --link_depth_;
          if (tag == GUMBO_TAG_PRE) --pre_depth_;
          if (contains(kBlockTags, tag)) flush();
        });
    flush();
  }

  std::vector<Block>& blocks() { return blocks_; }
  const std::optional<PartialDate>& first_time() const { return first_time_; }

 private:
  bool is_furniture(const GumboNode* node) const { return page_.is_furniture(node, root_text_); }

  void append(std::string_view text) {
    for (const char c : text) {
      if (is_space(c)) {
        if (pre_depth_ > 0 && c == '\n') {
          if (!current_.text.empty()) current_.text.push_back('\n');
          pending_space_ = false;
        } else {
          pending_space_ = !current_.text.empty();
        }
        continue;
      }
      if (pending_space_) {
        current_.text.push_back(' ');
        if (link_depth_ > 0) ++current_.link_bytes;
      }
      pending_space_ = false;
      current_.text.push_back(c);
      if (link_depth_ > 0) ++current_.link_bytes;
    }
  }

  void flush() {
    while (!current_.text.empty() && is_space(current_.text.back())) current_.text.pop_back();
    if (!current_.text.empty()) blocks_.push_back(std::move(current_));
    current_ = {};
    pending_space_ = false;
  }

  const PageSurvey& page_;
  std::size_t root_text_;
  std::vector<Block> blocks_;
  Block current_;
  bool pending_space_ = false;
  int link_depth_ = 0;
  int pre_depth_ = 0;
  std::optional<PartialDate> first_time_;
};

// The block's text lower-cased without trailing punctuation, for comparing
// against the tables above.
std::string label_of(std::string_view text) {
  std::string s = lower_ascii(trim(text));
  while (!s.empty() && std::string_view(":.!?*-|»›>").find(s.back()) != std::string_view::npos) s.pop_back();
  while (!s.empty() && is_space(s.back())) s.pop_back();
  return s;
}

bool opens_comment_section(const std::string& label) {
  for (const char* start : kCommentSectionStarts) {
    const std::string_view s(start);
    // "Leave a Reply Cancel reply": the heading with its form link.
    if (label == s || (label.size() < 60 && label.rfind(s, 0) == 0 && label.size() > s.size() &&
                       label[s.size()] == ' ' && s != "comments" && s != "reacties")) {
      return true;
    }
  }
  // "12 Comments", "3 reacties", "5 thoughts on “…”"
  std::size_t digits = 0;
  while (digits < label.size() && label[digits] >= '0' && label[digits] <= '9') ++digits;
  if (digits == 0 || digits + 1 >= label.size() || label[digits] != ' ' || label.size() > 120) return false;
  const std::string_view rest = std::string_view(label).substr(digits + 1);
  const std::string_view word = rest.substr(0, rest.find(' '));
  return in_table(kCommentCountWords, word);
}

bool is_boilerplate(const Block& block, const std::string& label) {
  if (in_table(kWidgetLabels, label)) return true;
  if (block.text.size() > kBoilerplateMaxBytes) return false;
  return std::any_of(std::begin(kBoilerplatePhrases), std::end(kBoilerplatePhrases),
                     [&](const char* p) { return label.find(p) != std::string::npos; });
}

std::string assemble(const std::vector<Block>& blocks) {
  std::string text;
  for (const Block& block : blocks) {
    const std::string label = label_of(block.text);
    if (double(block.link_bytes) > kMaxLinkDensity * double(block.text.size())) continue;
    if (opens_comment_section(label)) break;
    if (is_boilerplate(block, label)) continue;
    if (!text.empty()) text += "\n\n";
    text += block.text;
  }
  return text;
}

std::string valid_utf8(std::string text) {
  if (utf8::is_valid(text)) return text;
  std::size_t repaired = 0;
  return utf8::repair(text, repaired);
}

// ---------------------------------------------------------------------------
// gumbo's tree construction scans the stack of open elements for many start
// tags, which makes it quadratic in the nesting depth: a hostile page of
// 100,000 nested <div>s takes minutes. No real page nests this deep, so
// start tags beyond kMaxNesting are removed before parsing.

constexpr int kMaxNesting = 2000;

// Elements that do not deepen the open-element stack: void elements, and
// those a following sibling closes implicitly.
constexpr std::string_view kFlatElements[] = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr",  "p",    "li", "td",  "th",    "tr", "dt",  "dd",    "option", "keygen", "basefont", "bgsound",
};

// Scans tags lexically (no attribute quoting, no raw-text elements: a rough
// depth is enough). Returns the rewritten page only when it nests too deep.
std::optional<std::string> limit_nesting(std::string_view html) {
  auto scan = [&](std::string* out) {
    int depth = 0;
    bool too_deep = false;
    std::size_t copied = 0;
    std::size_t pos = 0;
    while ((pos = html.find('<', pos)) != std::string_view::npos) {
      const std::size_t tag_start = pos;
      const std::size_t close = html.find('>', pos);
      if (close == std::string_view::npos) break;
      pos = close + 1;
      const bool end_tag = tag_start + 1 < html.size() && html[tag_start + 1] == '/';
      std::size_t name_begin = tag_start + (end_tag ? 2 : 1), name_end = name_begin;
      while (name_end < close && ((html[name_end] >= 'a' && html[name_end] <= 'z') ||
                                  (html[name_end] >= 'A' && html[name_end] <= 'Z') ||
                                  (html[name_end] >= '0' && html[name_end] <= '9'))) {
        ++name_end;
      }
      if (name_end == name_begin) continue;  // "<!--", "<?xml", "< "
      const std::string name = lower_ascii(html.substr(name_begin, name_end - name_begin));
      if (contains(kFlatElements, std::string_view(name))) continue;
      if (end_tag) {
        depth = std::max(0, depth - 1);
      } else if (html[close - 1] != '/') {
        if (depth >= kMaxNesting) {
          too_deep = true;
          if (out) {
            out->append(html.substr(copied, tag_start - copied));
            copied = pos;
          }
          continue;
        }
        ++depth;
      }
    }
    if (out) out->append(html.substr(copied));
    return too_deep;
  };
  if (!scan(nullptr)) return std::nullopt;
  std::string out;
  out.reserve(html.size());
  scan(&out);
  return out;
}

}  // namespace

HtmlArticle extract_article(std::string_view html) {
  // gumbo expects UTF-8 and would pass stray bytes on into the text.
  std::string repaired;
  if (!utf8::is_valid(html)) {
    std::size_t count = 0;
    repaired = utf8::repair(html, count);
    html = repaired;
  }
  std::optional<std::string> flattened = limit_nesting(html);
  if (flattened) html = *flattened;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are of no use here and cost memory on junk input
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  HtmlArticle article;
  if (!output) return article;

  const PageSurvey page = survey(output->document);
  // gumbo can emit stray bytes for out-of-range character references (seen
  // in a <title>: "&#xaaaa…;"), so everything taken from the DOM is checked.
  article.title = valid_utf8(!page.og_title.empty() ? page.og_title : collapse_spaces(page.title));
  article.lang = page.lang;
  article.url = valid_utf8(!page.canonical.empty() ? page.canonical : page.og_url);

  // The story's root: the largest <article> unless a <main> holds much more
  // text outside it, then <main>, then the densest block container.
  const GumboNode* root = nullptr;
  std::size_t root_text = 0;
  bool by_density = false;
  if (page.best_article && page.best_article_text >= kMinArticleText &&
      double(page.best_article_text) >= kArticleShareOfMain * double(page.best_main_text)) {
    root = page.best_article, root_text = page.best_article_text;
  } else if (page.best_main && page.best_main_text >= kMinArticleText) {
    root = page.best_main, root_text = page.best_main_text;
  } else if (const GumboNode* dense = densest_container(page)) {
    root = dense, by_density = true;
  } else if (page.best_article) {
    root = page.best_article, root_text = page.best_article_text;
  } else if (page.best_main) {
    root = page.best_main, root_text = page.best_main_text;
  } else {
    root = page.body ? page.body : output->root;
  }

  std::vector<Block> blocks;
  // A container found by density usually sits beside the page's headline.
  if (by_density && page.first_h1 && !is_ancestor(root, page.first_h1)) {
    BlockCollector headline(page, 0);
    headline.collect(page.first_h1);
    blocks = std::move(headline.blocks());
  }
  BlockCollector collector(page, root_text);
  collector.collect(root);
  for (Block& b : collector.blocks()) blocks.push_back(std::move(b));
  article.text = valid_utf8(assemble(blocks));

  if (page.meta_date) {
    article.date = page.meta_date;
  } else if (page.pubdate_time) {
    article.date = page.pubdate_time;
  } else {
    article.date = collector.first_time();
  }
  gumbo_destroy_output(&options, output);
  return article;
}

}  // namespace dyad
