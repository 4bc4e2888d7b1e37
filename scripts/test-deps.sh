#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK, from Debian's packages.
# Nothing yet beyond the SDK; later suites add Chromium and PostgreSQL here.
set -euo pipefail
exit 0
