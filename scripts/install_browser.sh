#!/usr/bin/env bash
# Install Debian's chromium and an Arabic font for the dashboard browser tests (idempotent).
# Playwright drives it through executable_path=/usr/bin/chromium; `playwright install` is not used.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
if ! (command -v fc-list >/dev/null && fc-list :lang=ar | grep -q .); then need+=(fonts-noto-core); fi
if [ ${#need[@]} -eq 0 ]; then
  echo "chromium and an Arabic font are present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig
/usr/bin/chromium --version 2>/dev/null || true
