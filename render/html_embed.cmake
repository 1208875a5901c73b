# Turns a file into a C++ source that defines
#   std::string_view mdoc::html::assets::SYMBOL()
# Run as: cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=... -P html_embed.cmake
# The bytes are written as a hexadecimal array so that no content can end the
# literal early.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(([^,]*,){16})" "\\1\n  " bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by render/html_embed.cmake; do not edit.
#include <string_view>

namespace mdoc::html::assets {
namespace {
const char kBytes[${size} + 1] = {
  ${bytes} '\\0'};
}  // namespace
std::string_view ${SYMBOL}() { return {kBytes, ${size}}; }
}  // namespace mdoc::html::assets
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
