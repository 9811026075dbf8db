#!/usr/bin/env bash
# Publishes the portal (Release) to a temp folder and runs benchmarks/Portal against it; the options after
# the script's name go to the benchmark (see `benchmarks/run.sh --help`), e.g.
#   benchmarks/run.sh --sizes 46,500 --seconds 3
#   benchmarks/run.sh --lighthouse        (Lighthouse on the sign-in page; needs `lighthouse` on the PATH)
# Needs the .NET SDK; Chromium at /usr/bin/chromium for the circuits and the first visit (else skipped).
# A tool to run by hand: neither `dotnet test` nor .ci/run starts it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "${1:-}" = "--help" ]; then
  exec dotnet run -c Release --project benchmarks/Portal -- --help
fi

publish="$(mktemp -d -t hta-portal-publish-XXXXXX)"
trap 'rm -rf "$publish"' EXIT

echo "==> publishing the portal (Release) to $publish"
dotnet publish src/HojeTaastrup.Admin.Web -c Release -o "$publish" --nologo -v quiet

echo "==> building the benchmark"
dotnet build benchmarks/Portal -c Release --nologo -v quiet

dotnet run -c Release --no-build --project benchmarks/Portal -- --app "$publish/HojeTaastrup.Admin.Web.dll" "$@"
