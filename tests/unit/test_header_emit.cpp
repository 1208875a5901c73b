// The header emitter on hand-written models (render/header_emit).
#include <doctest/doctest.h>

#include <string>

#include "render/header_model.hpp"

using namespace mdoc::header;

namespace {

HeaderModel socketpair_model() {
  HeaderModel m;
  m.source = "socketpair.2";
  m.title = "socketpair";
  m.section = "2";
  m.date = "February 10, 2018";
  m.names = {"socketpair"};
  m.description = "create a pair of connected sockets";
  m.includes = {"sys/types.h", "sys/socket.h"};
  m.prototypes = {{"int", "socketpair", {"int domain", "int type", "int protocol", "int *sv"}}};
  m.returns.functions = {"socketpair"};
  m.errors = {{"EMFILE", {"Too many descriptors are in use by this process."}},
              {"EINTEGRITY", {"A \"quoted\" path\\name."}}};
  m.flags = {{"type", "int", {{"SOCK_CLOEXEC", ""}, {"SOCK_NONBLOCK", ""}}}};
  return m;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("header emit: same model, same bytes") {
  CHECK(emit_header(socketpair_model(), {}) == emit_header(socketpair_model(), {}));
}

TEST_CASE("header emit: source page and date, NAME and description") {
  std::string h = emit_header(socketpair_model(), {});
  CHECK(has(h, "socketpair.2 (socketpair(2), February 10, 2018)"));
  CHECK(has(h, "@brief socketpair - create a pair of connected sockets"));
}

TEST_CASE("header emit: includes are guarded with __has_include") {
  std::string h = emit_header(socketpair_model(), {});
  CHECK(has(h, "#if __has_include(<sys/socket.h>)\n#include <sys/socket.h>\n#endif"));
}

TEST_CASE("header emit: each error is guarded, valued from <cerrno>, and carries its text") {
  std::string h = emit_header(socketpair_model(), {});
  CHECK(has(h, "#if defined(EINTEGRITY) && !defined(eintegrity)\n  /// EINTEGRITY: "));
  CHECK(has(h, "  emfile = EMFILE,"));
  CHECK(has(h, R"("A \"quoted\" path\\name.")"));
  CHECK(has(h, "struct is_error_code_enum<man::socketpair::errc> : true_type {};"));
}

TEST_CASE("header emit: the prototype is compared with the platform") {
  std::string h = emit_header(socketpair_model(), {});
  CHECK(has(h, "using socketpair_type = int(int, int, int, int *);"));
  CHECK(has(h, "struct socketpair;"));
  CHECK(has(h, "platform_function<::socketpair>()"));
  CHECK(has(h, "static_assert(socketpair_declaration != mdoc_header_detail::declaration::differently"));
}

TEST_CASE("header emit: prototypes with types a platform may lack are left unchecked") {
  HeaderModel m = socketpair_model();
  m.prototypes = {{"int", "cpuset_getid", {"cpulevel_t level", "cpuwhich_t which", "id_t id", "cpusetid_t *setid"}}};
  std::string h = emit_header(m, {});
  CHECK(has(h, "Not compared with the platform: it names types not every platform declares:"));
  CHECK(has(h, "cpulevel_t"));
  CHECK(has(h, "cpusetid_t cpuwhich_t."));
  CHECK_FALSE(has(h, "cpuset_getid_type"));
}

TEST_CASE("header emit: known types bring their header") {
  HeaderModel m = socketpair_model();
  m.prototypes = {{"ssize_t", "recv", {"int s", "void *buf", "size_t len", "int flags"}}};
  std::string h = emit_header(m, {});
  CHECK(has(h, "#include <sys/types.h>"));
  CHECK(has(h, "#include <stddef.h>"));
  CHECK(has(h, "using recv_type = ssize_t(int, void *, size_t, int);"));
}

TEST_CASE("header emit: flags become a guarded enum with bitwise operators") {
  std::string h = emit_header(socketpair_model(), {});
  CHECK(has(h, "enum class type_flags : int {"));
  CHECK(has(h, "#if defined(SOCK_NONBLOCK) && !defined(sock_nonblock)"));
  CHECK(has(h, "constexpr type_flags operator|(type_flags a, type_flags b) noexcept"));
  CHECK(has(h, "constexpr int to_underlying(type_flags a) noexcept"));
}

TEST_CASE("header emit: .Rv -std gives the return convention") {
  std::string h = emit_header(socketpair_model(), {});
  CHECK(has(h, "socketpair_returns{0, -1, true};"));
}

TEST_CASE("header emit: namespaces") {
  HeaderModel m = socketpair_model();
  CHECK(header_namespace(m, {}) == "man::socketpair");
  CHECK(header_namespace(m, {"net::pair"}) == "net::pair");
  CHECK(header_namespace(m, {"net::"}).empty());
  CHECK(header_namespace(m, {"a::new"}).empty());
  m.title = "i386_get_ioperm";
  CHECK(header_namespace(m, {}) == "man::i386_get_ioperm");
  m.title = "new";
  CHECK(header_namespace(m, {}) == "man::page_new");
  CHECK(has(emit_header(socketpair_model(), {"net::pair"}), "namespace net::pair {"));
}

TEST_CASE("header emit: a backslash never ends a comment line") {
  HeaderModel m = socketpair_model();
  m.errors = {{"EINVAL", {"ends in a backslash \\"}}};
  std::string h = emit_header(m, {});
  CHECK_FALSE(has(h, "\\\n"));
}
