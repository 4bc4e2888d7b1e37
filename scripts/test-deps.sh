#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK, from Debian's packages:
# a PostgreSQL server (the storage conformance suite starts its own on a loopback port).
# Chromium joins this list with the first browser test (Playwright drives Debian's, never a download).
# Needs root and apt; without them it says what is missing and the tests that need it skip.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "test-deps: missing ${missing[*]} (install them with apt as root); tests that need them will skip" >&2
  exit 1
fi

echo "test-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
