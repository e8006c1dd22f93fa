#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver, which the browser test drives, when they are missing.
# Maven runs it before the integration tests, so that a fresh machine needs nothing else.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
as_root=()
if [ "$(id -u)" != 0 ]; then
  as_root=(sudo)
fi
echo "Installing chromium and chromium-driver for the browser test"
"${as_root[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends chromium chromium-driver
