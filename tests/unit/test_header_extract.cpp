// Reading the header model from parsed pages (render/header_extract).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "mdoc/parse.hpp"
#include "render/header_model.hpp"

using namespace mdoc::header;

namespace {

HeaderModel model_of(const std::string& source, const std::string& name = "test.2") {
  mdoc::ParseOptions options;
  options.file_name = name;
  mdoc::Document doc = mdoc::parse(source, options);
  doc.file = name;
  return extract_header_model(doc);
}

HeaderModel model_of_file(const std::string& path) {
  std::string bytes, error;
  REQUIRE(mdoc::read_file(path, bytes, error));
  return model_of(bytes, path);
}

std::vector<std::string> error_names(const HeaderModel& m) {
  std::vector<std::string> out;
  for (const auto& e : m.errors) out.push_back(e.name);
  return out;
}

const std::string kPrologue = ".Dd March 1, 2020\n.Dt DEMO 2\n.Os\n.Sh NAME\n.Nm demo\n.Nd show things\n";

}  // namespace

TEST_CASE("header extract: socketpair(2) as the project ships it") {
  HeaderModel m = model_of_file(MDOC_SOURCE_DIR "/pages/socketpair.2");
  CHECK(m.source == "socketpair.2");
  CHECK(m.title == "socketpair");
  CHECK(m.section == "2");
  CHECK(m.date == "February 10, 2018");
  CHECK(m.names == std::vector<std::string>{"socketpair"});
  CHECK(m.description == "create a pair of connected sockets");
  CHECK(m.includes == std::vector<std::string>{"sys/types.h", "sys/socket.h"});
  REQUIRE(m.prototypes.size() == 1);
  CHECK(m.prototypes[0].return_type == "int");
  CHECK(m.prototypes[0].name == "socketpair");
  CHECK(m.prototypes[0].parameters == std::vector<std::string>{"int domain", "int type", "int protocol", "int *sv"});
  CHECK(m.returns.functions == std::vector<std::string>{"socketpair"});
  CHECK(error_names(m) == std::vector<std::string>{"EMFILE", "EAFNOSUPPORT", "EPROTONOSUPPORT", "EOPNOTSUPP", "EFAULT"});
  REQUIRE(m.errors.size() == 5);
  CHECK(m.errors[0].descriptions == std::vector<std::string>{"Too many descriptors are in use by this process."});
  CHECK(m.errors[4].descriptions ==
        std::vector<std::string>{"The address sv does not specify a valid part of the process address space."});
  REQUIRE(m.flags.size() == 1);
  CHECK(m.flags[0].argument == "type");
  CHECK(m.flags[0].underlying == "int");
  REQUIRE(m.flags[0].constants.size() == 2);
  CHECK(m.flags[0].constants[0].name == "SOCK_CLOEXEC");
  CHECK(m.flags[0].constants[1].name == "SOCK_NONBLOCK");
}

TEST_CASE("header extract: the DragonFly page documents the same errors") {
  HeaderModel freebsd = model_of_file(MDOC_SOURCE_DIR "/pages/socketpair.2");
  HeaderModel dragonfly = model_of_file(MDOC_SOURCE_DIR "/pages/dragonfly/socketpair.2");
  auto a = error_names(freebsd), b = error_names(dragonfly);
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  CHECK(a == b);
  CHECK(dragonfly.date == "October 28, 2015");
}

TEST_CASE("header extract: .Fo/.Fa/.Fc prototypes, variadic and void") {
  HeaderModel m = model_of(kPrologue +
                           ".Sh SYNOPSIS\n.In fcntl.h\n.Ft int\n.Fo openat\n.Fa \"int fd\"\n.Fa \"const char *path\"\n"
                           ".Fa \"int flags\"\n.Fa \"...\"\n.Fc\n.Ft pid_t\n.Fn getpid void\n");
  REQUIRE(m.prototypes.size() == 2);
  CHECK(m.prototypes[0].name == "openat");
  CHECK(m.prototypes[0].parameters == std::vector<std::string>{"int fd", "const char *path", "int flags", "..."});
  CHECK(m.prototypes[1].return_type == "pid_t");
  CHECK(m.prototypes[1].name == "getpid");
  CHECK(m.prototypes[1].parameters.empty());
}

TEST_CASE("header extract: an error listed twice keeps both descriptions, once each") {
  HeaderModel m = model_of(kPrologue +
                           ".Sh ERRORS\n.Bl -tag -width Er\n.It Bq Er EINVAL\nThe first cause.\n"
                           ".It Bq Er EBADF\nA bad descriptor.\n.It Bq Er EINVAL\nThe second\n.Dq cause .\n.El\n");
  CHECK(error_names(m) == std::vector<std::string>{"EINVAL", "EBADF"});
  REQUIRE(!m.errors.empty());
  CHECK(m.errors[0].descriptions == std::vector<std::string>{"The first cause.", "The second \"cause\"."});
}

TEST_CASE("header extract: .Dv items of a list under an argument become its flags") {
  HeaderModel m = model_of(kPrologue +
                           ".Sh SYNOPSIS\n.Ft int\n.Fn demo \"const char *path\" \"int flags\"\n"
                           ".Sh DESCRIPTION\nThe\n.Fa flags\nargument is formed by or'ing:\n"
                           ".Bl -tag -width O_RDONLY\n.It Dv O_RDONLY\nopen for reading only\n"
                           ".It Dv O_WRONLY\nopen for writing only\n.El\n");
  REQUIRE(m.flags.size() == 1);
  CHECK(m.flags[0].argument == "flags");
  REQUIRE(m.flags[0].constants.size() == 2);
  CHECK(m.flags[0].constants[0].name == "O_RDONLY");
  CHECK(m.flags[0].constants[0].description == "open for reading only");
}

TEST_CASE("header extract: a list with no argument named before it gives no flags") {
  HeaderModel m = model_of(kPrologue +
                           ".Sh SYNOPSIS\n.Ft int\n.Fn demo \"int flags\"\n"
                           ".Sh DESCRIPTION\nSome constants:\n.Bl -tag -width X\n.It Dv O_RDONLY\nread\n.El\n");
  CHECK(m.flags.empty());
}

TEST_CASE("header extract: .Rv -std with several functions, .Ex -std") {
  HeaderModel m = model_of(kPrologue + ".Sh RETURN VALUES\n.Rv -std dup dup2\n.Sh EXIT STATUS\n.Ex -std demo\n");
  CHECK(m.returns.functions == std::vector<std::string>{"dup", "dup2"});
  CHECK(m.returns.utilities == std::vector<std::string>{"demo"});
}

TEST_CASE("header extract: an error named in prose takes its paragraph as description") {
  HeaderModel m = model_of(kPrologue +
                           ".Sh ERRORS\nThe\n.Fn demo\nsystem call may return\n.Er EPERM\nif the caller\n"
                           "does not have sufficient permissions.\n.Sh SEE ALSO\n");
  REQUIRE(error_names(m) == std::vector<std::string>{"EPERM"});
  CHECK(m.errors[0].descriptions ==
        std::vector<std::string>{"The demo() system call may return EPERM if the caller does not have sufficient permissions."});
}

TEST_CASE("header extract: a literal display of constants after prose naming the argument") {
  HeaderModel m = model_of(kPrologue +
                           ".Sh SYNOPSIS\n.Ft int\n.Fn demo \"const char *path\" \"int flags\" \"int fd\"\n"
                           ".Sh DESCRIPTION\nThe\n.Fa fd\nis a descriptor.\n.Pp\n"
                           "The flags specified are formed by or'ing the following values\n.Pp\n"
                           ".Bd -literal -offset indent -compact\nO_RDONLY\topen for reading only\n"
                           "O_RDWR\t\topen for reading and writing\n.Ed\n");
  REQUIRE(m.flags.size() == 1);
  CHECK(m.flags[0].argument == "flags");
  REQUIRE(m.flags[0].constants.size() == 2);
  CHECK(m.flags[0].constants[1].name == "O_RDWR");
  CHECK(m.flags[0].constants[1].description == "open for reading and writing");
}
