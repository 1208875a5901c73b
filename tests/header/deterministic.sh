#!/bin/sh
# Same page, same bytes: two runs (and a copy of the page under another
# folder) must give identical headers.
# usage: deterministic.sh MDOC PAGE WORKDIR
set -eu
mdoc=$1 page=$2 work=$3
mkdir -p "$work/elsewhere"
cp "$page" "$work/elsewhere/"
"$mdoc" header "$page" -o "$work/first.hpp"
"$mdoc" header "$page" -o "$work/second.hpp"
"$mdoc" header "$work/elsewhere/$(basename "$page")" -o "$work/third.hpp"
cmp "$work/first.hpp" "$work/second.hpp"
cmp "$work/first.hpp" "$work/third.hpp"
