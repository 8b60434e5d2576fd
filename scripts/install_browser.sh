#!/usr/bin/env bash
# Install Debian's chromium for the dashboard browser tests (idempotent).
# Playwright drives it through executable_path=/usr/bin/chromium; `playwright install` is not used.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-core fonts-dejavu-core
/usr/bin/chromium --version
