#!/bin/sh
# Installs this build into a temporary prefix, then configures, builds and
# runs tests/consumer against it, as another project would.
# usage: consumer.sh BUILD_DIR SOURCE_DIR WORKDIR
set -eu
build=$1 source=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
cmake -S "$source/tests/consumer" -B "$work/build" -G Ninja -DCMAKE_PREFIX_PATH="$work/prefix" > "$work/configure.log"
cmake --build "$work/build" -j 1
"$work/build/consumer_parse" "$source/tests/consumer/pages/pipe.2"
"$work/build/consumer_pipe"
