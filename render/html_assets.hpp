// Files from share/ compiled into the binary (see render/html_assets.cmake).
#pragma once

#include <string_view>

namespace mdoc::html::assets {

std::string_view stylesheet();     // share/mdoc.css
std::string_view search_script();  // share/search.js

}  // namespace mdoc::html::assets
