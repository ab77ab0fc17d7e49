#include "text/reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string_view>
#include <system_error>

#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "text/html.h"
#include "text/jsonl.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// Binary detection and content sniffing look at this much of a file.
constexpr std::size_t kSniffBytes = 8192;
// Share of control bytes above which a file is not text.
constexpr double kMaxControlShare = 0.1;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Leading bytes of file formats that are certainly not text. Formats that
// already show a NUL byte early (most images, executables) need no entry.
constexpr std::string_view kBinaryMagic[] = {
    "%PDF-",         "PK\x03\x04",       "\x89PNG",          "GIF87a", "GIF89a", "\xFF\xD8\xFF",
    "\x1F\x8B",      "BZh",              "\xFD" "7zXZ",      "7z\xBC\xAF", "Rar!", "\xD0\xCF\x11\xE0",
    "\x28\xB5\x2F\xFD", "\x7F" "ELF",    "OggS",             "fLaC",   "ID3",    "{\\rtf",
};

struct Extension {
  const char* ext;
  InputFormat format;
};
constexpr Extension kExtensions[] = {
    {".txt", InputFormat::kText},   {".text", InputFormat::kText},   {".html", InputFormat::kHtml},
    {".htm", InputFormat::kHtml},   {".xhtml", InputFormat::kHtml},  {".jsonl", InputFormat::kJsonl},
    {".ndjson", InputFormat::kJsonl},
};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// Buffered reading from a FILE*: a sniffable head, then lines or the whole
// rest. Never holds more than one line (or one document) plus the buffer.
class ByteReader {
 public:
  explicit ByteReader(std::FILE* file) : file_(file), buffer_(1u << 16) {
    // Fill the head completely so that sniffing sees kSniffBytes when the file has them.
    while (end_ < kSniffBytes && fill_more()) {
    }
  }

  std::string_view head() const { return {buffer_.data() + begin_, std::min(end_ - begin_, kSniffBytes)}; }
  bool failed() const { return std::ferror(file_) != 0; }

  // Reads one line without its '\n'. Bytes past `limit` are consumed but
  // not kept, so an enormous line costs no memory; `too_long` tells.
  bool read_line(std::string& line, std::size_t limit, bool& too_long) {
    line.clear();
    too_long = false;
    bool any = false;
    for (;;) {
      if (begin_ == end_ && !refill()) return any;
      any = true;
      const char* start = buffer_.data() + begin_;
      const auto* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
      const std::size_t n = nl ? static_cast<std::size_t>(nl - start) : end_ - begin_;
      keep(line, start, n, limit, too_long);
      begin_ += n;
      if (nl) {
        ++begin_;
        return true;
      }
    }
  }

  // Reads everything that is left, up to `limit` bytes (the rest is
  // consumed and `too_long` set).
  void read_all(std::string& out, std::size_t limit, bool& too_long) {
    too_long = false;
    for (;;) {
      if (begin_ == end_ && !refill()) return;
      keep(out, buffer_.data() + begin_, end_ - begin_, limit, too_long);
      begin_ = end_;
    }
  }

 private:
  static void keep(std::string& out, const char* data, std::size_t n, std::size_t limit, bool& too_long) {
    if (too_long) return;
    if (out.size() + n > limit) {
      too_long = true;
      out.clear();
      out.shrink_to_fit();
      return;
    }
    out.append(data, n);
  }

  bool refill() {
    begin_ = end_ = 0;
    return fill_more();
  }

  bool fill_more() {
    if (end_ == buffer_.size()) return false;
    const std::size_t n = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
    end_ += n;
    return n > 0;
  }

  std::FILE* file_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0, end_ = 0;
};

bool looks_binary(std::string_view head) {
  for (std::string_view magic : kBinaryMagic) {
    if (head.substr(0, magic.size()) == magic) return true;
  }
  std::size_t control = 0;
  for (const char ch : head) {
    const auto b = static_cast<unsigned char>(ch);
    if (b == 0) return true;
    // Tab, LF, VT, FF, CR and ESC (ANSI colour in logs) occur in text.
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' && b != 0x1B) || b == 0x7F) {
      ++control;
    }
  }
  return !head.empty() && double(control) > kMaxControlShare * double(head.size());
}

std::optional<InputFormat> format_by_extension(const fs::path& path) {
  const std::string ext = lower_ascii(path.extension().string());
  for (const Extension& e : kExtensions) {
    if (ext == e.ext) return e.format;
  }
  return std::nullopt;
}

// Sniffs the format of an input from its head. JSONL is one JSON object a
// line: the head is JSONL when at least as many of its complete lines are
// objects as are not, so a few malformed lines, the first one included, do
// not turn a whole stream into one plain-text document (read_jsonl reports
// them line by line). A line cut off by the end of the head only needs to
// start like an object. `*doubtful` is set when text is chosen for a head
// that starts like JSONL.
InputFormat sniff_format(std::string_view head, bool complete, bool* doubtful) {
  *doubtful = false;
  if (head.substr(0, kBom.size()) == kBom) head.remove_prefix(kBom.size());
  const std::string_view start = trim(head);
  if (start.empty()) return InputFormat::kText;
  if (start.front() == '<' || lower_ascii(head).find("<html") != std::string::npos) return InputFormat::kHtml;
  if (start.front() != '{') return InputFormat::kText;
  std::size_t pos = 0, objects = 0, others = 0;
  while (pos < start.size()) {
    std::size_t eol = start.find('\n', pos);
    const bool whole = eol != std::string_view::npos || complete;
    if (eol == std::string_view::npos) eol = start.size();
    const std::string_view line = trim(start.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) continue;
    const bool object = line.front() == '{' && (!whole || nlohmann::json::parse(line, nullptr, false).is_object());
    ++(object ? objects : others);
  }
  if (objects == 0 || objects < others) {
    *doubtful = true;
    return InputFormat::kText;
  }
  return InputFormat::kJsonl;
}

// Reads one input (a file or stdin) and hands on its documents.
class InputReader {
 public:
  InputReader(const ReadOptions& options, const DocumentSink& on_document, const DiagnosticSink& diagnostics,
              ReadStats& stats)
      : options_(options), on_document_(on_document), diagnostics_(diagnostics), stats_(stats) {}

  // `name` is how the input is shown to the user; `stem` names its documents.
  void read(std::FILE* file, const std::string& name, const std::string& stem, std::optional<InputFormat> by_ext) {
    name_ = name;
    failed_ = false;
    ByteReader reader(file);
    const std::string_view head = reader.head();
    if (looks_binary(head)) {
      error(name_, "binary file, skipped");
    } else {
      InputFormat format = options_.format;
      if (format == InputFormat::kAuto) format = by_ext.value_or(InputFormat::kAuto);
      if (format == InputFormat::kAuto) {
        bool doubtful = false;
        format = sniff_format(head, head.size() < kSniffBytes, &doubtful);
        if (doubtful) {
          diagnostics_(Diagnostic{Severity::kWarning, name_,
                                  "starts like JSONL but most of its lines are not JSON objects: read as one plain-text "
                                  "document (use -i jsonl to read it line by line)"});
        }
      }
      if (format == InputFormat::kJsonl) {
        read_jsonl(reader, stem);
      } else {
        read_document(reader, stem, format == InputFormat::kHtml);
      }
    }
    if (reader.failed()) error(name_, std::string("read error: ") + std::strerror(errno));
    if (failed_) ++stats_.failed;
  }

 private:
  void read_document(ByteReader& reader, const std::string& stem, bool html) {
    std::string content;
    bool too_long = false;
    reader.read_all(content, options_.max_document_bytes, too_long);
    if (too_long) {
      error(name_, "larger than the maximum document size of " + std::to_string(options_.max_document_bytes) +
                       " bytes, skipped");
      return;
    }
    if (std::string_view(content).substr(0, kBom.size()) == kBom) content.erase(0, kBom.size());
    content = repaired(std::move(content), name_);
    Document doc;
    doc.id = stem;
    doc.origin = name_;
    if (html) {
      HtmlArticle article = extract_article(content);
      doc.text = std::move(article.text);
      doc.title = std::move(article.title);
      doc.lang = std::move(article.lang);
      doc.date = article.date;
      doc.url = std::move(article.url);
    } else {
      doc.text = std::move(content);
    }
    emit(std::move(doc));
  }

  void read_jsonl(ByteReader& reader, const std::string& stem) {
    std::string line;
    bool too_long = false;
    std::size_t number = 0, documents = 0;
    std::vector<std::string> warnings;
    while (reader.read_line(line, options_.max_document_bytes, too_long)) {
      ++number;
      const std::string where = name_ + ":" + std::to_string(number);
      if (too_long) {
        error(where, "line longer than the maximum document size of " + std::to_string(options_.max_document_bytes) +
                         " bytes, skipped");
        continue;
      }
      std::string_view view = line;
      if (number == 1 && view.substr(0, kBom.size()) == kBom) view.remove_prefix(kBom.size());
      if (trim(view).empty()) continue;
      warnings.clear();
      auto parsed = parse_jsonl_line(view, stem + ":" + std::to_string(number), &warnings);
      for (std::string& w : warnings) diagnostics_(Diagnostic{Severity::kWarning, where, std::move(w)});
      if (auto* e = std::get_if<JsonlError>(&parsed)) {
        error(where, e->message);
        continue;
      }
      Document& doc = std::get<Document>(parsed);
      doc.origin = where;
      emit(std::move(doc));
      ++documents;
    }
    if (documents == 0 && !failed_) diagnostics_(Diagnostic{Severity::kWarning, name_, "no documents in JSONL input"});
  }

  std::string repaired(std::string text, const std::string& where) {
    if (utf8::is_valid(text)) return text;
    std::size_t count = 0;
    std::string out = utf8::repair(text, count);
    diagnostics_(Diagnostic{Severity::kWarning, where,
                            std::to_string(count) + " invalid UTF-8 byte(s) replaced with U+FFFD"});
    return out;
  }

  void emit(Document&& doc) {
    // NUL bytes past the binary check's head (or from a \u0000 escape) are
    // no text: each becomes a space, so offsets stay as they were.
    if (const std::size_t nuls = std::count(doc.text.begin(), doc.text.end(), '\0'); nuls > 0) {
      std::replace(doc.text.begin(), doc.text.end(), '\0', ' ');
      diagnostics_(Diagnostic{Severity::kWarning, doc.origin.empty() ? name_ : doc.origin,
                              std::to_string(nuls) + " NUL byte(s) replaced with spaces"});
    }
    if (!options_.lang.empty()) doc.lang = options_.lang;
    if (options_.date) doc.date = options_.date;
    ++stats_.documents;
    on_document_(std::move(doc));
  }

  void error(const std::string& where, std::string message) {
    failed_ = true;
    diagnostics_(Diagnostic{Severity::kError, where, std::move(message)});
  }

  const ReadOptions& options_;
  const DocumentSink& on_document_;
  const DiagnosticSink& diagnostics_;
  ReadStats& stats_;
  std::string name_;
  bool failed_ = false;
};

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// The regular files under `dir`, hidden ones and hidden directories left
// out, in sorted order so that output does not depend on the file system.
// Directories are walked one by one so that an unreadable one is reported
// and the rest still read; symbolic links to directories are not followed,
// which rules out cycles (a warning says so). Broken links, FIFOs (opening
// one would block), sockets and devices are errors and skipped.
std::vector<fs::path> files_under(const fs::path& dir, const DiagnosticSink& diagnostics, bool& failed) {
  std::vector<fs::path> files;
  std::vector<fs::path> pending{dir};
  auto report = [&](const fs::path& where, const std::error_code& ec) {
    failed = true;
    diagnostics(Diagnostic{Severity::kError, where.string(), "cannot list directory: " + ec.message()});
  };
  auto skipped = [&](const fs::path& where, const std::string& why) {
    failed = true;
    diagnostics(Diagnostic{Severity::kError, where.string(), why});
  };
  while (!pending.empty()) {
    const fs::path current = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(current, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& path = it->path();
      if (is_hidden(path)) continue;
      std::error_code type_ec;
      const bool link = it->is_symlink(type_ec);
      const fs::file_status target = it->status(type_ec);  // follows a link
      if (link && type_ec) {
        skipped(path, "broken symbolic link (" + type_ec.message() + "), skipped");
      } else if (fs::is_regular_file(target)) {
        files.push_back(path);
      } else if (fs::is_directory(target)) {
        if (link) {
          diagnostics(Diagnostic{Severity::kWarning, path.string(),
                                 "symbolic link to a directory, not followed (name the directory to read it)"});
        } else {
          pending.push_back(path);
        }
      } else if (fs::is_fifo(target)) {
        skipped(path, "named pipe (FIFO) in a directory, skipped (name it to read it)");
      } else if (!fs::exists(target)) {
        skipped(path, "vanished while the directory was read, skipped");
      } else {
        skipped(path, "not a regular file (socket or device), skipped");
      }
    }
    if (ec) report(current, ec);
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "html") return InputFormat::kHtml;
  if (name == "jsonl") return InputFormat::kJsonl;
  return std::nullopt;
}

ReadStats read_stream(std::FILE* file, const std::string& name, const ReadOptions& options,
                      const DocumentSink& on_document, const DiagnosticSink& diagnostics) {
  ReadStats stats;
  InputReader reader(options, on_document, diagnostics, stats);
  reader.read(file, name, "stdin", std::nullopt);
  return stats;
}

ReadStats read_inputs(const std::vector<std::string>& paths, const ReadOptions& options,
                      const DocumentSink& on_document, const DiagnosticSink& diagnostics) {
  ReadStats stats;
  InputReader reader(options, on_document, diagnostics, stats);
  auto read_file = [&](const fs::path& path) {
    const std::string name = path.string();
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    // A too-large text or HTML file is refused before reading; JSONL is
    // judged line by line.
    const std::optional<InputFormat> by_ext = format_by_extension(path);
    const InputFormat format = options.format != InputFormat::kAuto ? options.format : by_ext.value_or(InputFormat::kAuto);
    if (!ec && size > options.max_document_bytes && (format == InputFormat::kText || format == InputFormat::kHtml)) {
      ++stats.failed;
      diagnostics(Diagnostic{Severity::kError, name,
                             "larger than the maximum document size of " + std::to_string(options.max_document_bytes) +
                                 " bytes, skipped"});
      return;
    }
    errno = 0;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(name.c_str(), "rb"), &std::fclose);
    if (!file) {
      ++stats.failed;
      diagnostics(Diagnostic{Severity::kError, name, std::string("cannot open: ") + std::strerror(errno)});
      return;
    }
    reader.read(file.get(), name, path.stem().string(), by_ext);
  };

  for (const std::string& arg : paths) {
    if (arg == "-") {
      reader.read(stdin, "<stdin>", "stdin", std::nullopt);
      continue;
    }
    const fs::path path(arg);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      ++stats.failed;
      diagnostics(Diagnostic{Severity::kError, arg,
                             "cannot read: " + (ec ? ec.message() : std::string("no such file or directory"))});
      continue;
    }
    if (fs::is_directory(status)) {
      bool failed = false;
      for (const fs::path& file : files_under(path, diagnostics, failed)) read_file(file);
      if (failed) ++stats.failed;
    } else {
      read_file(path);
    }
  }
  return stats;
}

}  // namespace dyad
