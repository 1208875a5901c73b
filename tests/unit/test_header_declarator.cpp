// Reading C declarations from synopses (render/header_declarator).
#include <doctest/doctest.h>

#include "render/header_declarator.hpp"

using mdoc::header::parse_c_type;

TEST_CASE("header declarator: a pointer parameter loses its name") {
  auto t = parse_c_type("int *sv");
  REQUIRE(t);
  CHECK(t->type == "int *");
  CHECK(t->name == "sv");
  CHECK(t->typedef_names.empty());
}

TEST_CASE("header declarator: restrict becomes __restrict, struct tags are not typedef names") {
  auto t = parse_c_type("const struct sockaddr * restrict addr");
  REQUIRE(t);
  CHECK(t->type == "const struct sockaddr * __restrict");
  CHECK(t->name == "addr");
  CHECK(t->typedef_names.empty());
}

TEST_CASE("header declarator: function pointers keep their shape, inner names go") {
  auto t = parse_c_type("void (*handler)(int sig, siginfo_t *info)");
  REQUIRE(t);
  CHECK(t->type == "void(*)(int, siginfo_t *)");
  CHECK(t->name == "handler");
  CHECK(t->typedef_names == std::vector<std::string>{"siginfo_t"});
}

TEST_CASE("header declarator: arrays, C99 [static N] and abstract types") {
  auto a = parse_c_type("int fds[static 2]");
  REQUIRE(a);
  CHECK(a->type == "int[2]");
  CHECK(a->name == "fds");
  auto b = parse_c_type("char *const argv[]");
  REQUIRE(b);
  CHECK(b->type == "char * const[]");
  auto c = parse_c_type("size_t");
  REQUIRE(c);
  CHECK(c->name.empty());
  CHECK(c->typedef_names == std::vector<std::string>{"size_t"});
  auto d = parse_c_type("unsigned long");
  REQUIRE(d);
  CHECK(d->type == "unsigned long");
  CHECK(d->name.empty());
}

TEST_CASE("header declarator: text that is not a declaration is refused") {
  CHECK_FALSE(parse_c_type(""));
  CHECK_FALSE(parse_c_type("int $x"));
  CHECK_FALSE(parse_c_type("a b c"));
  CHECK_FALSE(parse_c_type("int (*f"));
  CHECK_FALSE(parse_c_type("struct"));
}

TEST_CASE("header declarator: identifiers and keywords") {
  CHECK(mdoc::header::is_identifier("socketpair"));
  CHECK_FALSE(mdoc::header::is_identifier("delete"));
  CHECK_FALSE(mdoc::header::is_identifier("2fa"));
  CHECK_FALSE(mdoc::header::is_identifier("a-b"));
}
