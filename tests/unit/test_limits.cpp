// Limits (mdoc::Limits): each bound is hit on purpose; the page must report
// it with a diagnostic at the line that hit it and still render what follows.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "ast_sexpr.hpp"
#include "render/terminal.hpp"

namespace {

const char* const kPrologue = ".Dd May 1, 2020\n.Dt TEST 1\n.Os\n.Sh DESCRIPTION\n";

mdoc::Document parse_with(const std::string& body, const mdoc::Limits& limits, std::string file = "test.1",
                          bool so_anywhere = false) {
  mdoc::ParseOptions o;
  o.file_name = std::move(file);
  o.limits = limits;
  o.so_anywhere = so_anywhere;
  return mdoc::parse(std::string(kPrologue) + body, o);
}

// -T ascii without its overstrike ("_\bx" underline, "x\bx" bold).
std::string ascii(const mdoc::Document& doc) {
  std::string out, plain;
  mdoc::render_terminal(doc, mdoc::TermOptions{}, out);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (i + 1 < out.size() && out[i + 1] == '\b') {
      ++i;
      continue;
    }
    plain += out[i];
  }
  return plain;
}

// The diagnostic with this message, or nullptr.
const mdoc::Diagnostic* find_diag(const mdoc::Document& doc, std::string_view message) {
  for (const auto& d : doc.diagnostics)
    if (d.message.find(message) != std::string::npos) return &d;
  return nullptr;
}

// A scratch folder of pages for the .so tests, removed afterwards.
struct PageDir {
  std::filesystem::path root;
  PageDir() {
    char tmpl[] = "/tmp/mdoc-limits-XXXXXX";
    root = mkdtemp(tmpl);
  }
  ~PageDir() { std::filesystem::remove_all(root); }
  std::string write(const std::string& rel, const std::string& text) const {
    auto p = root / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p) << text;
    return p.string();
  }
};

constexpr std::uint32_t kFirstBodyLine = 5;  // the line after the prologue and .Sh

}  // namespace

TEST_CASE("limits: block nesting deeper than the limit is cut, the rest renders") {
  mdoc::Limits limits;
  limits.nesting = 8;
  std::string body;
  for (int i = 0; i < 20; ++i) body += ".Bd -ragged\n";
  body += "INNER\n";
  for (int i = 0; i < 20; ++i) body += ".Ed\n";
  body += "AFTER\n";
  auto doc = parse_with(body, limits);
  const auto* d = find_diag(doc, "input stack limit exceeded");
  REQUIRE(d);
  // Sh is open already: the eighth open block is the seventh .Bd.
  CHECK(d->line == kFirstBodyLine + 7);
  std::string out = ascii(doc);
  CHECK(out.find("INNER") != std::string::npos);
  CHECK(out.find("AFTER") != std::string::npos);
}

TEST_CASE("limits: the default nesting limit holds against thousands of open blocks") {
  std::string body;
  for (int i = 0; i < 5000; ++i) body += ".Bl -bullet\n.It\n";
  body += "AFTER\n";
  auto doc = parse_with(body, mdoc::Limits{});
  CHECK(find_diag(doc, "input stack limit exceeded"));
  CHECK(ascii(doc).find("AFTER") != std::string::npos);
}

TEST_CASE("limits: a string that expands to itself stops with a diagnostic") {
  // "\\*S" in the definition: ".ds" lines are interpolated like any other, so
  // a single backslash would expand S once, while it is still undefined.
  auto doc = parse_with(".ds S x\\\\*S\nA \\*S B\nAFTER\n", mdoc::Limits{});
  const auto* d = find_diag(doc, "input stack limit exceeded");
  REQUIRE(d);
  CHECK(d->line == kFirstBodyLine + 1);
  std::string out = ascii(doc);
  CHECK(out.find("AFTER") != std::string::npos);
  CHECK(out.find("xxxxxxxx") != std::string::npos);  // expanded until the limit
}

TEST_CASE("limits: expansions per line are counted") {
  mdoc::Limits limits;
  limits.expansions_per_line = 10;
  auto doc = parse_with(".ds a y\n\\*a\\*a\\*a\\*a\\*a\\*a\\*a\\*a\\*a\\*a\\*a\\*a\\*a\\*a\\*a\nAFTER\n", limits);
  REQUIRE(find_diag(doc, "input stack limit exceeded"));
  std::string out = ascii(doc);
  CHECK(out.find("yyyyyyyyyy") != std::string::npos);
  CHECK(out.find("yyyyyyyyyyy") == std::string::npos);
  CHECK(out.find("AFTER") != std::string::npos);
}

TEST_CASE("limits: a macro that calls itself stops at the macro depth") {
  auto doc = parse_with(".de M\n.M\n..\n.M\nAFTER\n", mdoc::Limits{});
  const auto* d = find_diag(doc, "input stack limit exceeded");
  REQUIRE(d);
  CHECK(d->line == kFirstBodyLine + 3);
  CHECK(ascii(doc).find("AFTER") != std::string::npos);
}

TEST_CASE("limits: a macro that calls itself twice (exponential) ends quickly") {
  auto start = std::chrono::steady_clock::now();
  auto doc = parse_with(".de M\nx\n.M\n.M\n..\n.M\nAFTER\n", mdoc::Limits{});
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(find_diag(doc, "input stack limit exceeded"));
  CHECK(seconds < 20.0);
  CHECK(ascii(doc).find("AFTER") != std::string::npos);
}

TEST_CASE("limits: doubling strings cannot build a huge line or page") {
  // Each definition doubles the last one when it is read: 16 << 25 bytes for z.
  std::string body = ".ds a xxxxxxxxxxxxxxxx\n";
  for (char c = 'b'; c <= 'z'; ++c) body += std::string(".ds ") + c + " \\*" + char(c - 1) + "\\*" + char(c - 1) + "\n";
  for (int i = 0; i < 50; ++i) body += "\\*z\n";
  body += "AFTER\n";
  auto start = std::chrono::steady_clock::now();
  auto doc = parse_with(body, mdoc::Limits{});
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 20.0);
  CHECK(find_diag(doc, "input line too long"));
  CHECK(find_diag(doc, "input too large after expansion"));
  // The size bound drops what is past it: the page ends early, in bounded memory.
  CHECK(ascii(doc).size() < 3 * mdoc::Limits{}.expanded_size);
}

TEST_CASE("limits: an over-long line is truncated and reported at its line") {
  mdoc::Limits limits;
  limits.line_length = 100;
  auto doc = parse_with(std::string(500, 'w') + "\nAFTER\n", limits);
  const auto* d = find_diag(doc, "input line too long");
  REQUIRE(d);
  CHECK(d->line == kFirstBodyLine);
  std::string out = ascii(doc);
  CHECK(out.find(std::string(100, 'w')) != std::string::npos);
  CHECK(out.find(std::string(101, 'w')) == std::string::npos);
  CHECK(out.find("AFTER") != std::string::npos);
}

TEST_CASE("limits: a line that grows too long by expansion is truncated") {
  mdoc::Limits limits;
  limits.line_length = 100;
  auto doc = parse_with(".ds L " + std::string(60, 'q') + "\n\\*L\\*L\\*L\nAFTER\n", limits);
  CHECK(find_diag(doc, "input line too long"));
  CHECK(ascii(doc).find("AFTER") != std::string::npos);
}

TEST_CASE("limits: too many macro arguments are reported, the first ones kept") {
  mdoc::Limits limits;
  limits.arguments = 10;
  std::string line = ".Ar";
  for (int i = 0; i < 50; ++i) line += " a" + std::to_string(i);
  auto doc = parse_with(line + "\nAFTER\n", limits);
  const auto* d = find_diag(doc, "too many arguments");
  REQUIRE(d);
  CHECK(d->line == kFirstBodyLine);
  std::string out = ascii(doc);
  CHECK(out.find("a9") != std::string::npos);
  CHECK(out.find("a10 ") == std::string::npos);
  CHECK(out.find("AFTER") != std::string::npos);
}

TEST_CASE("limits: expanded text beyond the size bound is dropped with one diagnostic") {
  mdoc::Limits limits;
  limits.expanded_size = 4000;
  std::string body = ".ds T " + std::string(90, 't') + "\n";
  for (int i = 0; i < 200; ++i) body += "\\*T\n";
  body += "AFTER\n";
  auto doc = parse_with(body, limits);
  int count = 0;
  for (const auto& d : doc.diagnostics)
    if (d.message.find("input too large") != std::string::npos) ++count;
  CHECK(count == 1);
  std::string out = ascii(doc);
  CHECK(out.size() < 8000);
  CHECK(out.find("tttt") != std::string::npos);
}

TEST_CASE("limits: .so that includes itself is a loop, reported once, the rest renders") {
  PageDir dir;
  std::string page = dir.write("man1/loop.1", std::string(kPrologue) + "BEFORE\n.so loop.1\nAFTER\n");
  mdoc::ParseOptions o;
  o.file_name = page;
  std::ifstream in(page);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto doc = mdoc::parse(bytes, o);
  CHECK(find_diag(doc, "input stack limit exceeded"));
  std::string out = ascii(doc);
  CHECK(out.find("AFTER") != std::string::npos);
}

TEST_CASE("limits: a chain of .so deeper than the include depth stops") {
  PageDir dir;
  for (int i = 0; i < 30; ++i)
    dir.write("man1/p" + std::to_string(i) + ".1", "L" + std::to_string(i) + "\n.so p" + std::to_string(i + 1) + ".1\n");
  std::string page = dir.write("man1/top.1", "");
  mdoc::Limits limits;
  limits.include_depth = 5;
  auto doc = parse_with(".so p0.1\nAFTER\n", limits, page);
  CHECK(find_diag(doc, "input stack limit exceeded"));
  std::string out = ascii(doc);
  CHECK(out.find("L4") != std::string::npos);
  CHECK(out.find("L5") == std::string::npos);
  CHECK(out.find("AFTER") != std::string::npos);
}

TEST_CASE("limits: .so reads below the page's folder, not the working directory or outside") {
  PageDir dir;
  std::string page = dir.write("pages/page.1", "");
  dir.write("pages/sub/inc.1", "INCLUDED\n");
  dir.write("secret.txt", "SECRET\n");
  auto inside = parse_with(".so sub/inc.1\n", mdoc::Limits{}, page);
  CHECK(ascii(inside).find("INCLUDED") != std::string::npos);

  // Absolute paths, "..", and a symbolic link that leads out are refused.
  std::filesystem::create_symlink(dir.root / "secret.txt", dir.root / "pages/link.txt");
  for (std::string target : {dir.root.string() + "/secret.txt", std::string("../secret.txt"), std::string("link.txt")}) {
    auto doc = parse_with(".so " + target + "\nAFTER\n", mdoc::Limits{}, page);
    CAPTURE(target);
    CHECK(ascii(doc).find("SECRET") == std::string::npos);
    CHECK(ascii(doc).find("AFTER") != std::string::npos);
    CHECK(!doc.diagnostics.empty());
  }
  // A file in the current directory is not the page's folder.
  auto cwd = std::filesystem::current_path();
  std::filesystem::current_path(dir.root);
  auto doc = parse_with(".so secret.txt\n", mdoc::Limits{}, page);
  std::filesystem::current_path(cwd);
  CHECK(ascii(doc).find("SECRET") == std::string::npos);

  // so_anywhere (mdoc render/lint --so-anywhere) allows them.
  auto allowed = parse_with(".so " + dir.root.string() + "/secret.txt\n", mdoc::Limits{}, page, true);
  CHECK(ascii(allowed).find("SECRET") != std::string::npos);
}

TEST_CASE("limits: a manual-root .so (manN/page.N) resolves in the page's section siblings") {
  PageDir dir;
  std::string page = dir.write("man2/link.2", "");
  dir.write("man2/target.2", "TARGET\n");
  auto doc = parse_with(".so man2/target.2\n", mdoc::Limits{}, page);
  CHECK(ascii(doc).find("TARGET") != std::string::npos);
}

TEST_CASE("limits: conditionals nested on one line cannot exhaust the stack") {
  std::string line;
  for (int i = 0; i < 100000; ++i) line += ".if 1 ";
  line += "DEEP\nAFTER\n";
  auto doc = parse_with(line, mdoc::Limits{});
  CHECK(find_diag(doc, "input stack limit exceeded"));
  CHECK(ascii(doc).find("AFTER") != std::string::npos);
}

TEST_CASE("limits: nested .while loops share the expansion budget") {
  auto start = std::chrono::steady_clock::now();
  auto doc = parse_with(".while 1 .while 1 .while 1 .while 1 .nr x +1\nAFTER\n", mdoc::Limits{});
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(find_diag(doc, "input stack limit exceeded"));
  CHECK(seconds < 20.0);
  CHECK(ascii(doc).find("AFTER") != std::string::npos);
}

TEST_CASE("limits: .so of a FIFO or a folder in the page's folder does not block") {
  PageDir dir;
  std::string page = dir.write("man1/page.1", "");
  REQUIRE(::mkfifo((dir.root / "man1/fifo.1").c_str(), 0600) == 0);
  std::filesystem::create_directories(dir.root / "man1/folder.1");
  auto doc = parse_with(".so fifo.1\n.so folder.1\nAFTER\n", mdoc::Limits{}, page);
  CHECK(find_diag(doc, ".so request failed"));
  CHECK(ascii(doc).find("AFTER") != std::string::npos);
}
