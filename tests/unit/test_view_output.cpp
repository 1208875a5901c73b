// mdoc view's output choices: width, device, overstrike, pager.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli/view_output.hpp"

using namespace mdoc::cli;
using mdoc::TermDevice;

TEST_CASE("width follows man-db's margin rule") {
  CHECK(width_for_columns(80) == 78);
  CHECK(width_for_columns(81) == 78);
  CHECK(width_for_columns(90) == 87);
  CHECK(width_for_columns(100) == 97);
  CHECK(width_for_columns(200) == 195);
  CHECK(width_for_columns(79) == 77);
  CHECK(width_for_columns(40) == 38);
  CHECK(width_for_columns(3) == 10);
}

TEST_CASE("MANWIDTH, then COLUMNS, say how wide the output is") {
  ::setenv("MANWIDTH", "100", 1);
  ::setenv("COLUMNS", "60", 1);
  CHECK(output_columns(false) == 100);
  ::unsetenv("MANWIDTH");
  CHECK(output_columns(false) == 60);
  ::setenv("COLUMNS", "junk", 1);
  CHECK(output_columns(false) == 80);
  ::unsetenv("COLUMNS");
  CHECK(output_columns(false) == 80);
}

TEST_CASE("the locale picks utf8 or ascii") {
  CHECK(device_for_locale(nullptr, nullptr, "C.UTF-8") == TermDevice::Utf8);
  CHECK(device_for_locale(nullptr, "en_US.utf8", nullptr) == TermDevice::Utf8);
  CHECK(device_for_locale("C", nullptr, "en_US.UTF-8") == TermDevice::Ascii);
  CHECK(device_for_locale("", "de_DE.UTF-8", "C") == TermDevice::Utf8);
  CHECK(device_for_locale(nullptr, nullptr, nullptr) == TermDevice::Ascii);
  CHECK(device_for_locale(nullptr, nullptr, "POSIX") == TermDevice::Ascii);
}

TEST_CASE("overstrike is removed for output that is not a terminal") {
  CHECK(strip_overstrike("N\bNA\bAM\bME\bE") == "NAME");
  CHECK(strip_overstrike("_\bf_\bi_\bl_\be") == "file");
  CHECK(strip_overstrike("\xE2\x80\x94\b\xE2\x80\x94 x") == "\xE2\x80\x94 x");
  CHECK(strip_overstrike("_\bX\bX") == "X");
  CHECK(strip_overstrike("\bline\n\bnext") == "\bline\n\bnext");
}

TEST_CASE("the pager is MANPAGER, else PAGER, else less or more") {
  CHECK(pager_command("most -s", "less") == "most -s");
  CHECK(pager_command("", "cat") == "cat");
  CHECK(pager_command(nullptr, "cat") == "cat");
  std::string fallback = pager_command(nullptr, "");
  CHECK((fallback == "less" || fallback == "more" || fallback.empty()));
}

TEST_CASE("text goes through the pager, which sees LESS and MAN_PN") {
  auto dir = std::filesystem::temp_directory_path();
  auto out = (dir / ("mdoc-pager-" + std::to_string(::getpid()))).string();
  ::setenv("LESS", "-X", 1);
  CHECK(write_through_pager("hello\nworld\n", "cat > '" + out + "'; printf '%s|%s' \"$MAN_PN\" \"$LESS\" >> '" + out + "'",
                            "foo(2)"));
  std::ifstream in(out);
  std::stringstream got;
  got << in.rdbuf();
  std::string text = got.str();
  CHECK(text.rfind("hello\nworld\nfoo(2)|-", 0) == 0);
  CHECK(text.find("R") != std::string::npos);
  CHECK(text.find("Manual page foo(2)") != std::string::npos);
  CHECK(text.substr(text.size() - 2) == "-X");  // the user's LESS comes last
  std::filesystem::remove(out);
  ::unsetenv("LESS");
}

TEST_CASE("a pager that quits early is not an error and does not hang") {
  std::string big(4u << 20, 'x');
  CHECK(write_through_pager(big, "head -c 10 > /dev/null", "big(1)"));
}
