// Input hygiene: bytes a page should not contain still parse, are reported
// where they are, and never reach the output as raw control characters.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "ast_sexpr.hpp"
#include "render/html.hpp"
#include "render/terminal.hpp"

namespace {

const std::string kPrologue = ".Dd May 1, 2020\n.Dt TEST 1\n.Os\n.Sh DESCRIPTION\n";

mdoc::Document parse_bytes(const std::string& bytes) {
  mdoc::ParseOptions o;
  o.file_name = "hygiene.1";
  return mdoc::parse(bytes, o);
}

std::string render(const mdoc::Document& doc, mdoc::TermDevice device) {
  mdoc::TermOptions o;
  o.device = device;
  std::string out;
  mdoc::render_terminal(doc, o, out);
  return out;
}

// C0 controls other than newline, and DEL, which a terminal would act on.
bool has_control(const std::string& s, bool allow_backspace) {
  for (unsigned char c : s) {
    if (c == '\n') continue;
    if (c == '\b' && allow_backspace) continue;  // overstrike bold/underline of -T ascii
    if (c < 0x20 || c == 0x7f) return true;
  }
  return false;
}

bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (n < 0 || i + n >= s.size() + (n == 0)) return n == 0;
    for (int k = 1; k <= n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n + 1;
  }
  return true;
}

}  // namespace

TEST_CASE("hygiene: NUL bytes are replaced and reported at their column") {
  std::string page = kPrologue + "ab";
  page += '\0';
  page += "cd\nAFTER\n";
  auto doc = parse_bytes(page);
  bool found = false;
  for (const auto& d : doc.diagnostics)
    if (d.message == "skipping bad character" && d.line == 5 && d.column == 3) found = true;
  CHECK(found);
  std::string out = render(doc, mdoc::TermDevice::Ascii);
  CHECK(out.find('\0') == std::string::npos);
  CHECK(out.find("ab?cd") != std::string::npos);
  CHECK(out.find("AFTER") != std::string::npos);
}

TEST_CASE("hygiene: raw control characters never reach the terminal") {
  std::string page = kPrologue + "red\x1b[31mtext\x07 bell\x7f del\n.Ar \"x\x1b]0;title\x07\"\nAFTER\n";
  auto doc = parse_bytes(page);
  CHECK(mdoc::test::has_diagnostic(doc, "skipping bad character"));
  for (auto device : {mdoc::TermDevice::Ascii, mdoc::TermDevice::Utf8}) {
    std::string out = render(doc, device);
    CHECK_FALSE(has_control(out, true));
    CHECK(out.find("AFTER") != std::string::npos);
  }
  // -T ansi writes its own SGR sequences, but none from the page.
  std::string ansi = render(doc, mdoc::TermDevice::Ansi);
  CHECK(ansi.find("\x1b[31m") == std::string::npos);
  CHECK(ansi.find("\x1b]0;") == std::string::npos);
}

TEST_CASE("hygiene: control characters spelled as escapes are not printed raw") {
  // \N'27' and \[u001B] would otherwise smuggle ESC past the byte filter.
  auto doc = parse_bytes(kPrologue + "a\\N'27'[31mb \\[u001B]c \\N'7'd \\N'0'e \\[u0000]f \\C'u007F'g\nAFTER\n");
  for (auto device : {mdoc::TermDevice::Ascii, mdoc::TermDevice::Utf8, mdoc::TermDevice::Ansi}) {
    std::string out = render(doc, device);
    CAPTURE(static_cast<int>(device));
    CHECK(out.find("[31mb") != std::string::npos);      // the text is still there
    CHECK(out.find("\x1b[31mb") == std::string::npos);  // but not the escape
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find('\0') == std::string::npos);
    CHECK(out.find('\x7f') == std::string::npos);
    CHECK(out.find("AFTER") != std::string::npos);
    // As mandoc: the replacement character (U+FFFD; "?" in ASCII).
    if (device != mdoc::TermDevice::Ascii) CHECK(out.find("\xEF\xBF\xBD") != std::string::npos);
  }
}

TEST_CASE("hygiene: invalid UTF-8 becomes valid output") {
  std::string page = kPrologue + "bad \x80\xff end \xc3 \xe2\x82 ok \xc3\xa9\nAFTER\n";
  auto doc = parse_bytes(page);
  std::string utf8 = render(doc, mdoc::TermDevice::Utf8);
  CHECK(valid_utf8(utf8));
  CHECK(utf8.find("AFTER") != std::string::npos);
  std::string ascii = render(doc, mdoc::TermDevice::Ascii);
  for (unsigned char c : ascii) CHECK(c < 0x80);
  std::string html;
  mdoc::render_html(doc, mdoc::HtmlOptions{}, html);
  CHECK(valid_utf8(html));
}

TEST_CASE("hygiene: CR LF line ends parse like LF") {
  std::string lf = kPrologue + ".Bl -tag -width Ds\n.It Fl a\nalpha\n.El\ntext line\n";
  std::string crlf;
  for (char c : lf) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  CHECK(render(parse_bytes(crlf), mdoc::TermDevice::Ascii) == render(parse_bytes(lf), mdoc::TermDevice::Ascii));
  CHECK(mdoc::test::sexpr(parse_bytes(crlf)) == mdoc::test::sexpr(parse_bytes(lf)));
}

TEST_CASE("hygiene: a lone CR in a line is a bad character, not a line end") {
  auto doc = parse_bytes(kPrologue + "a\rb\nAFTER\n");
  CHECK(mdoc::test::has_diagnostic(doc, "skipping bad character"));
  std::string out = render(doc, mdoc::TermDevice::Ascii);
  CHECK(out.find('\r') == std::string::npos);
  CHECK(out.find("AFTER") != std::string::npos);
}

TEST_CASE("hygiene: tabs in text and macro lines do not reach the output raw") {
  auto doc = parse_bytes(kPrologue + "a\tb\n.Fl x\ty\n.Bd -literal\n\tcode\tx\n.Ed\n");
  std::string out = render(doc, mdoc::TermDevice::Ascii);
  CHECK(out.find('\t') == std::string::npos);
  CHECK(out.find("code") != std::string::npos);
}

TEST_CASE("hygiene: empty and whitespace-only files parse to empty documents") {
  for (std::string bytes : {std::string(), std::string("\n"), std::string("   \n\n"), std::string("."),
                            std::string("\\"), std::string("\""), std::string(".\\\"")}) {
    auto doc = parse_bytes(bytes);
    CAPTURE(bytes);
    std::string out = render(doc, mdoc::TermDevice::Ascii);
    std::string html;
    mdoc::render_html(doc, mdoc::HtmlOptions{}, html);
    CHECK(doc.root() != nullptr);
  }
}

TEST_CASE("hygiene: read_file reports directories, missing and unreadable files in one line") {
  std::string bytes, error;
  CHECK_FALSE(mdoc::read_file("/nonexistent/mdoc/page.1", bytes, error));
  CHECK(error == "No such file or directory");
  CHECK_FALSE(mdoc::read_file("/tmp", bytes, error));
  CHECK(error == "Is a directory");
  CHECK(error.find('\n') == std::string::npos);

  char tmpl[] = "/tmp/mdoc-hygiene-XXXXXX";
  int fd = mkstemp(tmpl);
  REQUIRE(fd >= 0);
  ::close(fd);
  ::chmod(tmpl, 0);
  bool root_reads_anyway = ::geteuid() == 0;
  bool ok = mdoc::read_file(tmpl, bytes, error);
  if (root_reads_anyway) {
    MESSAGE("running as root: a mode-000 file is readable, only the non-root path is checked elsewhere");
  } else {
    CHECK_FALSE(ok);
    CHECK(error == "Permission denied");
  }
  std::filesystem::remove(tmpl);
}

TEST_CASE("hygiene: a truncated gzip file is an error, not a partial page") {
  char tmpl[] = "/tmp/mdoc-hygiene-XXXXXX";
  int fd = mkstemp(tmpl);
  REQUIRE(fd >= 0);
  ::close(fd);
  // The gzip magic and method, then nothing.
  std::ofstream(tmpl, std::ios::binary) << std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x4b", 11);
  std::string bytes, error;
  bool ok = mdoc::read_file(tmpl, bytes, error);
  std::filesystem::remove(tmpl);
  if (!ok) CHECK(!error.empty());
  CHECK(error.find('\n') == std::string::npos);
}

TEST_CASE("hygiene: an endless file (/dev/zero) is refused at the input size limit") {
  std::string bytes, error;
  CHECK_FALSE(mdoc::read_file("/dev/zero", bytes, error));
  CHECK(error == "File too large");
}

namespace {
// Writes text gzip-compressed into file, appending a member when append.
void write_gzip(const std::string& file, const std::string& text, bool append) {
  gzFile f = gzopen(file.c_str(), append ? "ab" : "wb");
  REQUIRE(f != nullptr);
  gzwrite(f, text.data(), static_cast<unsigned>(text.size()));
  gzclose(f);
}
}  // namespace

TEST_CASE("read_file: plain bytes as they are, gzip data decompressed, members in a row joined") {
  char tmpl[] = "/tmp/mdoc-read-XXXXXX";
  int fd = mkstemp(tmpl);
  REQUIRE(fd >= 0);
  ::close(fd);
  std::string bytes, error;
  // Plain, with a NUL byte and bytes that start no gzip data.
  std::string plain("x\x1f\0.Dd\n", 6);
  std::ofstream(tmpl, std::ios::binary) << plain;
  CHECK(mdoc::read_file(tmpl, bytes, error));
  CHECK(bytes == plain);
  // Larger than the first guesses of the buffer sizes.
  std::string big;
  for (int i = 0; i < 40000; ++i) big += "line " + std::to_string(i) + "\n";
  write_gzip(tmpl, big, false);
  CHECK(mdoc::read_file(tmpl, bytes, error));
  CHECK(bytes == big);
  write_gzip(tmpl, "second member\n", true);
  CHECK(mdoc::read_file(tmpl, bytes, error));
  CHECK(bytes == big + "second member\n");
  // An empty file is an empty page.
  std::ofstream(tmpl, std::ios::binary | std::ios::trunc).flush();
  CHECK(mdoc::read_file(tmpl, bytes, error));
  CHECK(bytes.empty());
  std::filesystem::remove(tmpl);
}
