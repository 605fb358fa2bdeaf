// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/input_reader.h"

#include <glob.h>

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "ingest/byte_stream.h"
#include "ingest/charset.h"
#include "ingest/date_resolver.h"
#include "ingest/html_reader.h"
#include "ingest/markup_text.h"
#include "ingest/plain_text_reader.h"
#include "ingest/warc_reader.h"

namespace dragoman {

namespace fs = std::filesystem;

bool IsIsoDate(const std::string& date) { return ParseIsoDate(date).has_value(); }

namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

// The name without a trailing .gz, for extension checks.
std::string StripGz(const std::string& name) { return EndsWith(name, ".gz") ? name.substr(0, name.size() - 3) : name; }


// The date part of a WARC-Date or JSON "date" ("2024-02-28T13:06:44Z" → "2024-02-28").
std::string DatePart(std::string date) {
  if (date.size() > 10 && (date[10] == 'T' || date[10] == ' ')) date.resize(10);
  return date;
}

bool LooksLikeHtmlFragment(std::string_view head) {
  size_t i = 0;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) ++i;
  if (i >= head.size() || head[i] != '<') return false;
  std::string lower;
  for (size_t k = i; k < head.size() && k < i + 2048; ++k) {
    char c = head[k];
    lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  for (const char* tag : {"<p>", "<p ", "<div", "<article", "<section", "<h1", "<h2", "<span", "<main", "<br"}) {
    if (lower.find(tag) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

// One input being read.
class InputReader::Source {
 public:
  virtual ~Source() = default;
  // The next article of this input; false when it has no more.
  virtual bool Next(InputReader* reader, InputItem* item) = 0;
};

// A plain-text file or an HTML page: one article.
class InputReader::SingleSource : public Source {
 public:
  explicit SingleSource(InputItem item) : item_(std::move(item)) {}
  bool Next(InputReader*, InputItem* item) override {
    if (done_) return false;
    done_ = true;
    *item = std::move(item_);
    return true;
  }

 private:
  InputItem item_;
  bool done_ = false;
};

class InputReader::JsonlSource : public Source {
 public:
  JsonlSource(std::unique_ptr<ByteStream> stream, std::string name)
      : stream_(std::move(stream)), name_(std::move(name)) {}

  bool Next(InputReader* reader, InputItem* item) override {
    std::string line;
    for (;;) {
      bool too_long = false;
      Result<bool> got = stream_->ReadLine(&line, reader->options_.max_page_bytes, &too_long);
      if (!got.ok()) {
        reader->Error(name_ + ":" + std::to_string(line_ + 1) + ": " + got.status().message() +
                      " (the rest of the file is skipped)");
        return false;
      }
      if (!*got) return false;
      ++line_;
      const std::string where = name_ + ":" + std::to_string(line_);
      if (too_long) {
        reader->Error(where + ": line longer than " + std::to_string(reader->options_.max_page_bytes) + " bytes");
        continue;
      }
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (JsonDepth(line) > 32) {
        reader->Error(where + ": JSON nested deeper than 32 levels");
        continue;
      }
      nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (j.is_discarded() || !j.is_object()) {
        reader->Error(where + ": not a JSON object: " + line.substr(0, 80));
        continue;
      }
      auto str = [&](const char* key) -> std::string {
        auto f = j.find(key);
        if (f == j.end() || f->is_null()) return "";
        return f->is_string() ? f->get<std::string>() : f->dump();
      };
      auto text = j.find("text");
      auto html = j.find("html");
      const bool has_text = text != j.end() && text->is_string();
      const bool has_html = html != j.end() && html->is_string();
      if (!has_text && !has_html) {
        reader->Error(where + ": missing string field \"text\" (or \"html\")");
        continue;
      }
      InputItem it;
      it.bytes = line.size();
      it.date = DatePart(str("date"));
      if (!it.date.empty() && !IsIsoDate(it.date)) {
        reader->Error(where + ": bad \"date\" (want YYYY-MM-DD): " + it.date);
        continue;
      }
      if (it.date.empty()) it.date = reader->options_.default_date;
      Article& a = it.article;
      a.id = str("id");
      if (a.id.empty()) a.id = where;
      a.url = str("url");
      a.source = str("source");
      a.title = str("title");
      a.origin = where;
      if (has_text) {
        a.raw = text->get<std::string>();
        ReadPlainText(it.date, &a);
      } else {
        HtmlReadOptions opt;
        opt.max_bytes = reader->options_.max_page_bytes;
        opt.known_date = it.date;
        opt.content_type = str("content_type");
        Status s = ReadHtml(html->get<std::string>(), opt, &a);
        if (!s.ok()) {
          reader->Error(where + ": \"html\": " + s.message());
          continue;
        }
      }
      *item = std::move(it);
      return true;
    }
  }

 private:
  std::unique_ptr<ByteStream> stream_;
  std::string name_;
  size_t line_ = 0;
};

class InputReader::WarcSource : public Source {
 public:
  WarcSource(std::unique_ptr<ByteStream> stream, std::string name, size_t max_record_bytes)
      : stream_(std::move(stream)), name_(std::move(name)), warc_(stream_.get(), max_record_bytes) {}

  bool Next(InputReader* reader, InputItem* item) override {
    WarcRecord rec;
    for (;;) {
      Result<bool> got = warc_.Next(&rec);
      if (!got.ok()) {
        reader->Error(name_ + ": " + got.status().message());
        continue;  // the WARC reader resynchronises, or says false next time
      }
      if (!*got) return false;
      const std::string where = name_ + ": record " + std::to_string(rec.index) + " at byte " + std::to_string(rec.offset);
      if (rec.type != "response" && rec.type != "resource") {
        ++reader->passed_over_;
        continue;
      }
      const std::string& ctype = rec.http_status != 0 ? rec.http_content_type : rec.content_type;
      std::string lower;
      for (char c : ctype) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      const bool html_type = lower.find("html") != std::string::npos;
      const bool other_type = !lower.empty() && !html_type && lower.find("text/plain") == std::string::npos;
      if ((rec.http_status != 0 && (rec.http_status < 200 || rec.http_status >= 300)) || other_type ||
          (!html_type && !LooksLikeHtml(rec.body))) {
        ++reader->passed_over_;  // redirects, errors, images, PDFs, robots.txt
        continue;
      }
      InputItem it;
      it.bytes = rec.body.size();
      it.date = DatePart(rec.date);
      if (!IsIsoDate(it.date)) it.date = reader->options_.default_date;
      Article& a = it.article;
      a.id = !rec.record_id.empty() ? rec.record_id : name_ + ":record-" + std::to_string(rec.index);
      a.url = rec.target_uri;
      a.origin = where;
      HtmlReadOptions opt;
      opt.max_bytes = reader->options_.max_page_bytes;
      opt.known_date = it.date;
      opt.content_type = ctype;
      Status s = ReadHtml(rec.body, opt, &a);
      if (!s.ok()) {
        reader->Error(where + ": " + (a.url.empty() ? "" : a.url + ": ") + s.message());
        continue;
      }
      *item = std::move(it);
      return true;
    }
  }

 private:
  std::unique_ptr<ByteStream> stream_;
  std::string name_;
  WarcReader warc_;
};

InputReader::InputReader(std::vector<std::string> inputs, InputOptions options, ErrorFn on_error)
    : inputs_(std::move(inputs)), options_(std::move(options)), on_error_(std::move(on_error)) {
  if (inputs_.empty()) inputs_.push_back("-");
}

InputReader::InputReader(std::vector<std::string> inputs, std::string default_date, ErrorFn on_error)
    : InputReader(std::move(inputs), InputOptions{std::move(default_date)}, std::move(on_error)) {}

InputReader::~InputReader() = default;

void InputReader::Error(const std::string& message) {
  ++skipped_;
  if (on_error_) on_error_(message);
}

bool InputReader::Next(InputItem* item) {
  for (;;) {
    if (source_ != nullptr) {
      if (source_->Next(this, item)) return true;
      source_.reset();
    }
    if (!OpenNext()) return false;
  }
}

// Opens the next file (expanding directories and globs) as a source. False when all are read.
bool InputReader::OpenNext() {
  for (;;) {
    std::string path;
    if (next_expanded_ < expanded_.size()) {
      path = expanded_[next_expanded_++];
    } else {
      expanded_.clear();
      next_expanded_ = 0;
      if (next_input_ >= inputs_.size()) return false;
      const std::string arg = inputs_[next_input_++];
      std::error_code ec;
      if (arg != "-" && fs::is_directory(arg, ec)) {
        for (auto it = fs::recursive_directory_iterator(arg, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
          const std::string name = it->path().filename().string();
          if (!name.empty() && name[0] == '.') {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
          }
          if (it->is_regular_file(ec)) expanded_.push_back(it->path().string());
        }
        std::sort(expanded_.begin(), expanded_.end());
        if (expanded_.empty()) Error(arg + ": directory holds no files");
        continue;
      }
      if (arg != "-" && !fs::exists(arg, ec) && arg.find_first_of("*?[") != std::string::npos) {
        glob_t g{};
        if (glob(arg.c_str(), 0, nullptr, &g) == 0) {
          for (size_t k = 0; k < g.gl_pathc; ++k) {
            std::string p = g.gl_pathv[k];
            if (fs::is_directory(p, ec)) {
              for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
                   !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file(ec)) expanded_.push_back(it->path().string());
              }
            } else {
              expanded_.push_back(p);
            }
          }
        }
        globfree(&g);
        std::sort(expanded_.begin(), expanded_.end());
        if (expanded_.empty()) Error(arg + ": no files match");
        continue;
      }
      path = arg;
    }
    const std::string name = path == "-" ? "stdin" : path;
    Result<std::unique_ptr<ByteStream>> opened = ByteStream::Open(path);
    if (!opened.ok()) {
      Error(opened.status().message());
      continue;
    }
    std::unique_ptr<ByteStream> stream = std::move(opened.value());
    Result<std::string_view> head = stream->Peek(4096);
    if (!head.ok()) {
      Error(name + ": " + head.status().message());
      continue;
    }
    const std::string_view h = *head;
    size_t first = 0;
    while (first < h.size() && (h[first] == ' ' || h[first] == '\n' || h[first] == '\r' || h[first] == '\t')) ++first;
    if (first == h.size() && h.size() < 4096) {
      if (path != "-") Error(name + ": empty file");
      continue;
    }
    const std::string base = StripGz(name);
    if (h.rfind("WARC/1.", 0) == 0) {
      source_ = std::make_unique<WarcSource>(std::move(stream), name, options_.max_page_bytes);
      return true;
    }
    if (LooksBinary(h)) {
      size_t nul = h.find('\0');
      Error(name + ": binary file" +
            (nul != std::string_view::npos ? " (NUL byte at offset " + std::to_string(nul) + ")" : std::string()));
      continue;
    }
    if (h[first] == '{' || EndsWith(base, ".jsonl") || EndsWith(base, ".ndjson")) {
      source_ = std::make_unique<JsonlSource>(std::move(stream), name);
      return true;
    }
    const bool html = LooksLikeHtml(h) || EndsWith(base, ".html") || EndsWith(base, ".htm") ||
                      EndsWith(base, ".xhtml") || LooksLikeHtmlFragment(h);
    // One page or one plain-text story: read it whole, up to the limit.
    std::string data;
    Result<size_t> n = stream->Read(options_.max_page_bytes + 1, &data);
    if (!n.ok()) {
      Error(name + ": " + n.status().message());
      continue;
    }
    if (data.size() > options_.max_page_bytes) {
      Error(name + ": larger than " + std::to_string(options_.max_page_bytes) + " bytes: skipped");
      continue;
    }
    InputItem it;
    it.bytes = data.size();
    it.date = options_.default_date;
    it.article.id = path == "-" ? "stdin" : fs::path(path).filename().string();
    it.article.origin = name;
    if (html) {
      HtmlReadOptions opt;
      opt.max_bytes = options_.max_page_bytes;
      opt.known_date = it.date;
      Status s = ReadHtml(data, opt, &it.article);
      if (!s.ok()) {
        Error(name + ": " + s.message());
        continue;
      }
    } else {
      if (size_t nul = data.find('\0'); nul != std::string::npos) {
        Error(name + ": binary file (NUL byte at offset " + std::to_string(nul) + ")");
        continue;
      }
      it.article.raw = std::move(data);
      ReadPlainText(it.date, &it.article);
    }
    source_ = std::make_unique<SingleSource>(std::move(it));
    return true;
  }
}

}  // namespace dragoman
