#!/usr/bin/env bash
# Installs headless Chromium for the report's browser test, when it is missing.
# Never fails the build: without a browser that one test skips.
set -u
[ -x /usr/bin/chromium ] && exit 0
command -v apt-get >/dev/null 2>&1 || { echo "ensure-chromium: no apt-get; the browser test will skip" >&2; exit 0; }
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
  else
    echo "ensure-chromium: not root and no sudo; the browser test will skip" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if $sudo apt-get update -qq >/dev/null 2>&1 \
  && $sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null 2>&1; then
  echo "ensure-chromium: installed $(/usr/bin/chromium --version 2>/dev/null)"
else
  echo "ensure-chromium: could not install chromium; the browser test will skip" >&2
fi
exit 0
